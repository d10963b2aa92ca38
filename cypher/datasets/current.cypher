// name: datasets/current
// mode: read
// params: dataset
// returns: dataset, key, imported_at, meta
// The version readers of a dataset follow, and its metadata.
CYPHER replan=skip MATCH (d:Dataset {name: $dataset})
RETURN d.name AS dataset, d.current AS key, toString(d.imported_at) AS imported_at,
       properties(d) AS meta
