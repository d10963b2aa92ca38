// name: datasets/version_forget
// mode: write
// params: key
// returns: forgotten
CYPHER replan=skip MATCH (v:Version {key: $key})
DELETE v
RETURN count(*) AS forgotten
