// name: workshops/goals
// mode: read
// params: dsv, ids
// returns: id, name, strategy
// The goals among the given ids in one dataset version, with their names (a workshop scores goal pairs).
UNWIND $ids AS id
MATCH (g:Goal {dsv: $dsv, id: id})
RETURN g.id AS id, g.name AS name, g.strategy AS strategy
