"""What is kept of analysed and drawn datasets: only the current version of each dataset, within bounds,
and keyed by the store and version rather than by the id of an object that can be collected."""

from __future__ import annotations

from graph import store
from graph.analyses import ANALYSIS_NAMES, RESULTS, linkage, run_analysis
from graph.version_cache import current
from graph.views import GRAPHS, load_with_findings
from importers.load import read_dataset, write_dataset
from tests.data import sample
from viz.views import NETWORKS, network_view

SECTIONS = (RESULTS, linkage.ANSWERS, linkage.NAMES, GRAPHS, NETWORKS)


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
    for cache in (section.here() for section in SECTIONS):
        mine = {version for _, dataset, version in cache.versions() if dataset == dataset_name}
        assert mine == {keys[-1]}, cache.name


def test_bounded_caches_have_bounds_and_keys_of_stores_not_object_ids(db, dataset_name, tmp_path) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "csv")))
    run_analysis(db, dataset_name, ANALYSIS_NAMES[0])
    assert {RESULTS.name, linkage.ANSWERS.name} <= {cache.name for cache in current().sections()}
    for cache in [section.here() for section in SECTIONS] + current().sections():
        assert cache.weight <= cache.max_weight and len(cache) <= cache.max_entries
        assert all(not isinstance(store_key, int) for store_key, _, _ in cache.versions()), cache.name


def test_row_counts_and_the_national_overview_keep_only_the_current_versions(db, dataset_name, tmp_path) -> None:
    from graph import national

    loaded = read_dataset(sample.write_csv_folder(tmp_path / "csv"))
    overviews = []
    for _ in range(2):
        write_dataset(db, dataset_name, loaded)
        listed = {d["dataset"]: d["counts"] for d in store.list_datasets(db)}
        assert listed[dataset_name]["goals"] == len(loaded.content.goals)
        overviews.append(national.overview(db, prefix=dataset_name))
    key = store.current_key(db, dataset_name)
    assert {v for _, d, v in store.COUNTS.here().versions() if d == dataset_name} == {key}
    kept = [v for _, d, v in national.OVERVIEWS.here().versions() if dataset_name in d]
    assert len(kept) == 1 and overviews[0] is not overviews[1]
    assert national.overview(db, prefix=dataset_name) is overviews[1]  # the same versions: the kept overview
