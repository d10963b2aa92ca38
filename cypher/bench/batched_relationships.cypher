// name: bench/batched_relationships
// mode: write
// params: dsv, target_dsv, type, rows
// returns: written
// The benchmark's batched-script baseline: one batch of relationships of one type merged with UNWIND, no
// validation; $type comes from graph.model's allow-list.
UNWIND $rows AS row
MATCH (a:Item {dsv: $dsv, id: row.from})
MATCH (b:Item {dsv: $target_dsv, id: row.to})
MERGE (a)-[r:$($type)]->(b)
SET r += row.props
RETURN count(r) AS written
