// name: import/observations
// mode: write
// params: rows, dsv, dataset
// returns: created
// Create one batch of observations, each tied to its indicator of the same version.
UNWIND $rows AS row
MATCH (i:Indicator {dsv: $dsv, id: row.indicator})
CREATE (o:Observation {dsv: $dsv, dataset: $dataset})
SET o += row
CREATE (o)-[:OF]->(i)
RETURN count(o) AS created
