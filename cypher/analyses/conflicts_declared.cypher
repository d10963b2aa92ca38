// name: analyses/conflicts_declared
// mode: read
// params: dsv
// returns: subject, target, score
// Declared goal conflicts (spec: conflicts, declared): an interacts_with link with score < 0, from goal
// (subject) to goal or reference (target), with the most negative score between the pair.
MATCH (a:Goal {dsv: $dsv})-[r:INTERACTS_WITH]->(b:Item)
WHERE r.score < 0
RETURN a.id AS subject, b.id AS target, min(r.score) AS score
