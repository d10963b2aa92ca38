"""The evaluator's report: HTML and XLSX content, escaping, --compare, the CLI command and the HTTP page."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from viz.svg import layered_diagram


def test_report_svg_escapes_names_and_parses_as_xml() -> None:
    data = {"goal": "G", "actions": ["A"], "middle": ["M"], "edges": [("A", "M", 2), ("M", "G", 3)], "hidden": 0}
    svg = layered_diagram(
        data, {"A": "<script>alert(1)</script>", "M": "M & co", "G": "Mål"}, title="<t>", column_titles=("a", "b", "c")
    )
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and not any(e.tag.endswith("script") for e in root.iter())
    texts = [e.text for e in root.iter() if e.tag.endswith("text")]
    assert "<script>alert(1)</script>" in texts and "M & co" in texts
    assert len([e for e in root.iter() if e.tag.endswith("path")]) == 2
