// name: datasets/list
// mode: read
// params: none
// returns: dataset, key, imported_at, meta
// Every dataset with the key of its current version (the counts of a version come from datasets/counts).
MATCH (d:Dataset)
RETURN d.name AS dataset, d.current AS key, toString(d.imported_at) AS imported_at, properties(d) AS meta
ORDER BY dataset
