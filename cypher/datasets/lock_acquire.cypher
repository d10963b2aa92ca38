// name: datasets/lock_acquire
// mode: write
// params: dataset, owner, host, pid
// returns: owner, host, pid, age_s
// Take the import lock of a dataset, or return who holds it. A holder whose heartbeat is old may be replaced
// by the caller (see graph.store), after checking it is gone.
MERGE (l:ImportLock {dataset: $dataset})
ON CREATE SET l.owner = $owner, l.host = $host, l.pid = $pid, l.heartbeat = datetime()
RETURN l.owner AS owner, l.host AS host, l.pid AS pid,
       duration.inSeconds(l.heartbeat, datetime()).seconds AS age_s
