// name: datasets/lock_steal
// mode: write
// params: dataset, owner, previous
// returns: owner
// Replace a lock whose holder is known to be gone; only if it is still held by that holder.
MATCH (l:ImportLock {dataset: $dataset, owner: $previous})
SET l.owner = $owner, l.heartbeat = datetime()
RETURN l.owner AS owner
