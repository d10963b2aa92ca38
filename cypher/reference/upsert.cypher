// name: reference/upsert
// mode: write
// params: rows, ref
// returns: merged
// Bundled reference rows (Agenda 2030, the national strategy, municipalities and counties), once per database.
UNWIND $rows AS row
MERGE (n:Item:Reference {dsv: $ref, id: row.id})
SET n += row
RETURN count(n) AS merged
