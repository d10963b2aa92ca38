// name: export/links
// mode: read
// params: dsv
// returns: from, type, to, props
// Every link (contributes_to, interacts_with, measured_by, responsible_for, participates_in) of one dataset
// version, in imported order; the `to` end may be a reference row.
MATCH (a:Item {dsv: $dsv})-[r:CONTRIBUTES_TO|INTERACTS_WITH|MEASURED_BY|RESPONSIBLE_FOR|PARTICIPATES_IN]->(b:Item)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY r.seq
