// name: datasets/counts
// mode: read
// params: keys
// returns: key, counts
// Row counts of dataset versions (COUNT subqueries use the per-label dsv indexes). A version never changes
// once written, so graph.store keeps the answer per key instead of counting again on every listing.
UNWIND $keys AS key
RETURN key,
       {strategies: COUNT { (:Strategy {dsv: key}) },
        goals: COUNT { (:Goal {dsv: key}) },
        actions: COUNT { (:Action {dsv: key}) },
        indicators: COUNT { (:Indicator {dsv: key}) },
        actors: COUNT { (:Actor {dsv: key}) },
        observations: COUNT { (:Observation {dsv: key}) },
        links: COUNT { (:Item {dsv: key})-[:CONTRIBUTES_TO|INTERACTS_WITH|MEASURED_BY|RESPONSIBLE_FOR|PARTICIPATES_IN]->() }
       } AS counts
