// name: analyses/contributions
// mode: read
// params: dsv
// returns: source, target, score, seq
// Every contributes_to link of one dataset version (to rows or to reference rows), with its score; the
// analyses compute reachability over the positive ones once, breadth first, so cycles cost nothing extra.
MATCH (a:Item {dsv: $dsv})-[r:CONTRIBUTES_TO]->(b:Item)
RETURN a.id AS source, b.id AS target, coalesce(r.score, 1) AS score, r.seq AS seq
