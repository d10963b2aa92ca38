// name: datasets/lock_acquire
// mode: write
// params: dataset, owner, host, pid, purpose
// returns: owner, host, pid, purpose, age_s
// Take the write lock of a dataset (imports, edits, Kolada updates all take it), or return who holds it and
// why. A holder whose heartbeat is old may be replaced by the caller (see graph.locks), after checking it is gone.
CYPHER replan=skip MERGE (l:ImportLock {dataset: $dataset})
ON CREATE SET l.owner = $owner, l.host = $host, l.pid = $pid, l.purpose = $purpose, l.heartbeat = datetime()
RETURN l.owner AS owner, l.host AS host, l.pid AS pid, l.purpose AS purpose,
       duration.inSeconds(l.heartbeat, datetime()).seconds AS age_s
