// name: analyses/actor_network
// mode: read
// params: dsv
// returns: actor, neighbours
// The actor network (spec: actors, bridge; also the UI's actor network): every actor, in import order, with
// the actors it is joined to by leading or taking part in the same action, as {id, shared} maps sorted by
// id, `shared` being the number of actions they share.
MATCH (p:Actor {dsv: $dsv})
CALL (p) {
  OPTIONAL MATCH (p)-[:RESPONSIBLE_FOR|PARTICIPATES_IN]->(a:Action)<-[:RESPONSIBLE_FOR|PARTICIPATES_IN]-(q:Actor)
  WHERE q <> p
  WITH q, count(DISTINCT a) AS shared
  ORDER BY q.id
  RETURN collect(CASE WHEN q IS NOT NULL THEN {id: q.id, shared: shared} END) AS neighbours
}
RETURN p.id AS actor, neighbours
ORDER BY coalesce(p.seq, 0), p.id
