// name: analyses/conflicts_trade_off
// mode: read
// params: dsv
// returns: subject, reached, against, score
// Trade-offs (spec: conflicts, trade_off): an action reaches RUS goal A (reached) and has a contributes_to
// with score < 0 to goal B, where B is a RUS goal other than A, or B reaches a RUS goal C other than A
// (against: B or C). Paths are positive contributes_to links, breadth first and cycle-safe; the score is
// the most negative negative link giving the pair.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})
MATCH (x:Action {dsv: $dsv})-[n:CONTRIBUTES_TO]->(b:Item)
WHERE n.score < 0
MATCH ANY SHORTEST (x)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(ga:Goal)
WHERE (ga)-[:IN_STRATEGY]->(s)
MATCH ANY SHORTEST (b)(()-[q:CONTRIBUTES_TO WHERE q.score > 0]->())*(gc:Goal)
WHERE (gc)-[:IN_STRATEGY]->(s) AND ga <> gc
RETURN x.id AS subject, ga.id AS reached, gc.id AS against, min(n.score) AS score
