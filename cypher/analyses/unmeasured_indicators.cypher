// name: analyses/unmeasured_indicators
// mode: read
// params: dsv
// returns: indicator, measures, without_data, without_target
// Indicators with gaps (spec: unmeasured): `indicator_without_data` = something is measured by it but it
// has no observations (measures: what it follows up); `indicator_without_target` = no target value.
MATCH (i:Indicator {dsv: $dsv})
WITH i, COLLECT { MATCH (x:Item)-[:MEASURED_BY]->(i) RETURN DISTINCT x.id } AS measures,
     EXISTS { (:Observation)-[:OF]->(i) } AS observed
WITH i, measures, size(measures) > 0 AND NOT observed AS without_data, i.target_value IS NULL AS without_target
WHERE without_data OR without_target
RETURN i.id AS indicator, measures, without_data, without_target
