"""ruslink's Cypher statements, one per file, shipped as package data and read by graph.queries."""
