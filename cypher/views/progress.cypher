// name: views/progress
// mode: read
// params: dsv
// returns: action, period, status, progress, spent_sek, comment, reported_by
// The progress reports of one dataset version, for the follow-up page and report.
MATCH (p:Progress {dsv: $dsv})
RETURN p.action AS action, p.period AS period, p.status AS status, p.progress AS progress,
       p.spent_sek AS spent_sek, p.comment AS comment, p.reported_by AS reported_by
ORDER BY action, p.seq
