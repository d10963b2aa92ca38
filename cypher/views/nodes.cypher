// name: views/nodes
// mode: read
// params: dsv
// returns: nodes
// Every row of one dataset version (strategies, goals, actions, indicators, actors) with its properties,
// collected into one list, for the diagrams, matrices and pages of the web UI.
MATCH (n:Item {dsv: $dsv})
RETURN collect({label: [l IN labels(n) WHERE l <> 'Item'][0], props: properties(n)}) AS nodes
