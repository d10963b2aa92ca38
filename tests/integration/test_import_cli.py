"""`ruslink import`, `export`, `template` and `import-kolada` as a user runs them, and an import killed midway."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from graph import store
from graph.reference import DATA as REFERENCE_DATA
from importers.export import read_content
from importers.load import read_dataset, write_dataset
from tests.data import sample
from tests.support.cli import RUSLINK, big_dataset, run, writing_version


def _counts(db, name: str) -> dict | None:
    return next((d["counts"] for d in store.list_datasets(db) if d["dataset"] == name), None)


def test_import_cli_loads_a_folder_and_reports_counts(db, cli_env, dataset_name, tmp_path) -> None:
    result = run(cli_env, "import", str(sample.write_csv_folder(tmp_path / "csv")), "--dataset", dataset_name)
    assert result.returncode == 0, result.stderr
    assert f"Datamängden '{dataset_name}' är inläst: 2 strategier, 3 mål, 2 insatser" in result.stdout
    assert result.stderr == ""
    assert _counts(db, dataset_name) == sample.COUNTS


def test_import_cli_refuses_with_every_problem_on_stderr(db, cli_env, dataset_name, tmp_path) -> None:
    folder = sample.write_csv_folder(tmp_path / "csv")
    (folder / "links.csv").write_text(
        "from,type,to,score\nA-1,contributes_to,RUS-9,1\nA-1,linked,S3-1,1\n", encoding="utf-8"
    )
    result = run(cli_env, "import", str(folder), "--dataset", dataset_name, "--lang", "en")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "ruslink: Import refused: 2 problems found. Nothing was changed in the database.",
        '  links.csv row 2, column "to": no row has id "RUS-9"',
        '  links.csv row 3, column "type": "linked" is not an allowed value; allowed: contributes_to, interacts_with, '
        "measured_by, responsible_for, participates_in",
    ]
    assert _counts(db, dataset_name) is None


def test_import_cli_warns_on_stderr_and_succeeds(cli_env, dataset_name, tmp_path) -> None:
    folder = sample.write_csv_folder(tmp_path / "csv")
    (folder / "anteckningar.csv").write_text("x\n1\n", encoding="utf-8")
    result = run(cli_env, "import", str(folder), "--dataset", dataset_name, "--quiet")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == 'varning: anteckningar.csv: okänd tabell "anteckningar" läses inte in\n'


def test_import_cli_export_template_and_kolada(db, cli_env, dataset_name, tmp_path) -> None:
    assert (
        run(cli_env, "import", str(sample.write_xlsx(tmp_path / "in.xlsx")), "--dataset", dataset_name).returncode == 0
    )
    exported = run(cli_env, "export", "--dataset", dataset_name, "--to", str(tmp_path / "ut.xlsx"))
    assert exported.returncode == 0, exported.stderr
    assert read_dataset(tmp_path / "ut.xlsx").content == read_content(db, dataset_name)
    assert run(cli_env, "template", "--to", str(tmp_path / "mall.xlsx")).returncode == 0
    assert read_dataset(tmp_path / "mall.xlsx").content.row_count() == 8  # one example row per sheet, progress included
    content = read_content(db, dataset_name)
    content.indicators[0].source_ref = "N01951"
    store.replace_dataset(db, dataset_name, content)
    kolada = run(
        cli_env,
        "import-kolada",
        str(REFERENCE_DATA / "kolada" / "v3_data_N01951_0580_2024.json"),
        "--dataset",
        dataset_name,
    )
    assert kolada.returncode == 0, kolada.stderr
    assert "3 Kolada-värden" in kolada.stdout
    assert _counts(db, dataset_name)["observations"] == 5
    missing = run(cli_env, "export", "--dataset", "finns-inte", "--to", str(tmp_path / "x.json"))
    assert missing.returncode == 1 and "finns inte" in missing.stderr


def _kill_midway(db, env: dict, folder: Path, dataset: str) -> str:
    """Start an import, SIGKILL it once its first batch is in the database; returns the half-written key."""
    process = subprocess.Popen(
        [RUSLINK, "import", str(folder), "--dataset", dataset, "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            key, written = writing_version(db, dataset)
            if written:
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=30)
                return key
            assert process.poll() is None, f"the import ended before it could be killed: {process.stderr.read()}"
            time.sleep(0.02)
        raise AssertionError("the import never wrote a batch")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> Path:
    return big_dataset(tmp_path_factory.mktemp("big") / "csv", 60000)


def test_import_killed_midway_leaves_the_old_dataset_whole(db, cli_env, dataset_name, tmp_path, big_folder) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "old")))
    before_counts, before = _counts(db, dataset_name), read_content(db, dataset_name)
    half = _kill_midway(db, cli_env, big_folder, dataset_name)
    assert writing_version(db, dataset_name)[1] > 0, "the killed import left rows behind, invisible to readers"
    assert _counts(db, dataset_name) == before_counts
    assert read_content(db, dataset_name) == before
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "next")))
    leftover = db.run_in_tx(
        lambda tx: tx.run("MATCH (n:Item {dsv: $k}) RETURN count(n) AS n", k=half).single()["n"], read=True
    )
    assert leftover == 0 and writing_version(db, dataset_name) == (None, 0)
    assert _counts(db, dataset_name) == before_counts


def test_import_killed_midway_of_a_new_dataset_leaves_none(db, cli_env, dataset_name, big_folder) -> None:
    _kill_midway(db, cli_env, big_folder, dataset_name)
    assert _counts(db, dataset_name) is None
