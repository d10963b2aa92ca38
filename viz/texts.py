"""Helpers for the viz layer's words. Its catalogue is `viz/texts_ui.py` (web UI, exports) and
`viz/texts_report.py` (the report), loaded explicitly by `graph.i18n` with the other layers' catalogues.
"""

from __future__ import annotations

JS_KEYS = (
    "visible",
    "of",
    "nodes",
    "links",
    "findings_here",
    "no_findings_here",
    "focus",
    "goal_chain",
    "show_all",
    "saved",
    "view",
    "delete",
    "go",
    "meeting_hint",
    "search_hits",
    "search_none",
    "exported",
    "marks",
    "rationale",
    "basis",
    "strength",
    "view_default_name",
    "offline_note",
    "loading",
    "meeting_hint_esc",
    "legend",
    "only_actor",
)


def js_texts(lang: str) -> dict[str, str]:
    """The words the browser scripts show, for a `<script type="application/json">` block."""
    from graph.i18n import t

    return {key: t(f"js.{key}", lang) for key in JS_KEYS} | {"illustrative": t("illustrative", lang)}


def kind_name(kind: str, lang: str) -> str:
    """A finding's kind in words; a kind added later by an analysis shows as it is named."""
    from graph.i18n import t

    try:
        return t(f"fkind.{kind}", lang)
    except KeyError:
        return kind
