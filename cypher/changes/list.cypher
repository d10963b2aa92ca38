// name: changes/list
// mode: read
// params: dataset
// returns: change, by, why, at, ops, reverts, reverted_by
// A dataset's change history, newest first.
MATCH (c:Change {dataset: $dataset})
RETURN c.seq AS change, c.by AS by, c.why AS why, toString(c.at) AS at, c.ops_json AS ops,
       c.reverts AS reverts, c.reverted_by AS reverted_by
ORDER BY c.seq DESC
