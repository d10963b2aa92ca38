// name: analyses/actor_network
// mode: read
// params: dsv
// returns: actor, neighbours
// The actor network for betweenness (spec: actors, bridge): every actor, in import order, with the actors
// it is joined to by leading or taking part in the same action.
MATCH (p:Actor {dsv: $dsv})
RETURN p.id AS actor,
       COLLECT { MATCH (p)-[:RESPONSIBLE_FOR|PARTICIPATES_IN]->(:Action)<-[:RESPONSIBLE_FOR|PARTICIPATES_IN]-(q:Actor)
                 WHERE q <> p RETURN DISTINCT q.id } AS neighbours
ORDER BY coalesce(p.seq, 0), p.id
