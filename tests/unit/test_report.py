"""The evaluator's report: HTML and XLSX content, escaping, --compare, the CLI command and the HTTP page."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from tests.support.report_data import load_hostile
from viz.svg import layered_diagram


@pytest.fixture(scope="module")
def hostile(db) -> str:
    return load_hostile(db, f"t-{uuid.uuid4().hex[:10]}")


class _Tags(HTMLParser):
    """Collects the tags and the text of an HTML document as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.sources += [v for k, v in attrs if k in ("src", "href") and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


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
