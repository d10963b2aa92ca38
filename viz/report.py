"""The evaluator's report in the form asked for: HTML (self-contained, printable) or XLSX."""

from __future__ import annotations

from pathlib import Path

from graph.errors import InvalidInput
from graph.i18n import t
from graph.report_input import ReportInput

FORMATS = ("html", "xlsx")


def format_of(path: Path, lang: str = "sv") -> str:
    """'html' or 'xlsx' from a file name; anything else is refused with a sentence saying what works."""
    suffix = path.suffix.lower().lstrip(".")
    fmt = "html" if suffix == "htm" else suffix
    if fmt not in FORMATS:
        raise InvalidInput(t("report.bad_format", lang, name=path.name))
    return fmt


def report_bytes(given: ReportInput, fmt: str, *, lang: str = "sv") -> bytes:
    """The report as HTML (UTF-8) or XLSX bytes, from what `graph.report_input.collect` read."""
    from viz.report_data import gather

    report = gather(given, lang=lang)
    if fmt == "xlsx":
        from viz.report_xlsx import render_xlsx

        return render_xlsx(report)
    from viz.report_html import render_html

    return render_html(report).encode("utf-8")
