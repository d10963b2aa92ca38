// name: analyses/interactions
// mode: read
// params: dsv
// returns: source, target, score, seq
// Every interacts_with link of one dataset version: negative scores are goal conflicts, positive synergies.
MATCH (a:Goal {dsv: $dsv})-[r:INTERACTS_WITH]->(b:Item)
RETURN a.id AS source, b.id AS target, r.score AS score, r.seq AS seq
