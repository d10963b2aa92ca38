"""Neo4j access for ruslink: settings, the local server, the driver, the query catalogue and the graph model."""
