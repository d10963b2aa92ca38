// name: datasets/list
// mode: read
// params: none
// returns: dataset, key, imported_at, meta, counts
// Every dataset with the row counts of its current version (COUNT subqueries use the per-label dsv indexes).
MATCH (d:Dataset)
WITH d, d.current AS key
RETURN d.name AS dataset, key, toString(d.imported_at) AS imported_at, properties(d) AS meta,
       {strategies: COUNT { (:Strategy {dsv: key}) },
        goals: COUNT { (:Goal {dsv: key}) },
        actions: COUNT { (:Action {dsv: key}) },
        indicators: COUNT { (:Indicator {dsv: key}) },
        actors: COUNT { (:Actor {dsv: key}) },
        observations: COUNT { (:Observation {dsv: key}) },
        links: COUNT { (:Item {dsv: key})-[:CONTRIBUTES_TO|INTERACTS_WITH|MEASURED_BY|RESPONSIBLE_FOR|PARTICIPATES_IN]->() }
       } AS counts
ORDER BY dataset
