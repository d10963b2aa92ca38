"""The evaluator's report as a workbook: a scorecard sheet, an indicator sheet and one sheet per analysis.

Every sheet has its headers in row 1, frozen, with an autofilter; every text cell goes through
`graph.safe_cells.neutralise`, so a name such as `=HYPERLINK(...)` stays text in Excel.
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from graph.analyses import ANALYSIS_NAMES
from graph.i18n import t
from graph.safe_cells import neutralise
from viz.followup import LIGHTS
from viz.report_data import Report, finding_label

SCORECARD_COLUMNS = (
    "id",
    "name",
    "level",
    "goal_area",
    "actions",
    "active_actions",
    "plans",
    "actors",
    "indicator_count",
    "trends",
    "completeness",
    "severity",
)
FINDING_COLUMNS = (
    "kind",
    "kind_code",
    "severity",
    "subject",
    "subject_name",
    "related",
    "related_names",
    "explanation",
)


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return neutralise(value)


def _sheet(book: Workbook, title: str, headers: list[str], rows: list[list[Any]]) -> None:
    sheet = book.create_sheet(title[:31])
    sheet.append([_cell(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(v) for v in row])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    for i, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(r[i - 1])) for r in rows[:200] if r[i - 1] is not None])
        sheet.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))


def _followup_sheets(book: Workbook, report: Report) -> None:
    """Goal × period (one row per goal and period, the traffic-light counts) and the latest reports."""
    lang, fu = report.lang, report.followup or {}

    def h(key: str) -> str:
        return t(f"report.fu.{key}", lang)

    lights = [t(f"light.{light}", lang) for light in LIGHTS]
    _sheet(
        book,
        t("xlsx.followup", lang),
        [h("goal"), t("xlsx.name", lang), h("period"), *lights],
        [
            [g["id"], g["name"], period, *[g["cells"][period][light] for light in LIGHTS]]
            for g in fu["goals"]
            for period in fu["periods"]
        ],
    )
    _sheet(
        book,
        t("xlsx.reports", lang),
        [
            h("goal"),
            h("action"),
            t("xlsx.name", lang),
            h("plan"),
            h("status"),
            h("light"),
            t("xlsx.explanation", lang),
            h("period"),
            h("progress"),
            h("spent"),
            h("comment"),
            h("reported_by"),
        ],
        [
            [
                g["id"],
                a["id"],
                a["name"],
                a["plan"],
                a["status_name"],
                a["light_name"],
                a["reason"],
                a["period"],
                a["progress"],
                a["spent_sek"],
                a["comment"],
                a["reported_by"],
            ]
            for g in fu["goals"]
            for a in g["actions"]
        ],
    )


def render_xlsx(report: Report) -> bytes:
    """The report as .xlsx bytes."""
    lang = report.lang

    def h(key: str) -> str:
        return t(f"xlsx.{key}", lang)

    book = Workbook()
    book.remove(book.active)
    _sheet(
        book,
        h("scorecard"),
        [h(c) for c in SCORECARD_COLUMNS],
        [
            [
                c["id"],
                c["name"],
                t(f"report.level.{c['level']}", lang),
                report.name(c["area"]) if c["area"] else "",
                c["actions"],
                c["active_actions"],
                [report.name(p) for p in c["plans"]],
                [report.name(a) for a in c["actors"]],
                len(c["indicators"]),
                [f"{i['name']}: {t('trend.' + i['trend'], lang)}" for i in c["indicators"]],
                c["completeness"],
                t(f"severity.{c['severity']}", lang),
            ]
            for c in report.scorecards
        ],
    )
    _sheet(
        book,
        h("indicators"),
        [
            h(c)
            for c in (
                "id",
                "name",
                "unit",
                "source",
                "direction",
                "baseline_value",
                "target_value",
                "latest_period",
                "latest_value",
            )
        ],
        [
            [
                i["id"],
                i["name"],
                i["unit"],
                i["source"],
                i["direction"],
                i["baseline_value"],
                i["target_value"],
                i["latest_period"],
                i["latest_value"],
            ]
            for i in report.indicators
        ],
    )
    for name in ANALYSIS_NAMES:
        # Sheets of analyses are named in words; the kind code column keeps the spec's codes for scripts.
        _sheet(
            book,
            h(f"sheet.{name}"),
            [h(c) for c in FINDING_COLUMNS],
            [
                [
                    finding_label(f, lang),
                    f.kind,
                    t(f"severity.{f.severity}", lang),
                    f.subject,
                    report.name(f.subject),
                    f.related,
                    [report.name(r) for r in f.related],
                    f.explanation,
                ]
                for f in report.results[name].findings
            ],
        )
    if report.followup:
        _followup_sheets(book, report)
    if report.compare:
        rows = []
        for a in report.compare["analyses"]:
            for status in ("new", "resolved"):
                rows += [
                    [
                        t(f"analysis.{a['name']}", lang),
                        h(status),
                        finding_label(f, lang),
                        f.subject,
                        report.name(f.subject),
                        f.related,
                        f.explanation,
                    ]
                    for f in a[status]
                ]
        _sheet(
            book,
            h("changes"),
            [h(c) for c in ("analysis", "change", "kind", "subject", "subject_name", "related", "explanation")],
            rows,
        )
        _sheet(
            book,
            h("movement"),
            [h(c) for c in ("id", "name", "unit", "then", "now", "change")],
            [[m["id"], m["name"], m["unit"], m["then"], m["now"], m["change"]] for m in report.compare["movement"]],
        )
        if report.compare.get("followup"):
            _sheet(
                book,
                h("moved"),
                [h("id"), h("name"), t("report.fu.then", lang), t("report.fu.now", lang)],
                [[m["id"], m["name"], m["then"], m["now"]] for m in report.compare["followup"]["actions"]],
            )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
