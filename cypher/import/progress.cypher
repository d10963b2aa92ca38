// name: import/progress
// mode: write
// params: rows, dsv, dataset
// returns: created
// Create one batch of progress reports (the progress table), each tied to its action of the same version
// (sought by the unique (dsv, id) index of :Item, as observations are).
UNWIND $rows AS row
MATCH (a:Item:Action {dsv: $dsv, id: row.action})
USING INDEX a:Item(dsv, id)
CREATE (p:Progress {dsv: $dsv, dataset: $dataset})
SET p += row
CREATE (p)-[:ON]->(a)
RETURN count(p) AS created
