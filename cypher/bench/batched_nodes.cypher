// name: bench/batched_nodes
// mode: write
// params: label, dsv, dataset, rows
// returns: written
// The benchmark's batched-script baseline: one batch of rows of one label merged with UNWIND, no validation;
// $label comes from graph.model's allow-list.
UNWIND $rows AS row
MERGE (n:Item:$($label) {dsv: $dsv, id: row.id})
SET n += row.props, n.dataset = $dataset
RETURN count(n) AS written
