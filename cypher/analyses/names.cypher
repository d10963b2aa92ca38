// name: analyses/names
// mode: read
// params: dsv, ids
// returns: id, name
// The names of the rows with the given ids in one dataset version (one lookup each on the (dsv, id) key):
// explanations name rows by name, not only by id. Ids that are no row (reference ids, codes) give nothing.
UNWIND $ids AS id
MATCH (n:Item {dsv: $dsv, id: id})
RETURN n.id AS id, n.name AS name
