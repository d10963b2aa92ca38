// name: analyses/complementarity_silo
// mode: read
// params: dsv
// returns: goal, pairs
// Silos (spec: complementarity, silo): two plans whose actions reach the same RUS goal, where the actors
// (responsible or participating) of the one plan's actions reaching it and those of the other's share
// no one (also when one side names no actor). A plan is the strategy an action belongs to. One row per
// goal with its pairs [plan, plan] (plan ids in order).
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
OPTIONAL MATCH (p:Actor)-[:RESPONSIBLE_FOR|PARTICIPATES_IN]->(a)
WITH g, a.strategy AS plan, collect(DISTINCT p.id) AS actors
WITH g, collect({plan: plan, actors: actors}) AS plans
UNWIND plans AS p1
UNWIND plans AS p2
WITH g, p1, p2
WHERE p1.plan < p2.plan AND none(x IN p1.actors WHERE x IN p2.actors)
RETURN g.id AS goal, collect([p1.plan, p2.plan]) AS pairs
