// name: analyses/names
// mode: read
// params: dsv
// returns: id, name
// The name of every row of one dataset version: explanations name rows by name, not only by id.
MATCH (n:Item {dsv: $dsv})
RETURN n.id AS id, n.name AS name
