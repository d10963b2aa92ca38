// name: bench/naive_node
// mode: write
// params: label, dsv, dataset, id, props
// returns: id
// The benchmark's baseline importer: one dataset row merged in its own transaction, as a typical script does;
// $label comes from graph.model's allow-list.
MERGE (n:Item:$($label) {dsv: $dsv, id: $id})
SET n += $props, n.dataset = $dataset
RETURN n.id AS id
