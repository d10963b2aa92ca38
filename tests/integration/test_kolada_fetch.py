"""`ruslink kolada fetch` against a real local server speaking Kolada v3 (paging, a 503, empty answers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph import store
from graph.content import DatasetContent
from graph.content_read import read_content
from graph.errors import DatasetBusy
from graph.reference import municipalities_of_county
from graph.writer import dataset_writer
from importers.kolada_api import KoladaClient, batches
from importers.kolada_fetch import fetch_kolada
from tests.support.kolada import fetch_dataset
from tests.support.kolada_server import KoladaServer, KoladaV3

RUSLINK = str(Path(sys.executable).parent / "ruslink")
AREAS = ["0022", *municipalities_of_county("22")]


def _kolada_rows(content: DatasetContent) -> set[tuple]:
    return {(o.indicator, o.period, o.area, o.gender, o.value) for o in content.observations if o.source == "kolada"}


def _expected(served: set[tuple]) -> set[tuple]:
    """Served (kpi, area, year, gender, value) as observations: the own county is the whole region."""
    kpi_to = {"N01951": "POP", "N00003": "BRP"}
    return {(kpi_to[k], year, None if area == "0022" else area, g, v) for k, area, year, g, v in served}


@pytest.fixture
def cli_env(neo4j_server, tmp_path) -> dict:
    env = dict(os.environ, NEO4J_URI=neo4j_server["uri"], RUSLINK_HOME=str(tmp_path / "home"))
    env.pop("KOLADA_BASE_URL", None)
    password = neo4j_server["settings"].neo4j_password
    if password is not None:
        env["NEO4J_PASSWORD"] = password.get_secret_value()
        env["NEO4J_USER"] = neo4j_server["settings"].neo4j_user
    return env


def test_fetch_stores_exactly_what_kolada_served_then_works_from_the_cache(db, dataset_name, cli_env) -> None:
    store.replace_dataset(db, dataset_name, fetch_dataset())
    data = KoladaV3(AREAS, page_size=5, fail_once=2, missing_areas=frozenset({"2284"}))
    with KoladaServer(data) as server:
        fetch = [RUSLINK, "kolada", "fetch", "--dataset", dataset_name, "--from", "2023", "--to", "2024"]
        fetch += ["--base-url", server.base]
        first = subprocess.run(fetch, env=cli_env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert 503 in data.statuses, "the server's one 503 was never met"
    assert any("page=2" in r for r in data.requests), "the answer was not paged"
    content = read_content(db, dataset_name)
    served = _expected(data.served)
    # 8 areas less Örnsköldsvik, 2 years, N01951 in 3 genders and N00003 in total only: every row arrived
    assert len(served) == 7 * 2 * (3 + 1)
    assert _kolada_rows(content) == served
    assert ("POP", "2023", "2281", "K", 2.0) in {
        (o.indicator, o.period, o.area, o.gender, o.value) for o in content.observations if o.source is None
    }
    assert not any(o.period == "2010" for o in content.observations)
    assert [o.value for o in content.observations if o.indicator == "OWN"] == [3.0]
    out = first.stdout
    assert "POP (N01951): 42 värden" in out and "BRP (N00003): 14 värden" in out
    assert "NONE (U99999): Kolada har inga värden för något område eller år" in out
    assert "Örnsköldsvik (2284)" in out
    assert "från cache" not in out
    pop = next(i for i in content.indicators if i.id == "POP")
    brp = next(i for i in content.indicators if i.id == "BRP")
    assert pop.unit == "antal" and pop.extra["kolada_title"] == "Invånare totalt, antal"
    assert pop.extra["kolada_divided_by_gender"] == "ja"
    assert brp.unit == "tkr" and brp.extra["kolada_divided_by_gender"] == "nej"  # the analyst's unit stays

    # The server is gone: the same fetch succeeds from the cache and says so.
    second = subprocess.run(fetch, env=cli_env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "från cache, hämtat " in second.stdout
    assert _kolada_rows(read_content(db, dataset_name)) == served


def test_fetch_without_network_or_cache_changes_nothing(db, dataset_name, cli_env) -> None:
    store.replace_dataset(db, dataset_name, fetch_dataset())
    before = read_content(db, dataset_name)
    with KoladaServer(KoladaV3(AREAS)) as server:
        base = server.base
    result = subprocess.run(
        [RUSLINK, "kolada", "fetch", "--dataset", dataset_name, "--base-url", base],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "Kolada kunde inte nås" in result.stderr and "inget sparat svar" in result.stderr
    assert read_content(db, dataset_name) == before


def test_fetch_waits_for_a_dataset_being_written(db, dataset_name, tmp_path) -> None:
    store.replace_dataset(db, dataset_name, fetch_dataset())
    with KoladaServer(KoladaV3(AREAS, fail_once=None)) as server, dataset_writer(db, dataset_name):
        with pytest.raises(DatasetBusy):
            fetch_kolada(db, dataset_name, start=2024, end=2024, base=server.base, cache_dir=tmp_path)


def test_ids_go_in_batches_kolada_accepts(tmp_path) -> None:
    ids = [f"N{n:05d}" for n in range(60)]
    assert [len(b) for b in batches(ids)] == [25, 25, 10]
    data = KoladaV3(["0022"], fail_once=None)
    with KoladaServer(data) as server, KoladaClient(server.base, cache_dir=tmp_path) as client:
        answer = client.get_all(
            "data", {"kpi_id": ["N01951", "N00003"], "municipality_id": ["0022"], "year": ["2023", "2024"]}
        )
        empty = client.get_all("data", {"kpi_id": ["U99999"], "municipality_id": ["0022"], "year": ["2024"]})
    assert len(answer.values) == 4 and answer.pages == 1 and not answer.from_cache
    assert empty.values == [] and empty.pages == 1
    assert data.requests[0] == "/v3/data?kpi_id=N01951,N00003&municipality_id=0022&year=2023,2024"


def test_an_answer_kolada_refuses_is_reported_and_changes_nothing(db, dataset_name, tmp_path) -> None:
    from graph.errors import RuslinkError

    store.replace_dataset(db, dataset_name, fetch_dataset())
    before = read_content(db, dataset_name)
    with KoladaServer(KoladaV3(AREAS)) as server, pytest.raises(RuslinkError) as refused:
        fetch_kolada(db, dataset_name, start=2024, end=2024, base=server.base + "/wrong", cache_dir=tmp_path)
    assert "Kolada gav ett svar som inte går att använda" in refused.value.message and "404" in refused.value.message
    assert read_content(db, dataset_name) == before
