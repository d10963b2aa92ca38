// name: system/warm_relationships
// mode: read
// params: none
// returns: properties
// Read every relationship and its properties once after a start, so the page cache holds them before the
// first request (graph/warmup.py).
MATCH ()-[r]->()
RETURN sum(size(keys(r))) AS properties
