// name: reference/count
// mode: read
// params: ref
// returns: n
MATCH (n:Reference {dsv: $ref})
RETURN count(n) AS n
