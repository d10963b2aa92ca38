// name: bench/naive_observation
// mode: write
// params: dsv, dataset, props
// returns: seq
// The benchmark's baseline importer: one observation merged (with its tie to the indicator) per transaction.
MATCH (i:Item:Indicator {dsv: $dsv, id: $props.indicator})
MERGE (o:Observation {dsv: $dsv, seq: $props.seq})
SET o += $props, o.dataset = $dataset
MERGE (o)-[:OF]->(i)
RETURN o.seq AS seq
