// name: datasets/delete
// mode: write
// params: dataset
// returns: previous
// Remove a dataset from view at once; its versions are retired an hour back (the current one and any that a
// re-import replaced moments ago, still readable until then) and deleted in batches afterwards, so a reader
// of any of them learns it is gone before its rows go.
CYPHER replan=skip MATCH (d:Dataset {name: $dataset})
WITH d, d.current AS previous
OPTIONAL MATCH (v:Version {dataset: $dataset})
WHERE v.state IN ['current', 'retired']
SET v.state = 'retired', v.retired_at = datetime() - duration({hours: 1})
WITH d, previous, count(v) AS retired
DETACH DELETE d
RETURN previous
