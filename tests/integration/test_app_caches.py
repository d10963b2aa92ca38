"""Each app owns its cached answers for as long as it runs: two apps in one process share nothing, a stopped
app keeps nothing, the response bytes of a superseded version go, and requests from many threads keep the
byte total right."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from app.cached import RESPONSES
from app.main import create_app
from graph import store
from graph.version_cache import current
from graph.views import GRAPHS
from importers.load import read_dataset, write_dataset
from tests.data import sample


def _load(db, dataset_name, tmp_path) -> str:
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "csv")))
    return store.current_key(db, dataset_name)


def _mine(owner, section, dataset: str) -> set[str]:
    return {version for _, name, version in owner.section(section).versions() if name == dataset}


def test_two_apps_in_one_process_do_not_share_cached_answers(db, app_settings, dataset_name, tmp_path) -> None:
    key = _load(db, dataset_name, tmp_path)
    url = f"/api/datasets/{dataset_name}/graph"
    with TestClient(create_app(app_settings, db=db)) as first, TestClient(create_app(app_settings, db=db)) as second:
        one, two = first.app.state.caches, second.app.state.caches  # type: ignore[attr-defined]
        assert one is not two
        answer = first.get(url)
        assert answer.status_code == 200
        assert _mine(one, RESPONSES, dataset_name) == {key} and _mine(one, GRAPHS, dataset_name) == {key}
        assert _mine(two, RESPONSES, dataset_name) == set() and _mine(two, GRAPHS, dataset_name) == set()
        assert second.get(url).json() == answer.json()  # computed again by the second app, the same answer
        assert _mine(two, GRAPHS, dataset_name) == {key}
    process = current()
    assert _mine(process, RESPONSES, dataset_name) == set() and _mine(process, GRAPHS, dataset_name) == set()


def test_an_apps_cache_is_released_when_its_lifespan_ends(db, app_settings, dataset_name, tmp_path) -> None:
    _load(db, dataset_name, tmp_path)
    app = create_app(app_settings, db=db)
    with TestClient(app) as client:
        assert client.get(f"/api/datasets/{dataset_name}/graph").status_code == 200
        owner = app.state.caches
        assert current() is owner and len(owner) > 0
    assert owner.closed and len(owner) == 0 and current() is not owner


def test_response_bytes_of_a_superseded_version_go_when_a_newer_one_is_cached(
    db, app_settings, dataset_name, tmp_path
) -> None:
    old = _load(db, dataset_name, tmp_path)
    with TestClient(create_app(app_settings, db=db)) as client:
        owner = client.app.state.caches  # type: ignore[attr-defined]
        for url in ("graph", "graph?view=actors", "marks"):
            assert client.get(f"/api/datasets/{dataset_name}/{url}").status_code == 200
        assert _mine(owner, RESPONSES, dataset_name) == {old} and len(owner.section(RESPONSES)) >= 3
        new = _load(db, dataset_name, tmp_path)
        assert client.get(f"/api/datasets/{dataset_name}/graph").status_code == 200
        assert new != old and _mine(owner, RESPONSES, dataset_name) == {new}
        responses = owner.section(RESPONSES)
        assert responses.weight == sum(responses.weights().values()) <= RESPONSES.max_weight


def test_requests_from_many_threads_keep_the_byte_total_right(db, app_settings, dataset_name, tmp_path) -> None:
    _load(db, dataset_name, tmp_path)
    urls = [
        f"/api/datasets/{dataset_name}/graph?depth={d}&focus={f}" for d in range(7) for f in ("A-1", "A-2", "RUS-1")
    ]
    with TestClient(create_app(app_settings, db=db)) as client:
        with ThreadPoolExecutor(max_workers=6) as pool:
            answers = list(pool.map(lambda url: client.get(url), urls * 2))
        assert all(a.status_code == 200 for a in answers)
        responses = client.app.state.caches.section(RESPONSES)  # type: ignore[attr-defined]
        kept = responses.weights()
        assert len(kept) == len(urls)  # each question kept once, however many threads asked it
        assert responses.weight == sum(kept.values())
        bodies = {a.url.query.decode(): len(a.content) for a in answers}
        assert all(weight == bodies[query] for (_, _, _, _, query), weight in kept.items())


def test_the_explorers_network_is_not_kept_once_its_columns_are_made(db, app_settings, dataset_name, tmp_path) -> None:
    """The page's filters and the columns' bytes are kept; the network they come from (60 MB as objects at
    10,000 nodes) is not. A reload is served from what is kept and shows the same filters."""
    from viz.views import NETWORKS

    key = _load(db, dataset_name, tmp_path)
    with TestClient(create_app(app_settings, db=db)) as client:
        owner = client.app.state.caches  # type: ignore[attr-defined]
        page = client.get(f"/datasets/{dataset_name}/explore")
        assert page.status_code == 200 and 'data-facet="strategies"' in page.text
        assert _mine(owner, NETWORKS, dataset_name) == {key}  # the page needed it for its filters
        columns = client.get(f"/api/datasets/{dataset_name}/graph/columns?view=network&layout=layered&lang=sv")
        assert columns.status_code == 200 and columns.json()["nodes"]["count"] > 0
        assert _mine(owner, NETWORKS, dataset_name) == set()
        again = client.get(f"/datasets/{dataset_name}/explore")
        assert again.text == page.text
        assert _mine(owner, NETWORKS, dataset_name) == set()  # the reload did not build it again
