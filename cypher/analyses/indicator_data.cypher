// name: analyses/indicator_data
// mode: read
// params: dsv
// returns: indicator, observations, latest
// Per indicator: how many observations it has, and its last two observations for the whole area (no area)
// and gender T, newest first (periods are years or ISO dates, so text order is time order).
MATCH (i:Indicator {dsv: $dsv})
CALL (i) {
  MATCH (o:Observation)-[:OF]->(i)
  RETURN count(o) AS observations
}
CALL (i) {
  MATCH (o:Observation)-[:OF]->(i)
  WHERE o.area IS NULL AND coalesce(o.gender, 'T') = 'T'
  WITH o ORDER BY o.period DESC
  LIMIT 2
  RETURN collect({period: o.period, value: o.value}) AS latest
}
RETURN i.id AS indicator, observations, latest
