// name: changes/later
// mode: read
// params: dataset, change
// returns: change, undo
// The changes made after one change, oldest first: what may stand in the way of undoing it.
MATCH (c:Change {dataset: $dataset})
WHERE c.seq > $change
RETURN c.seq AS change, c.undo_json AS undo
ORDER BY c.seq
