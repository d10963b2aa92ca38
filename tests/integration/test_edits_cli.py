"""`ruslink history` and `ruslink import --replace-edits` as a user runs them."""

from __future__ import annotations

import json

from graph import store
from graph.content_read import read_content
from importers.changes import apply_changes
from importers.write import write_json
from tests.support.cli import run
from tests.support.uihelpers import small_dataset


def test_history_prints_the_changes_newest_first_as_table_and_json(db, cli_env, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, small_dataset())
    first = apply_changes(
        db,
        dataset_name,
        "Anna Berg",
        "Beslut 12 maj",
        [{"op": "update", "table": "actions", "id": "A2", "set": {"status": "completed"}}],
    )
    second = apply_changes(
        db,
        dataset_name,
        "Bo Ek",
        "Ny koppling",
        [
            {
                "op": "add",
                "table": "links",
                "row": {"from": "A3", "type": "contributes_to", "to": "KOMP-M1", "score": -1},
            }
        ],
    )
    table = run(cli_env, "history", "--dataset", dataset_name)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0] == "ändring\tnär\tvem\tvarför\tvad"
    assert lines[1].startswith(f"{second.change}\t{second.at}\tBo Ek\tNy koppling\t")
    assert 'lägg till koppling "A3" bidrar till "KOMP-M1" (\u22121 begränsande)' in lines[1]
    assert lines[2].endswith('uppdatera insats "A2": Status = avslutad')
    as_json = json.loads(run(cli_env, "history", "--dataset", dataset_name, "--format", "json").stdout)
    assert [c["change"] for c in as_json] == [second.change, first.change]
    assert as_json[1] == {
        "change": first.change,
        "by": "Anna Berg",
        "why": "Beslut 12 maj",
        "at": first.at,
        "changes": [{"op": "update", "table": "actions", "id": "A2", "set": {"status": "completed"}}],
        "reverts": None,
        "reverted_by": None,
    }


def test_import_over_edits_is_refused_unless_replace_edits(db, cli_env, dataset_name, tmp_path) -> None:
    store.replace_dataset(db, dataset_name, small_dataset())
    apply_changes(db, dataset_name, "Anna", "Test", [{"op": "remove", "table": "actions", "id": "A1"}])
    edited = read_content(db, dataset_name)
    path = tmp_path / "rus.json"
    write_json(small_dataset(), path)
    refused = run(cli_env, "import", str(path), "--dataset", dataset_name, "--lang", "en")
    assert refused.returncode == 1
    assert f"Dataset '{dataset_name}' has 1 edit since its last import." in refused.stderr
    assert "--replace-edits" in refused.stderr
    assert read_content(db, dataset_name) == edited
    replaced = run(cli_env, "import", str(path), "--dataset", dataset_name, "--replace-edits")
    assert replaced.returncode == 0, replaced.stderr
    assert "A1" in {a.id for a in read_content(db, dataset_name).actions}
