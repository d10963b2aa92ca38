// name: schema/progress_dsv
// mode: schema
// params: none
// returns: none
// Every query of a dataset starts from its rows of one version: index the version key per label.
CREATE INDEX progress_dsv IF NOT EXISTS FOR (n:Progress) ON (n.dsv)
