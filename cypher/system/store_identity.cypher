// name: system/store_identity
// mode: read
// params: none
// returns: id
// The identity ruslink wrote into this store when it first started it (none in a store it never started).
OPTIONAL MATCH (s:RuslinkStore)
RETURN s.id AS id
