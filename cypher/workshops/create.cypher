// name: workshops/create
// mode: write
// params: id, dataset, title, key_hash, sources, targets, created_at
// returns: id
// Open a scoring workshop on a dataset: its pairs (sources[i] → targets[i]) and the hash of its key
// (the key itself is never stored). Workshops outlive imports of their dataset.
CREATE (w:Workshop {id: $id, dataset: $dataset, title: $title, key_hash: $key_hash, sources: $sources,
                    targets: $targets, created_at: $created_at})
RETURN w.id AS id
