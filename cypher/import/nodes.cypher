// name: import/nodes
// mode: write
// params: rows, dsv, dataset
// returns: created
// Create one batch of dataset rows; row.label comes from graph.model's allow-list, never from input.
UNWIND $rows AS row
CREATE (n:Item:$(row.label) {dsv: $dsv, dataset: $dataset, id: row.id})
SET n += row.props
RETURN count(n) AS created
