"""A broken dataset is refused with every problem listed (file, row, column) and the database unchanged."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from graph.errors import ImportRefused
from importers.load import read_dataset, read_uploaded
from tests.data import sample
from tests.support.import_errors import csv_folder


def _problems(path: Path, lang: str = "sv") -> list[str]:
    with pytest.raises(ImportRefused) as refused:
        read_dataset(path, lang)
    return refused.value.details


STRATEGIES = "id,name,kind,parent,owner\nRUS,RUS,rus,,RV\nS3,S3,plan,RUS,RV\n"
GOALS = "id,strategy,name,level,parent\nRUS-1,RUS,Mål,goal_area,\nRUS-1.1,RUS,Mål,,RUS-1\nS3-1,S3,Planmål,,\n"


@pytest.mark.parametrize(
    "tables, expected",
    [
        (
            {"links": "from,type,to,score\nA-1,contributes_to,S3-1,2\nA-1,contributes_to,RUS-9,1\n"},
            'links.csv rad 3, kolumn "to": ingen rad har id "RUS-9"',
        ),
        (
            {
                "actors": "id,name,kind\nRV,Region,region\nRSR,Råd,forum\nALMI,Almi,business_support\nA-1,Dubblett,other\n"
            },
            'actors.csv rad 5, kolumn "id": id "A-1" finns redan (actions.csv rad 2)',
        ),
        ({"goals": GOALS + "X,NOPE,Mål,,\n"}, 'goals.csv rad 5, kolumn "strategy": ingen rad har id "NOPE"'),
        ({"goals": GOALS + "X,RUS,Mål,,NOPE\n"}, 'goals.csv rad 5, kolumn "parent": ingen rad har id "NOPE"'),
        (
            {"goals": GOALS + "X,S3,Mål,,RUS-1\n"},
            'goals.csv rad 5, kolumn "parent": målet "RUS-1" hör till strategin "RUS", inte "S3"',
        ),
        (
            {
                "goals": "id,strategy,name,parent\nG1,RUS,a,G3\nG2,RUS,b,G1\nG3,RUS,c,G2\n"
                "RUS-1,RUS,x,\nRUS-1.1,RUS,y,\nS3-1,S3,z,\n"
            },
            'goals.csv rad 2, kolumn "parent": parent bildar en cykel: G1 → G3 → G2 → G1',
        ),
        (
            {"actions": "id,strategy,name\nA-1,S3,a\nA-2,NOPE,b\n"},
            'actions.csv rad 3, kolumn "strategy": ingen rad har id "NOPE"',
        ),
        (
            {"actions": "id,strategy,name\nA-1,S3,a\nA-2,RUS-1,b\n"},
            'actions.csv rad 3, kolumn "strategy": id "RUS-1" är en rad i goals, men här krävs en rad i strategies',
        ),
        (
            {"strategies": STRATEGIES + "P,Plan,plan,NOPE,RV\n"},
            'strategies.csv rad 4, kolumn "parent": ingen rad har id "NOPE"',
        ),
        (
            {"strategies": STRATEGIES + "P,Plan,plan,RUS,NOPE\n"},
            'strategies.csv rad 4, kolumn "owner": ingen rad har id "NOPE"',
        ),
        (
            {"observations": "indicator,period,value\nI-1,2022,1\nI-9,2023,2\n"},
            'observations.csv rad 3, kolumn "indicator": ingen rad har id "I-9"',
        ),
        (
            {"actors": "id,name,member_of\nRV,Region,RSR|NOPE\nRSR,Råd,\nALMI,Almi,\n"},
            'actors.csv rad 2, kolumn "member_of": ingen rad har id "NOPE"',
        ),
        (
            {"links": "from,type,to\nA-1,supports,S3-1\n"},
            'links.csv rad 2, kolumn "type": "supports" är inget tillåtet värde; tillåtna: bidrar till, påverkar, '
            "följs upp med, ansvarig för, medverkar i",
        ),
        (
            {"links": "from,type,to\nI-1,contributes_to,S3-1\n"},
            'links.csv rad 2, kolumn "from": contributes_to kan inte gå från en rad i indicators; tillåtet: actions, goals',
        ),
        (
            {"links": "from,type,to\nRV,responsible_for,S3-1\n"},
            'links.csv rad 2, kolumn "to": responsible_for kan inte gå till en rad i goals; tillåtet: actions',
        ),
        (
            {"links": "from,type,to,score\nA-1,contributes_to,S3-1,4\n"},
            'links.csv rad 2, kolumn "score": poängen 4 ligger utanför skalan −3 … +3',
        ),
        (
            {"links": 'from,type,to,score\nA-1,contributes_to,S3-1,"1,5"\n'},
            'links.csv rad 2, kolumn "score": "1,5" är inget heltal',
        ),
        (
            {"links": "from,type,to,score\nS3-1,interacts_with,RUS-1,\n"},
            'links.csv rad 2, kolumn "score": interacts_with kräver en poäng (−3 … +3)',
        ),
        (
            {"links": "from,type,to\nRUS-1,contributes_to,sdg:99\n"},
            'links.csv rad 2, kolumn "to": "sdg:99" finns inte i ruslinks referensdata (Agenda 2030, nationella strategin, '
            "kommuner och län)",
        ),
        (
            {"strategies": "id,name,kind\nRUS,RUS,plan\nS3,S3,plan\n"},
            'strategies.csv, kolumn "kind": ingen strategi har kind "rus"; exakt en krävs',
        ),
        (
            {"strategies": STRATEGIES + "R2,Andra RUS,rus,,\n"},
            'strategies.csv rad 4, kolumn "kind": en andra strategi med kind "rus" (den första: strategies.csv rad 2); '
            "exakt en är tillåten",
        ),
        (
            {"strategies": STRATEGIES + "P,Plan,budget,RUS,\n"},
            'strategies.csv rad 4, kolumn "kind": "budget" är inget tillåtet värde; tillåtna: rus, plan, nationell, '
            "internationell, kommunal",
        ),
        (
            {"goals": GOALS + "X,RUS,Mål,nivå 2,\n"},
            'goals.csv rad 5, kolumn "level": "nivå 2" är inget tillåtet värde; tillåtna: vision, målområde, mål, delmål',
        ),
        (
            {"actions": "id,strategy,name,status\nA-1,S3,a,klar\nA-2,S3,b,\n"},
            'actions.csv rad 2, kolumn "status": "klar" är inget tillåtet värde; tillåtna: planerad, pågående, avslutad, '
            "pausad, avbruten",
        ),
        (
            {"indicators": "id,name,source,direction\nI-1,x,sweden,up\n"},
            'indicators.csv rad 2, kolumn "source": "sweden" är inget tillåtet värde; tillåtna: kolada, scb, brp+, egen, '
            "annan",
        ),
        (
            {"indicators": "id,name,source,direction\nI-1,x,,up\n"},
            'indicators.csv rad 2, kolumn "direction": "up" är inget tillåtet värde; tillåtna: öka, minska',
        ),
        (
            {"observations": "indicator,period,value,gender\nI-1,2022,1,X\n"},
            'observations.csv rad 2, kolumn "gender": "X" är inget tillåtet värde; tillåtna: T, K, M',
        ),
        (
            {"observations": "indicator,period,value\nI-1,2022,ungefär 3\n"},
            'observations.csv rad 2, kolumn "value": "ungefär 3" är inget tal',
        ),
        (
            {"actions": "id,strategy,name,budget_sek\nA-1,S3,a,en miljon\nA-2,S3,b,\n"},
            'actions.csv rad 2, kolumn "budget_sek": "en miljon" är inget tal',
        ),
        (
            {"actions": "id,strategy,name,start\nA-1,S3,a,våren 2022\nA-2,S3,b,\n"},
            'actions.csv rad 2, kolumn "start": "våren 2022" är varken ett datum (ÅÅÅÅ-MM-DD) eller ett årtal',
        ),
        (
            {"strategies": "id,name,kind,valid_from\nRUS,RUS,rus,tjugotjugo\nS3,S3,plan,\n"},
            'strategies.csv rad 2, kolumn "valid_from": "tjugotjugo" är inget årtal',
        ),
        ({"goals": "id,name,level\nRUS-1,Mål,goal\n"}, 'goals.csv, kolumn "strategy": kolumnen saknas; den krävs'),
        (
            {"goals": "id,strategy,name\nRUS-1,RUS,\nRUS-1.1,RUS,Mål\nS3-1,S3,Mål\n"},
            'goals.csv rad 2, kolumn "name": värde saknas; kolumnen krävs',
        ),
    ],
)
def test_import_refuses_each_kind_of_problem(tmp_path, tables, expected) -> None:
    assert expected in _problems(csv_folder(tmp_path, **tables))


def test_import_refuses_a_missing_required_table(tmp_path) -> None:
    folder = csv_folder(tmp_path)
    (folder / "links.csv").unlink()
    assert _problems(folder) == ['links.csv: tabellen "links" saknas; den krävs']


def test_import_lists_every_problem_in_english(tmp_path) -> None:
    folder = csv_folder(
        tmp_path,
        links="from,type,to,score\nA-1,contributes_to,RUS-9,1\nA-1,contributes_to,S3-1,9\nX-1,contributes_to,S3-1,\n",
    )
    assert _problems(folder, "en") == [
        'links.csv row 2, column "to": no row has id "RUS-9"',
        'links.csv row 3, column "score": score 9 is outside the scale −3 … +3',
        'links.csv row 4, column "from": no row has id "X-1"',
    ]


def test_import_refuses_a_file_in_neither_utf8_nor_cp1252(tmp_path) -> None:
    folder = csv_folder(tmp_path)
    (folder / "goals.csv").write_bytes(b"id,strategy,name\nG,RUS,\x81\x8d\x90\n")
    assert _problems(folder) == ["goals.csv: filen går inte att läsa som UTF-8 eller Windows-1252"]


def test_import_refuses_a_corrupt_workbook(tmp_path) -> None:
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    problems = _problems(path)
    assert len(problems) == 1 and problems[0].startswith("trasig.xlsx: filen är ingen läsbar Excel-arbetsbok (.xlsx)")


def test_import_refuses_invalid_json(tmp_path) -> None:
    path = tmp_path / "data.json"
    path.write_text('{"strategies": [', encoding="utf-8")
    problems = _problems(path)
    assert len(problems) == 1 and problems[0].startswith("data.json: filen är ingen giltig JSON")


def test_import_names_sheet_and_json_item_in_messages(tmp_path) -> None:
    doc = sample.json_document()
    doc["links"][0]["to"] = "RUS-9"
    path = tmp_path / "data.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert _problems(path) == ['data.json tabell "links" post 1, kolumn "to": ingen rad har id "RUS-9"']
    from openpyxl import load_workbook

    book_path = sample.write_xlsx(tmp_path / "bok.xlsx")
    book = load_workbook(book_path)
    book["Links"]["C2"] = "RUS-9"
    book.save(book_path)
    assert _problems(book_path) == ['bok.xlsx blad "links" rad 2, kolumn "to": ingen rad har id "RUS-9"']


def test_import_upload_of_a_zip_reads_the_csv_files(tmp_path) -> None:
    folder = sample.write_csv_folder(tmp_path / "csv")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in folder.iterdir():
            archive.write(path, f"export/{path.name}")
    assert read_uploaded("data.zip", buffer.getvalue()).content == read_dataset(folder).content


def test_import_duplicate_id_points_to_the_first_row_in_the_same_language(tmp_path) -> None:
    folder = csv_folder(tmp_path, goals=GOALS + "A-2,RUS,Dubblett,,\n")
    assert _problems(folder, "en") == ['actions.csv row 3, column "id": id "A-2" already exists (goals.csv row 5)']


def test_import_missing_table_still_checks_the_rest(tmp_path) -> None:
    folder = csv_folder(tmp_path, goals=GOALS + "X,NOPE,Mål,,\n")
    (folder / "links.csv").unlink()
    assert _problems(folder) == [
        'goals.csv rad 5, kolumn "strategy": ingen rad har id "NOPE"',
        'links.csv: tabellen "links" saknas; den krävs',
    ]


def test_import_of_a_folder_without_tables_names_the_folder(tmp_path) -> None:
    folder = tmp_path / "min-export"
    folder.mkdir()
    with pytest.raises(ImportRefused) as caught:
        read_dataset(folder)
    assert caught.value.details == ["min-export: hittade inga tabeller (strategies, goals, links, ...)"]
