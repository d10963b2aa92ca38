// name: analyses/rows
// mode: read
// params: dsv
// returns: id, label, name, strategy, level, parent, status, areas, kind, area, direction, baseline_value, target_value, seq
// Every row of one dataset version with the columns the analyses reason about and name in explanations.
MATCH (n:Item {dsv: $dsv})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Item'][0] AS label, n.name AS name, n.strategy AS strategy,
       n.level AS level, n.parent AS parent, n.status AS status, n.areas AS areas, n.kind AS kind,
       n.area AS area, n.direction AS direction, n.baseline_value AS baseline_value,
       n.target_value AS target_value, n.seq AS seq
