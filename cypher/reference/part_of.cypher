// name: reference/part_of
// mode: write
// params: rows, ref
// returns: merged
// Agenda 2030 targets under their goals, municipalities under their counties.
UNWIND $rows AS row
MATCH (a:Reference {dsv: $ref, id: row.from})
MATCH (b:Reference {dsv: $ref, id: row.to})
MERGE (a)-[r:PART_OF]->(b)
RETURN count(r) AS merged
