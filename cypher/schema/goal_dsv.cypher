// name: schema/goal_dsv
// mode: schema
// params: none
// returns: none
// Every query of a dataset starts from its rows of one version: index the version key per label.
CREATE INDEX goal_dsv IF NOT EXISTS FOR (n:Goal) ON (n.dsv)
