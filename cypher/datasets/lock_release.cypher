// name: datasets/lock_release
// mode: write
// params: dataset, owner
// returns: released
CYPHER replan=skip MATCH (l:ImportLock {dataset: $dataset, owner: $owner})
DELETE l
RETURN count(*) AS released
