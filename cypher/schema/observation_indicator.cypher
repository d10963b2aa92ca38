// name: schema/observation_indicator
// mode: schema
// params: none
// returns: none
CREATE INDEX observation_indicator IF NOT EXISTS FOR (o:Observation) ON (o.dsv, o.indicator)
