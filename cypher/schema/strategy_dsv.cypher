// name: schema/strategy_dsv
// mode: schema
// params: none
// returns: none
// Every query of a dataset starts from its rows of one version: index the version key per label.
CREATE INDEX strategy_dsv IF NOT EXISTS FOR (n:Strategy) ON (n.dsv)
