// name: datasets/lock_heartbeat
// mode: write
// params: dataset, owner
// returns: owner
CYPHER replan=skip MATCH (l:ImportLock {dataset: $dataset, owner: $owner})
SET l.heartbeat = datetime()
RETURN l.owner AS owner
