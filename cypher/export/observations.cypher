// name: export/observations
// mode: read
// params: dsv
// returns: props
// Every observation of one dataset version, in imported order.
MATCH (o:Observation {dsv: $dsv})
RETURN properties(o) AS props
ORDER BY o.seq
