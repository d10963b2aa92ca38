"""Saved Kolada answers become observations of the dataset's Kolada indicators, atomically."""

from __future__ import annotations

import json

import pytest

from graph import store
from graph.errors import ImportRefused
from graph.reference import DATA
from importers.export import read_content
from importers.kolada import import_kolada
from tests.support.kolada import kolada_answer, kolada_dataset

KOLADA = DATA / "kolada"


def test_kolada_v3_answer_adds_observations_per_gender(db, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, kolada_dataset())
    result = import_kolada(db, dataset_name, KOLADA / "v3_data_N01951_0580_2024.json")
    assert (result.added, result.replaced, result.unknown_kpis) == (3, 0, [])
    obs = sorted(
        (o.indicator, o.period, o.area, o.gender, o.value, o.source)
        for o in read_content(db, dataset_name).observations
    )
    assert obs == [
        ("POP", "2024", "0580", "K", 82526.0, "kolada"),
        ("POP", "2024", "0580", "M", 85509.0, "kolada"),
        ("POP", "2024", "0580", "T", 168035.0, "kolada"),
    ]


def test_kolada_reports_unknown_kpis_and_replaces_earlier_values(db, dataset_name) -> None:
    earlier = [
        {"indicator": "POP", "period": "2024", "value": 1.0, "area": "0580", "gender": "T", "source": "kolada"},
        {"indicator": "POP", "period": "2024", "value": 2.0, "area": "0580", "gender": "T"},
    ]
    store.replace_dataset(db, dataset_name, kolada_dataset(earlier))
    result = import_kolada(db, dataset_name, KOLADA / "v3_data_N00003-N01951_0580_2023-2024.json", "en")
    assert result.unknown_kpis == ["N00003"]
    assert result.replaced == 1 and "N00003" in result.warnings[0]
    obs = read_content(db, dataset_name).observations
    totals = sorted((o.period, o.value, o.source) for o in obs if o.gender == "T")
    assert totals == [("2023", 167404.0, "kolada"), ("2024", 2.0, None), ("2024", 168035.0, "kolada")]
    assert not any(o.indicator == "OWN" for o in obs)


def test_kolada_importing_twice_changes_nothing(db, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, kolada_dataset())
    import_kolada(db, dataset_name, KOLADA / "v3_data_N01951_0580_2024.json")
    first = read_content(db, dataset_name)
    import_kolada(db, dataset_name, KOLADA / "v3_data_N01951_0580_2024.json")
    assert read_content(db, dataset_name) == first


def test_kolada_empty_answer_is_refused_and_changes_nothing(db, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, kolada_dataset())
    key = store.current_key(db, dataset_name)
    with pytest.raises(ImportRefused):
        import_kolada(db, dataset_name, KOLADA / "v3_data_empty_result.json")
    assert store.current_key(db, dataset_name) == key


def test_kolada_broken_file_is_refused(db, dataset_name, tmp_path) -> None:
    store.replace_dataset(db, dataset_name, kolada_dataset())
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"values": [{"no": "kpi"}]}), encoding="utf-8")
    with pytest.raises(ImportRefused, match="bad.json"):
        import_kolada(db, dataset_name, bad)


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            "Värdena för Östergötlands län (05), Linköping (0580) gäller områden utanför datamängdens län, "
            "Värmlands län (17); de lästes in för de områdena, inte för regionen. Kontrollera att det var rätt "
            "Kolada-fil.",
        ),
        (
            "en",
            "The values for Östergötlands län (05), Linköping (0580) are for areas outside the dataset's county, "
            "Värmlands län (17); they were loaded for those areas, not for the region. Check that this is the right "
            "Kolada file.",
        ),
    ],
)
def test_kolada_values_outside_the_county_are_named(db, dataset_name, tmp_path, lang, expected) -> None:
    store.replace_dataset(db, dataset_name, kolada_dataset(area="17"))
    answer = kolada_answer(
        tmp_path / "kolada.json", {"0017": 283000.0, "1780": 96000.0, "0580": 168035.0, "0005": 470000.0}
    )
    result = import_kolada(db, dataset_name, answer, lang)
    assert result.warnings == [expected]
    obs = sorted((o.area or "", o.value) for o in read_content(db, dataset_name).observations)
    assert obs == [("", 283000.0), ("05", 470000.0), ("0580", 168035.0), ("1780", 96000.0)]


def test_kolada_values_inside_the_county_need_no_warning(db, dataset_name, tmp_path) -> None:
    store.replace_dataset(db, dataset_name, kolada_dataset(area="17"))
    result = import_kolada(db, dataset_name, kolada_answer(tmp_path / "kolada.json", {"0017": 1.0, "1715": 2.0}))
    assert result.warnings == []
