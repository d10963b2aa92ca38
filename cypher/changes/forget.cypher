// name: changes/forget
// mode: write
// params: dataset
// returns: forgotten
// Remove the change history of a dataset that is deleted.
MATCH (c:Change {dataset: $dataset})
DETACH DELETE c
RETURN count(*) AS forgotten
