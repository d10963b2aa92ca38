// name: changes/get
// mode: read
// params: dataset, change
// returns: change, by, why, at, ops, undo, reverts, reverted_by
// One change with what it touched (before and after), for undoing it.
MATCH (c:Change {dataset: $dataset, seq: $change})
RETURN c.seq AS change, c.by AS by, c.why AS why, toString(c.at) AS at, c.ops_json AS ops, c.undo_json AS undo,
       c.reverts AS reverts, c.reverted_by AS reverted_by
