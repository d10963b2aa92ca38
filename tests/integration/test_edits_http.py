"""The Edits contract (interfaces.md) through HTTP on the real Neo4j: apply, list, undo, refuse, re-import."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph import store
from importers.export import read_content
from importers.load import read_uploaded
from importers.write import write_xlsx
from tests.support.uihelpers import small_dataset

TOKEN = "edit-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BY, WHY = "Anna Berg, Region Testlän", "Beslut i RUS-gruppen 12 maj"


@pytest.fixture(scope="module")
def client(db, app_settings):
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with TestClient(create_app(settings, db=db)) as test_client:
        yield test_client


@pytest.fixture
def ds(db, dataset_name) -> str:
    store.replace_dataset(db, dataset_name, small_dataset())
    return dataset_name


def _post(client, ds: str, changes: list, lang: str = "sv"):
    return client.post(
        f"/api/datasets/{ds}/changes?lang={lang}", json={"by": BY, "why": WHY, "changes": changes}, headers=AUTH
    )


def _export(client, ds: str) -> bytes:
    response = client.get(f"/api/datasets/{ds}/export?format=json")
    assert response.status_code == 200
    return response.content


CONTRACT = [
    {"op": "add", "table": "links", "row": {"from": "A3", "type": "contributes_to", "to": "KOMP-M1", "score": 2}},
    {"op": "update", "table": "actions", "id": "A2", "set": {"status": "completed"}},
    {"op": "remove", "table": "links", "row": {"from": "A4", "type": "contributes_to", "to": "RUS-1.1"}},
    {"op": "remove", "table": "actions", "id": "A1"},
]


def test_edits_apply_all_four_operations_visible_at_once_and_listed(client, db, ds) -> None:
    response = _post(client, ds, CONTRACT)
    assert response.status_code == 200, response.text
    body = response.json()
    assert isinstance(body["change"], int) and body["at"].startswith("20")
    content = read_content(db, ds)
    links = {(lk.from_, lk.type, lk.to, lk.score) for lk in content.links}
    assert ("A3", "contributes_to", "KOMP-M1", 2) in links
    assert not any(lk[0] == "A4" and lk[2] == "RUS-1.1" for lk in links)
    assert ("A4", "contributes_to", "RUS-2.1", -2) in links  # the other link of A4 stays
    assert next(a.status for a in content.actions if a.id == "A2") == "completed"
    assert "A1" not in {a.id for a in content.actions}
    assert not any("A1" in (lk[0], lk[2]) for lk in links), "removing a row removes its links"
    second = _post(client, ds, [{"op": "update", "table": "goals", "id": "RUS-1.2", "set": {"name": "Nytt namn"}}])
    assert second.status_code == 200
    history = client.get(f"/api/datasets/{ds}/changes").json()
    assert [h["change"] for h in history] == [second.json()["change"], body["change"]]  # newest first
    assert {"change", "by", "why", "at", "changes"} <= set(history[1])
    assert (history[1]["by"], history[1]["why"], history[1]["changes"]) == (BY, WHY, CONTRACT)


def test_edits_export_after_edits_round_trips(client, db, ds, dataset_name) -> None:
    assert _post(client, ds, CONTRACT).status_code == 200
    exported = _export(client, ds)
    again = f"{ds}-igen"
    loaded = read_uploaded("kopia.json", exported)
    store.replace_dataset(db, again, loaded.content)
    tables = {"description", "illustrative"}
    assert read_content(db, again).model_dump(exclude=tables) == read_content(db, ds).model_dump(exclude=tables)
    store.delete_dataset(db, again)


def test_edits_refused_change_names_index_and_field_and_changes_nothing(client, db, ds) -> None:
    before = _export(client, ds)
    bad = [
        {"op": "update", "table": "actions", "id": "A2", "set": {"status": "klar"}},
        {"op": "add", "table": "links", "row": {"from": "A3", "type": "contributes_to", "to": "RUS-9", "score": 7}},
        {"op": "remove", "table": "strategies", "id": "S3"},
        {"op": "rename", "table": "actions"},
    ]
    response = _post(client, ds, bad)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["message"].startswith("Ändringen avvisades: ")
    details = error["details"]
    assert 'changes[0] (uppdatera actions "A2"), fält "status": "klar" är inget tillåtet värde' in details[0]
    assert any(d.startswith("changes[1]") and 'fält "score"' in d and "utanför skalan" in d for d in details)
    assert any(d.startswith("changes[1]") and 'fält "to"' in d and 'ingen rad har id "RUS-9"' in d for d in details)
    # goals and actions of the removed plan name the removal that broke them
    assert any(d.startswith('changes[2] (ta bort strategies "S3"): goals "S3-M1", fält "strategy"') for d in details)
    assert any(d.startswith("changes[3]") and 'fält "op"' in d for d in details)
    english = _post(client, ds, bad, lang="en").json()["error"]
    assert english["message"].startswith("The change was refused: ")
    assert 'changes[0] (update actions "A2"), field "status": "klar" is not an allowed value' in english["details"][0]
    assert _export(client, ds) == before
    assert client.get(f"/api/datasets/{ds}/changes").json() == []


def test_edits_need_who_and_why_and_the_token(client, ds) -> None:
    change = [{"op": "update", "table": "actions", "id": "A2", "set": {"status": "paused"}}]
    response = client.post(f"/api/datasets/{ds}/changes", json={"changes": change}, headers=AUTH)
    assert response.status_code == 422
    assert any('"by"' in d for d in response.json()["error"]["details"])
    assert any('"why"' in d for d in response.json()["error"]["details"])
    anonymous = client.post(f"/api/datasets/{ds}/changes", json={"by": BY, "why": WHY, "changes": change})
    assert anonymous.status_code == 401
    assert client.post(f"/api/datasets/{ds}/changes/1/revert", json={"by": BY}).status_code == 401


def test_edits_revert_undoes_one_change_as_a_new_change(client, db, ds) -> None:
    original = read_content(db, ds)
    first = _post(client, ds, CONTRACT).json()["change"]
    response = client.post(
        f"/api/datasets/{ds}/changes/{first}/revert", json={"by": "Bo", "why": "Fel beslut"}, headers=AUTH
    )
    assert response.status_code == 200, response.text
    restored = read_content(db, ds)
    assert sorted(restored.actions, key=lambda a: a.id) == sorted(original.actions, key=lambda a: a.id)
    key = lambda lk: (lk.from_, lk.type, lk.to)  # noqa: E731
    assert sorted(restored.links, key=key) == sorted(original.links, key=key)
    history = client.get(f"/api/datasets/{ds}/changes").json()
    assert history[0]["change"] == response.json()["change"] and history[0]["reverts"] == first
    assert history[0]["why"] == f"Ångrar ändring {first}: Fel beslut"
    assert history[1]["reverted_by"] == history[0]["change"]
    again = client.post(f"/api/datasets/{ds}/changes/{first}/revert", json={"by": "Bo"}, headers=AUTH)
    assert again.status_code == 409 and "redan ångrad" in again.json()["error"]["message"]


def test_edits_revert_is_refused_when_a_later_change_touched_the_same_row(client, db, ds) -> None:
    first = _post(client, ds, [{"op": "update", "table": "actions", "id": "A2", "set": {"status": "paused"}}])
    later = _post(client, ds, [{"op": "update", "table": "actions", "id": "A2", "set": {"name": "Nytt namn"}}])
    before = _export(client, ds)
    response = client.post(
        f"/api/datasets/{ds}/changes/{first.json()['change']}/revert", json={"by": "Bo"}, headers=AUTH
    )
    assert response.status_code == 409
    message = response.json()["error"]["message"]
    assert f"ändring {later.json()['change']}" in message and 'actions "A2"' in message
    assert _export(client, ds) == before
    # undoing the later one first makes the earlier one undoable
    assert (
        client.post(
            f"/api/datasets/{ds}/changes/{later.json()['change']}/revert", json={"by": "Bo"}, headers=AUTH
        ).status_code
        == 200
    )
    assert (
        client.post(
            f"/api/datasets/{ds}/changes/{first.json()['change']}/revert", json={"by": "Bo"}, headers=AUTH
        ).status_code
        == 200
    )
    assert next(a for a in read_content(db, ds).actions if a.id == "A2").status == "planned"


def test_edits_reimport_over_edits_is_refused_unless_replace_edits(client, db, ds) -> None:
    assert _post(client, ds, CONTRACT).status_code == 200
    paused = [{"op": "update", "table": "actions", "id": "A2", "set": {"status": "paused"}}]
    assert _post(client, ds, paused).status_code == 200
    workbook = io.BytesIO()
    write_xlsx(small_dataset(), workbook)
    upload = {"file": ("rus.xlsx", workbook.getvalue())}
    before = _export(client, ds)
    refused = client.post(f"/api/datasets/{ds}/import", files=upload, headers=AUTH)
    assert refused.status_code == 409
    assert "har 2 ändringar sedan den senaste importen" in refused.json()["error"]["message"]
    assert _export(client, ds) == before
    replaced = client.post(f"/api/datasets/{ds}/import", files=upload, data={"replace_edits": "true"}, headers=AUTH)
    assert replaced.status_code == 200, replaced.text
    assert "A1" in {a.id for a in read_content(db, ds).actions}
    assert len(client.get(f"/api/datasets/{ds}/changes").json()) == 2  # the history is kept
    # after the replacing import there is nothing to lose: a plain import goes through
    assert client.post(f"/api/datasets/{ds}/import", files=upload, headers=AUTH).status_code == 200


def test_edits_unknown_dataset_and_change_are_404(client, ds) -> None:
    assert client.get("/api/datasets/finns-inte/changes").status_code == 404
    assert _post(client, "finns-inte", CONTRACT).status_code == 404
    assert client.post(f"/api/datasets/{ds}/changes/99/revert", json={"by": "Bo"}, headers=AUTH).status_code == 404
