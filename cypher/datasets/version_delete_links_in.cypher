// name: datasets/version_delete_links_in
// mode: write
// params: key, batch
// returns: none
// Delete the relationships entering one version's rows, $batch per inner transaction (auto-commit only).
// Relationships go before nodes, so no transaction ever holds a dense node with all its relationships.
MATCH (n:Item|Observation|Progress {dsv: $key})<-[r]-()
CALL { WITH r DELETE r } IN TRANSACTIONS OF $batch ROWS
