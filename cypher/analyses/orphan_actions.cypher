// name: analyses/orphan_actions
// mode: read
// params: dsv
// returns: action, plan, kind, targets, positive
// Actions that reach no RUS goal (spec: orphan_actions). "Reaches" = a path of contributes_to links with
// score > 0 through any number of goals of any strategy. kind: `unlinked` = no outgoing contributes_to;
// `only_negative` = every link scores 0 or below (targets: every goal linked); `dead_end` = positive links
// only to goals from which no RUS goal is reached (positive: those goals). The actions that do reach are
// found breadth first backwards from the RUS goals (one shortest path per pair, cycle-safe).
OPTIONAL MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})
CALL (s) {
  OPTIONAL MATCH (s)<-[:IN_STRATEGY]-(g:Goal)
  OPTIONAL MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
  RETURN collect(DISTINCT a) AS reaching
}
MATCH (a:Action {dsv: $dsv})
WHERE NOT a IN reaching
OPTIONAL MATCH (a)-[c:CONTRIBUTES_TO]->(t)
WITH a, collect(c.score) AS scores, collect(DISTINCT t.id) AS targets,
     collect(DISTINCT CASE WHEN c.score > 0 THEN t.id END) AS positive
RETURN a.id AS action, a.strategy AS plan,
       CASE WHEN size(scores) = 0 THEN 'unlinked'
            WHEN all(x IN scores WHERE x <= 0) THEN 'only_negative'
            ELSE 'dead_end' END AS kind,
       targets, positive
