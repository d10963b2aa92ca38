// name: views/kolada_indicators
// mode: read
// params: keys
// returns: key, kpi, name
// The Kolada indicators (source kolada, with a KPI id) of several dataset versions at once, for the national
// overview's common indicators (graph/national.py).
MATCH (i:Indicator)
WHERE i.dsv IN $keys AND i.source = 'kolada' AND i.source_ref IS NOT NULL
RETURN i.dsv AS key, i.source_ref AS kpi, i.name AS name
