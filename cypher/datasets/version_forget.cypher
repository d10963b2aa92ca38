// name: datasets/version_forget
// mode: write
// params: key
// returns: forgotten
MATCH (v:Version {key: $key})
DELETE v
RETURN count(*) AS forgotten
