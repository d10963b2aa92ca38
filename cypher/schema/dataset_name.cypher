// name: schema/dataset_name
// mode: schema
// params: none
// returns: none
CREATE CONSTRAINT dataset_name IF NOT EXISTS FOR (d:Dataset) REQUIRE d.name IS UNIQUE
