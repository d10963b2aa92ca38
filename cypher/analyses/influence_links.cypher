// name: analyses/influence_links
// mode: read
// params: dsv
// returns: source, target, score
// The interaction network of spec: influence — every interacts_with link from a goal of the dataset
// version (any strategy) to a goal or reference, one row per link (the analysis averages several links
// between the same pair).
MATCH (a:Goal {dsv: $dsv})-[r:INTERACTS_WITH]->(b:Item)
RETURN a.id AS source, b.id AS target, r.score AS score
ORDER BY source, target, r.seq
