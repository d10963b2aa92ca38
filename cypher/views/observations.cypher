// name: views/observations
// mode: read
// params: dsv
// returns: indicator, period, value, area, gender, source
// The measured values of one dataset version's indicators, for the trend charts.
MATCH (o:Observation {dsv: $dsv})
RETURN o.indicator AS indicator, o.period AS period, o.value AS value, o.area AS area,
       o.gender AS gender, o.source AS source
ORDER BY indicator, period, area, gender
