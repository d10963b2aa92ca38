// name: analyses/interactions
// mode: read
// params: dsv
// returns: source, target, score, seq
// Every interacts_with link of one dataset version: negative scores are goal conflicts, positive synergies.
// The hint keeps the start on this version's goals: left alone, the planner scans every INTERACTS_WITH in
// the database (all datasets, all retained versions) and filters by version.
MATCH (a:Goal {dsv: $dsv})-[r:INTERACTS_WITH]->(b:Item)
USING INDEX a:Goal(dsv)
RETURN a.id AS source, b.id AS target, r.score AS score, r.seq AS seq
