// name: changes/switch
// mode: write
// params: dataset, key, meta, base, by, why, ops, undo, reverts
// returns: change, at
// Make the version an edit wrote current and record the change (who, why, when, what) in the same
// transaction, so a change is in the history exactly when readers see it. Nothing happens unless the dataset
// still follows `base`, the version the edit was computed from.
MATCH (v:Version {key: $key})
MATCH (d:Dataset {name: $dataset})
WHERE d.current = $base
WITH d, v, coalesce(d.last_change, 0) + 1 AS seq
SET d += $meta, d.current = $key, d.last_change = seq,
    d.edits_since_import = coalesce(d.edits_since_import, 0) + 1, v.state = 'current'
CREATE (c:Change {dataset: $dataset, seq: seq, by: $by, why: $why, at: datetime.truncate('second', datetime()),
                  ops_json: $ops, undo_json: $undo, reverts: $reverts, version: $key, base: $base})
WITH c
OPTIONAL MATCH (old:Version {key: $base})
SET old.state = 'retired', old.retired_at = datetime()
WITH c
OPTIONAL MATCH (undone:Change {dataset: $dataset, seq: $reverts})
SET undone.reverted_by = c.seq
RETURN c.seq AS change, toString(c.at) AS at
