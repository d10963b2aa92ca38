"""`ruslink import-many`: a folder of datasets, or synthetic regions, in one process; a bad file is named and
skipped, its dataset untouched, and the others are imported."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from graph import store
from importers.load import read_dataset
from tests.data import sample
from tests.support.cli import run


def _counts(db, name: str) -> dict | None:
    return next((d["counts"] for d in store.list_datasets(db) if d["dataset"] == name), None)


def _folder(tmp_path: Path, tag: str) -> Path:
    folder = tmp_path / "regioner"
    folder.mkdir()
    sample.write_xlsx(folder / f"Region Väst {tag}.xlsx")
    sample.write_json(folder / f"norr-{tag}.json")
    sample.write_csv_folder(folder / f"syd-{tag}")
    broken = sample.write_csv_folder(folder / f"trasig-{tag}")
    (broken / "links.csv").write_text("from;type;to;score\nA-1;contributes_to;RUS-9;1\n", encoding="utf-8")
    (folder / "LÄSMIG.txt").write_text("Regionernas arbetsböcker.", encoding="utf-8")
    return folder


def test_a_folder_is_imported_file_by_file_and_a_bad_file_changes_nothing(db, cli_env, tmp_path) -> None:
    tag = uuid.uuid4().hex[:6]
    # The broken file's dataset exists already: a refusal must leave it exactly as it was.
    store.replace_dataset(db, f"trasig-{tag}", read_dataset(sample.write_json(tmp_path / "old.json")).content)
    before = _counts(db, f"trasig-{tag}")
    folder = _folder(tmp_path, tag)

    result = run(cli_env, "import-many", str(folder))

    assert result.returncode == 1, result.stderr
    for name in (f"region-vast-{tag}", f"norr-{tag}", f"syd-{tag}"):
        assert _counts(db, name) == sample.COUNTS, name
    assert _counts(db, f"trasig-{tag}") == before
    assert "Inläst: 3 datamängder" in result.stdout
    assert f"✗ trasig-{tag}/: Importen avbröts: 1 problem hittades. Inget har ändrats i databasen." in result.stderr
    assert 'links.csv rad 2, kolumn "to": ' in result.stderr
    assert "Hoppar över LÄSMIG.txt" in result.stderr
    assert f"Inte inläst (1 fil, ingenting ändrat i dem): trasig-{tag}/." in result.stderr
    assert f"✓ norr-{tag}:" in result.stderr


def test_two_files_giving_one_dataset_name_the_second_is_refused(db, cli_env, tmp_path) -> None:
    tag = uuid.uuid4().hex[:6]
    folder = tmp_path / "dubbel"
    folder.mkdir()
    sample.write_json(folder / f"Öst-{tag}.json")
    sample.write_xlsx(folder / f"ost-{tag}.xlsx")

    result = run(cli_env, "import-many", str(folder), "--lang", "en")

    assert result.returncode == 1
    assert _counts(db, f"ost-{tag}") == sample.COUNTS
    assert f"✗ Öst-{tag}.json: gives the same dataset 'ost-{tag}' as ost-{tag}.xlsx; rename one" in result.stderr
    assert "Imported: 1 dataset, " in result.stdout


def test_synthetic_regions_are_imported_as_one_dataset_each(db, cli_env) -> None:
    prefix = f"nat-{uuid.uuid4().hex[:6]}"

    result = run(cli_env, "import-many", "--synth-regions", "3", "--scale", "0.3", "--prefix", prefix, "--quiet")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # --quiet: no line per dataset, only the summary
    names = sorted(d["dataset"] for d in store.list_datasets(db) if d["dataset"].startswith(prefix))
    assert names == [f"{prefix}-01", f"{prefix}-02", f"{prefix}-03"]
    listed = [d for d in store.list_datasets(db) if d["dataset"] in names]
    assert all(d["illustrative"] for d in listed)
    assert len({json.dumps(_counts(db, name), sort_keys=True) for name in names}) > 1  # three different regions
    assert result.stdout.startswith("Inläst: 3 datamängder, ")


def test_neither_or_both_sources_is_a_usage_error(cli_env, tmp_path) -> None:
    neither = run(cli_env, "import-many")
    both = run(cli_env, "import-many", str(tmp_path), "--synth-regions", "2")
    empty = run(cli_env, "import-many", str(tmp_path))
    assert neither.returncode == both.returncode == empty.returncode == 1
    assert "Ange antingen en mapp eller --synth-regions N" in neither.stderr
    assert "Ange antingen en mapp eller --synth-regions N" in both.stderr
    assert "har inga filer att läsa in" in empty.stderr
