// name: analyses/rus_goals
// mode: read
// params: dsv
// returns: id
// The goals of the dataset's RUS (the strategy of kind rus), in import order: what a `goal` option may name.
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
RETURN g.id AS id
ORDER BY coalesce(g.seq, 0), g.id
