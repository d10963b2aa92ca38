// name: datasets/lock_steal
// mode: write
// params: dataset, owner, previous
// returns: owner
// Replace a lock whose holder is known to be gone; only if it is still held by that holder. The first SET takes
// the node's write lock, so the owner is compared after any other steal committed: two callers replacing the
// same gone holder cannot both succeed.
CYPHER replan=skip MATCH (l:ImportLock {dataset: $dataset})
SET l.claimed_by = $owner
WITH l
WHERE l.owner = $previous
SET l.owner = $owner, l.heartbeat = datetime()
RETURN l.owner AS owner
