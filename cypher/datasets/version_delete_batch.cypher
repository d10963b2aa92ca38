// name: datasets/version_delete_batch
// mode: write
// params: key, limit
// returns: deleted
// Delete up to $limit rows of one version; called until it returns 0.
MATCH (n:Item|Observation|Progress {dsv: $key})
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
