"""What the importer tells an analyst reaches them: notices on the CLI's stderr and in the HTTP import answer,
refusals with the cause first and follow-on errors folded, in Swedish and in English."""

from __future__ import annotations

import pytest

from graph import store
from tests.data import analyst_files as af
from tests.support.cli import run
from tests.support.http import AUTH

NOTICES = {
    "sv": [
        'v.xlsx blad "Insatser": rubrikraden verkar vara rad 2; rad 1 läses inte in',
        'v.xlsx blad "Insatser" rad 4, kolumn "kommuner": "Kil" läses som kommunkoden 1715 (Kil)',
    ],
    "en": [
        'v.xlsx sheet "Insatser": the header row seems to be row 2; row 1 is not read',
        'v.xlsx sheet "Insatser" row 4, column "kommuner": "Kil" is read as municipality code 1715 (Kil)',
    ],
}
WORD = {"sv": "varning", "en": "warning"}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_import_notices_reach_the_cli_stderr(db, cli_env, dataset_name, tmp_path, lang) -> None:  # noqa: F811
    path = af.write_workbook(tmp_path / "v.xlsx", titles=af.TITLES)
    result = run(cli_env, "import", str(path), "--dataset", dataset_name, "--lang", lang, "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"{WORD[lang]}: {line}" for line in NOTICES[lang]]
    counts = next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == dataset_name)
    assert counts == {
        "strategies": 2,
        "goals": 3,
        "actions": 3,
        "indicators": 1,
        "observations": 2,
        "actors": 3,
        "links": 9,
    }


def test_import_notices_reach_the_cli_refusal_folded(db, cli_env, dataset_name, tmp_path) -> None:  # noqa: F811
    header, rows = af.SHEETS["Insatser"]
    path = af.write_workbook(tmp_path / "v.xlsx", af.sheets(Insatser=(["nummer", *header[1:]], rows)))
    result = run(cli_env, "import", str(path), "--dataset", dataset_name)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "ruslink: Importen avbröts: 1 problem hittades, och 6 följdfel. Inget har ändrats i databasen.",
        '  v.xlsx blad "Insatser", kolumn "id": kolumnen saknas; den krävs',
        '  v.xlsx blad "Kopplingar": och 6 följdfel i Kopplingar (t.ex. "A-01", "A-02", "A-03"); de försvinner när '
        "orsaken ovan är rättad",
    ]
    assert all(d["dataset"] != dataset_name for d in store.list_datasets(db))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_import_notices_reach_the_http_answer(client, db, dataset_name, tmp_path, lang) -> None:  # noqa: F811
    data = af.write_workbook(tmp_path / "v.xlsx", titles=af.TITLES).read_bytes()
    response = client.post(
        f"/api/datasets/{dataset_name}/import?lang={lang}", files={"file": ("v.xlsx", data)}, headers=AUTH
    )
    assert response.status_code == 200, response.text
    assert response.json()["warnings"] == NOTICES[lang]


def test_import_notices_http_refusal_names_the_empty_file(client, db, dataset_name) -> None:  # noqa: F811
    response = client.post(
        f"/api/datasets/{dataset_name}/import?lang=en", files={"file": ("v.xlsx", b"")}, headers=AUTH
    )
    assert response.status_code == 422
    assert response.json()["error"]["details"] == ["v.xlsx: the file is empty"]
    assert all(d["dataset"] != dataset_name for d in store.list_datasets(db))


def test_import_notices_kolada_outside_the_county_on_the_cli(db, cli_env, dataset_name, tmp_path) -> None:  # noqa: F811
    from tests.support.kolada import kolada_answer, kolada_dataset

    store.replace_dataset(db, dataset_name, kolada_dataset(area="17"))
    answer = kolada_answer(tmp_path / "kolada.json", {"1780": 96000.0, "0580": 168035.0})
    result = run(cli_env, "import-kolada", str(answer), "--dataset", dataset_name)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "varning: Värdena för Linköping (0580) gäller områden utanför datamängdens län, Värmlands län (17); de lästes "
        "in för de områdena, inte för regionen. Kontrollera att det var rätt Kolada-fil."
    ]
