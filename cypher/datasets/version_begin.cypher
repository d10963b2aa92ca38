// name: datasets/version_begin
// mode: write
// params: key, dataset
// returns: key
// Register a version being written; it is invisible to readers until datasets/version_switch.
CYPHER replan=skip CREATE (v:Version {key: $key, dataset: $dataset, state: 'writing', started_at: datetime()})
RETURN v.key AS key
