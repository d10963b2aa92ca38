// name: views/links
// mode: read
// params: dsv, ref
// returns: links
// Every relationship from a row of one dataset version, to its own rows or to reference rows (links of the
// workbook and the structure derived from its columns), collected into one list: one record is much
// cheaper for the driver than thousands.
MATCH (a:Item {dsv: $dsv})-[r]->(b:Item)
WHERE b.dsv = $dsv OR b.dsv = $ref
RETURN collect({source: a.id, type: type(r), target: b.id, props: properties(r)}) AS links
