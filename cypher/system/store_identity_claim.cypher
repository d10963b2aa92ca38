// name: system/store_identity_claim
// mode: write
// params: id
// returns: id
// Write the store's identity unless it has one already; returns the identity the store now has.
MERGE (s:RuslinkStore)
ON CREATE SET s.id = $id
RETURN s.id AS id
