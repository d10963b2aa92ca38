"""What is kept of analysed and drawn datasets: only the current version of each dataset, within bounds,
and keyed by the store and version rather than by the id of an object that can be collected."""

from __future__ import annotations

from graph import store
from graph.analyses import _RESULTS, ANALYSIS_NAMES, linkage, run_analysis
from graph.version_cache import ALL
from graph.views import _FINDINGS_CACHE, _GRAPH_CACHE, load_with_findings
from importers.load import read_dataset, write_dataset
from tests.data import sample
from viz.views import _NETWORK_CACHE, network_view


def test_bounded_caches_keep_only_the_current_version_after_three_imports(db, dataset_name, tmp_path) -> None:
    loaded = read_dataset(sample.write_csv_folder(tmp_path / "csv"))
    keys = []
    for _ in range(3):
        write_dataset(db, dataset_name, loaded)
        keys.append(store.current_key(db, dataset_name))
        for name in ANALYSIS_NAMES:
            run_analysis(db, dataset_name, name)
        graph, results = load_with_findings(db, dataset_name)
        network_view(graph, results)
        network_view(graph, None)
    assert len(set(keys)) == 3
    for cache in (_RESULTS, linkage._CACHE, linkage._NAMES, _GRAPH_CACHE, _FINDINGS_CACHE, _NETWORK_CACHE):
        mine = {version for _, dataset, version in cache.versions() if dataset == dataset_name}
        assert mine == {keys[-1]}, cache.name


def test_bounded_caches_have_bounds_and_keys_of_stores_not_object_ids(db, dataset_name, tmp_path) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "csv")))
    run_analysis(db, dataset_name, ANALYSIS_NAMES[0])
    assert {_RESULTS, linkage._CACHE, _GRAPH_CACHE, _FINDINGS_CACHE, _NETWORK_CACHE} <= set(ALL)
    for cache in ALL:
        assert cache.weight <= cache.max_weight and len(cache) <= cache.max_entries
        assert all(not isinstance(store_key, int) for store_key, _, _ in cache.versions()), cache.name
