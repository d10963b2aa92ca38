"""Edit operations on a dataset's rows, checked like an import (pure: no database needed for these rules)."""

from __future__ import annotations

from graph.change_ops import apply_ops, stale_rows, undo_ops
from tests.support.uihelpers import small_dataset


def _ok(ops):
    applied, problems = apply_ops(small_dataset(), ops)
    assert problems == [] and applied is not None
    return applied


def _refused(ops, lang="sv") -> list[str]:
    applied, problems = apply_ops(small_dataset(), ops, lang)
    assert applied is None and problems
    return problems


def test_removing_an_indicator_removes_its_links_and_observations() -> None:
    applied = _ok([{"op": "remove", "table": "indicators", "id": "I1"}])
    assert not any(o.indicator == "I1" for o in applied.content.observations)
    assert not any("I1" in (lk.from_, lk.to) for lk in applied.content.links)
    assert [t.table for t in applied.touched].count("observations") == 4


def test_links_and_observations_are_named_by_their_columns() -> None:
    applied = _ok(
        [
            {
                "op": "update",
                "table": "links",
                "row": {"from": "A4", "type": "contributes_to", "to": "RUS-2.1"},
                "set": {"score": "-3", "rationale": "Ny bedömning"},
            },
            {
                "op": "update",
                "table": "observations",
                "row": {"indicator": "I1", "period": 2021},
                "set": {"value": "79,5"},
            },
        ]
    )
    link = next(lk for lk in applied.content.links if (lk.from_, lk.to) == ("A4", "RUS-2.1"))
    assert (link.score, link.rationale) == (-3, "Ny bedömning")
    assert next(o.value for o in applied.content.observations if o.period == "2021") == 79.5


def test_problems_name_the_operation_and_field_in_both_languages() -> None:
    problems = _refused(
        [
            {"op": "add", "table": "actions", "row": {"id": "A1", "strategy": "S3", "name": "Dubblett"}},
            {"op": "update", "table": "actions", "id": "A2", "set": {"id": "A9"}},
            {"op": "update", "table": "actions", "id": "A99", "set": {"name": "x"}},
            {"op": "add", "table": "tabell", "row": {}},
            "inte ett objekt",
        ]
    )
    assert problems[0] == 'changes[0] (lägg till actions "A1"), fält "id": id "A1" finns redan (actions "A1")'
    assert problems[1].startswith('changes[1] (uppdatera actions "A2"), fält "id": fältet pekar ut raden')
    assert problems[2] == 'changes[2] (uppdatera actions "A99"), fält "id": ingen rad i actions har "A99"'
    assert problems[3].startswith('changes[3] (lägg till), fält "table": "tabell" är ingen tabell i importformatet')
    assert problems[4].startswith("changes[4]: ändringen ska vara ett objekt")
    english = _refused([{"op": "update", "table": "goals", "id": "RUS-1.1", "set": {"parent": "RUS-1.1"}}], "en")
    assert english == ['changes[0] (update goals "RUS-1.1"), field "parent": the row points to itself ("RUS-1.1")']
    assert _refused({"not": "a list"}) == [
        'fält "changes": en lista med minst en ändring (op, table och row, id eller set) krävs här'
    ]


def test_removing_the_rus_names_the_operation_that_did_it() -> None:
    problems = _refused([{"op": "remove", "table": "strategies", "id": "RUS"}])
    assert all(p.startswith('changes[0] (ta bort strategies "RUS"): ') for p in problems)
    assert any('goals "RUS-1", fält "strategy": ingen rad har id "RUS"' in p for p in problems)


def test_undo_puts_back_what_a_change_touched_and_knows_when_it_is_stale() -> None:
    original = small_dataset()
    applied = _ok(
        [
            {"op": "remove", "table": "actions", "id": "A1"},
            {"op": "update", "table": "goals", "id": "S3-M1", "set": {"description": "Ny"}},
        ]
    )
    touched = [t.as_json() for t in applied.touched]
    assert stale_rows(applied.content, touched) == []
    back, problems = apply_ops(applied.content, undo_ops(touched))
    assert problems == []
    key = lambda lk: (lk.from_, lk.type, lk.to)  # noqa: E731
    assert sorted(back.content.links, key=key) == sorted(original.links, key=key)
    assert {a.id for a in back.content.actions} == {a.id for a in original.actions}
    assert next(g for g in back.content.goals if g.id == "S3-M1").description is None
    later, _ = apply_ops(applied.content, [{"op": "update", "table": "goals", "id": "S3-M1", "set": {"name": "B"}}])
    assert stale_rows(later.content, touched) == [("goals", ("S3-M1",))]


def test_removing_an_action_removes_its_progress_reports_and_reports_are_named_by_action_and_period() -> None:
    content = small_dataset().model_copy(update={"progress": []})
    content = content.model_validate(
        {
            **content.model_dump(by_alias=True),
            "progress": [
                {"action": "A1", "period": "2025", "progress": 40},
                {"action": "A2", "period": "2025", "progress": 10},
            ],
        }
    )
    applied, problems = apply_ops(
        content,
        [
            {"op": "update", "table": "progress", "row": {"action": "A2", "period": "2025"}, "set": {"progress": 60}},
            {"op": "remove", "table": "actions", "id": "A1"},
        ],
    )
    assert problems == []
    assert [(p.action, p.progress) for p in applied.content.progress] == [("A2", 60)]
