// name: workshops/get
// mode: read
// params: id
// returns: id, dataset, title, key_hash, sources, targets, created_at, accepted_at, accepted_links
// One workshop by id (no row when there is none).
MATCH (w:Workshop {id: $id})
RETURN w.id AS id, w.dataset AS dataset, w.title AS title, w.key_hash AS key_hash, w.sources AS sources,
       w.targets AS targets, w.created_at AS created_at, w.accepted_at AS accepted_at,
       w.accepted_links AS accepted_links
