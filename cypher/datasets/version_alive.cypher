// name: datasets/version_alive
// mode: read
// params: key, grace_s
// returns: alive
// Whether a version's rows are still whole for a reader that resolved it: current, or retired less than the
// grace period ago. A deleted dataset's version is retired an hour back, so a reader of it learns it is gone.
CYPHER replan=skip OPTIONAL MATCH (v:Version {key: $key})
RETURN v IS NOT NULL
       AND (v.state = 'current' OR (v.state = 'retired' AND v.retired_at >= datetime() - duration({seconds: $grace_s})))
       AS alive
