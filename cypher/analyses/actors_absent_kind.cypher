// name: analyses/actors_absent_kind
// mode: read
// params: dsv, kinds
// returns: plan, missing
// Plans missing actor kinds (spec: actors, absent_kind): a plan (a strategy with actions) whose actions
// together involve (responsible or participating) no actor of one or more of $kinds (missing: in that order).
MATCH (a:Action {dsv: $dsv})
OPTIONAL MATCH (p:Actor)-[:RESPONSIBLE_FOR|PARTICIPATES_IN]->(a)
WITH a.strategy AS plan, collect(DISTINCT p.kind) AS present
WITH plan, [k IN $kinds WHERE NOT k IN present] AS missing
WHERE size(missing) > 0
RETURN plan, missing
