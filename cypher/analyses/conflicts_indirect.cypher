// name: analyses/conflicts_indirect
// mode: read
// params: dsv
// returns: subject, reached, against, score
// Indirect conflicts (spec: conflicts, indirect): an action reaches goal A (any strategy) and A has an
// interacts_with link with score < 0 to goal B, where B is a RUS goal or reaches one. Starts from the
// negative interactions and searches breadth first backwards from A for the actions reaching it.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})
MATCH (ga:Goal {dsv: $dsv})-[i:INTERACTS_WITH]->(gb:Item)
WHERE i.score < 0
  AND EXISTS { MATCH ANY SHORTEST (gb)(()-[q:CONTRIBUTES_TO WHERE q.score > 0]->())*(:Goal)-[:IN_STRATEGY]->(s) }
MATCH ANY SHORTEST (x:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(ga)
RETURN x.id AS subject, ga.id AS reached, gb.id AS against, min(i.score) AS score
