// name: bench/batched_observations
// mode: write
// params: dsv, dataset, rows
// returns: written
// The benchmark's batched-script baseline: one batch of observations (with their ties to the indicators) merged
// with UNWIND, no validation.
UNWIND $rows AS props
MATCH (i:Item:Indicator {dsv: $dsv, id: props.indicator})
MERGE (o:Observation {dsv: $dsv, seq: props.seq})
SET o += props, o.dataset = $dataset
MERGE (o)-[:OF]->(i)
RETURN count(o) AS written
