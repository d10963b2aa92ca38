// name: datasets/version_delete_nodes
// mode: write
// params: key, batch
// returns: none
// Delete one version's rows, $batch per inner transaction (auto-commit only), once their relationships
// are gone (datasets/version_delete_links_out and _in first).
MATCH (n:Item|Observation|Progress {dsv: $key})
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS
