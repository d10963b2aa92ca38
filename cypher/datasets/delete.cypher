// name: datasets/delete
// mode: write
// params: dataset
// returns: previous
// Remove a dataset from view at once; its version is retired and deleted in batches afterwards.
MATCH (d:Dataset {name: $dataset})
WITH d, d.current AS previous
OPTIONAL MATCH (v:Version {key: previous})
SET v.state = 'retired', v.retired_at = datetime() - duration({hours: 1})
DETACH DELETE d
RETURN previous
