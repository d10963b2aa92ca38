// name: export/progress
// mode: read
// params: dsv
// returns: props
// Every progress report of one dataset version, in imported order.
MATCH (p:Progress {dsv: $dsv})
RETURN properties(p) AS props
ORDER BY p.seq
