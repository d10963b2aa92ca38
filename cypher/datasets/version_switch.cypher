// name: datasets/version_switch
// mode: write
// params: dataset, key, meta
// returns: previous
// Make a fully written version the current one of its dataset, in one small transaction.
CYPHER replan=skip MATCH (v:Version {key: $key})
MERGE (d:Dataset {name: $dataset})
WITH d, v, d.current AS previous
SET d += $meta, d.current = $key, d.imported_at = datetime(), v.state = 'current'
WITH previous
OPTIONAL MATCH (old:Version {key: previous})
SET old.state = 'retired', old.retired_at = datetime()
RETURN previous
