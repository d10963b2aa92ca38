// name: analyses/chains
// mode: read
// params: dsv, goal
// returns: goal, action, weakest, path
// For every RUS goal (or only $goal), every action that reaches it (spec: chains), with one path, action
// first: the path whose weakest link is strongest, then the one with the fewest links, then the smallest
// sequence of ids. For each threshold 3, 2, 1 the shortest paths using only links scoring at least that
// much are found breadth first backwards from the goal (ALL SHORTEST: cycle-safe, never every path).
MATCH (s:Strategy {dsv: $dsv, kind: 'rus'})<-[:IN_STRATEGY]-(g:Goal)
WHERE $goal IS NULL OR g.id = $goal
UNWIND [3, 2, 1] AS threshold
MATCH p = ALL SHORTEST (a:Action)(()-[r:CONTRIBUTES_TO WHERE r.score >= threshold]->())+(g)
WITH g, a, threshold, [n IN nodes(p) | n.id] AS ids
ORDER BY threshold DESC, size(ids), ids
WITH g, a, collect({weakest: threshold, path: ids})[0] AS best
RETURN g.id AS goal, a.id AS action, best.weakest AS weakest, best.path AS path
