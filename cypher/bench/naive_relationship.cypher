// name: bench/naive_relationship
// mode: write
// params: dsv, target_dsv, from, type, to, props
// returns: merged
// The benchmark's baseline importer: one relationship merged per transaction; $type comes from graph.model's
// allow-list.
MATCH (a:Item {dsv: $dsv, id: $from})
MATCH (b:Item {dsv: $target_dsv, id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r += $props
RETURN count(r) AS merged
