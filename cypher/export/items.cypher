// name: export/items
// mode: read
// params: dsv
// returns: labels, props
// Every strategy, goal, action, indicator and actor row of one dataset version, with its imported columns.
MATCH (n:Item {dsv: $dsv})
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.seq, n.id
