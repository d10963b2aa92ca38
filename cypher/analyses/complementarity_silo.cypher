// name: analyses/complementarity_silo
// mode: read
// params: dsv
// returns: goal, plan, actors
// Silos (spec: complementarity, silo): two plans whose actions reach the same RUS goal, where the actors
// (responsible or participating) of the one plan's actions reaching it and those of the other's share
// no one (also when one side names no actor). A plan is the strategy an action belongs to. One row per
// RUS goal and plan reaching it, with the actors of that plan's actions reaching it: the pairs are formed
// from these rows (graph/analyses/complementarity.py), with set lookups, not list scans per pair.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
MATCH ANY SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score > 0]->())+(g)
OPTIONAL MATCH (p:Actor)-[:RESPONSIBLE_FOR|PARTICIPATES_IN]->(a)
RETURN g.id AS goal, a.strategy AS plan, collect(DISTINCT p.id) AS actors
