// name: datasets/versions_to_delete
// mode: read
// params: dataset, grace_s
// returns: key
// Versions of a dataset that no reader can still be using: retired a while ago, or left half-written by an
// import that no longer holds the lock.
CYPHER replan=skip MATCH (v:Version {dataset: $dataset})
WHERE (v.state = 'retired' AND v.retired_at < datetime() - duration({seconds: $grace_s}))
   OR (v.state = 'writing' AND NOT EXISTS { MATCH (:ImportLock {dataset: $dataset, owner: v.key}) })
RETURN v.key AS key
ORDER BY key
