// name: system/warm_nodes
// mode: read
// params: none
// returns: properties
// Read every node and its properties once after a start, so the page cache holds them before the first
// request (graph/warmup.py).
MATCH (n)
RETURN sum(size(keys(n))) AS properties
