"""`ruslink delete --dataset NAME`: asks first (unless --yes), removes every version, says so in Swedish or
English; the same removal as `DELETE /api/datasets/{dataset}`."""

from __future__ import annotations

import subprocess

import pytest

from graph import store
from tests.support.cli import RUSLINK, run
from tests.support.report_data import ruslink_env
from tests.support.uihelpers import small_dataset


@pytest.fixture
def cli_env(neo4j_server) -> dict:
    return ruslink_env(neo4j_server)


def _names(db) -> set[str]:
    return {d["dataset"] for d in store.list_datasets(db)}


def _answer(env: dict, answer: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [RUSLINK, "delete", *args], env=env, input=answer, capture_output=True, text=True, timeout=300
    )


def test_delete_asks_and_keeps_the_dataset_unless_told_yes(db, cli_env, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, small_dataset())
    kept = _answer(cli_env, "n\n", "--dataset", dataset_name)
    assert kept.returncode == 1 and dataset_name in _names(db)
    assert kept.stdout == (
        f"Ta bort datamängden '{dataset_name}' (4 insatser, 17 kopplingar)? Det går inte att "
        f"ångra. Skriv j för att ta bort: \nInget togs bort: '{dataset_name}' finns kvar.\n"
    )
    kept_en = _answer(cli_env, "", "--dataset", dataset_name, "--lang", "en")
    assert kept_en.returncode == 1 and dataset_name in _names(db)
    assert kept_en.stdout == (
        f"Delete the dataset '{dataset_name}' (4 actions, 17 links)? This cannot be undone. "
        f"Type y to delete: \nNothing was deleted: '{dataset_name}' is kept.\n"
    )
    done = _answer(cli_env, "j\n", "--dataset", dataset_name)
    assert done.returncode == 0 and dataset_name not in _names(db)
    assert done.stdout.endswith(f"\nDatamängden '{dataset_name}' är borttagen.\n")


def test_delete_with_yes_does_not_ask(db, cli_env, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, small_dataset())
    done = run(cli_env, "delete", "--dataset", dataset_name, "--yes", "--lang", "en")
    assert done.returncode == 0 and done.stdout == f"The dataset '{dataset_name}' is deleted.\n"
    assert dataset_name not in _names(db)
    again = run(cli_env, "delete", "--dataset", dataset_name, "--yes")
    assert again.returncode == 1
    assert again.stderr.startswith(f"ruslink: Datamängden '{dataset_name}' finns inte. Inlästa datamängder: ")
    assert again.stderr.count("\n") == 1  # the datasets are listed once
