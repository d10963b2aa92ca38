"""From a document's blocks to rows: goals from numbered headings and lists, actions from tables and lists,
indicators from tables, and the links the document states.

Only lines that *start* with a goal word and a number ("Målområde 1", "Mål 2", "Prioritering 3",
"Delmål 2.1") are goals, and not when they sit in a section about other documents ("Koppling till RUS")
or name another document: prose quoting the RUS is context, not this document's goals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.ingest.blocks import Block, Document
from importers.ingest.resolve import rus_refs

_TARGET = re.compile(r"^(?:delmål|delprioritering|mål|prioritering)\s+(\d+)\.(\d+)\s*[.:–—-]?\s+(.+)$", re.I)
_GOAL = re.compile(r"^(?:mål|prioritering|strategiskt mål|effektmål)\s+(\d+)(?![.\d])\s*[.:–—-]?\s+(.+)$", re.I)
_AREA = re.compile(r"^(?:målområde|fokusområde|insatsområde|temaområde)\s+(\d+)\s*[.:–—-]?\s+(.+)$", re.I)
_OTHER_DOCUMENT = re.compile(r"\bRUS\b|utvecklingsstrategi|agenda 2030|nationella strategin|^[”\"'“«]", re.I)
_REFERENCE_SECTION = re.compile(
    r"\bRUS\b|utvecklingsstrategi|koppling till|förhållande till|andra strategier"
    r"|andra planer|nationell|agenda 2030|bakgrund",
    re.I,
)
_ACTION_SECTION = re.compile(r"insats|åtgärd|aktivitet", re.I)
_REF = re.compile(r"(målområde|delmål|mål|prioritering)?\s*(\d+(?:\.\d+)?)", re.I)
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_NUMBER = re.compile(r"-?\d[\d\u00a0 ]*(?:[.,]\d+)?")
_KOLADA = re.compile(r"\b([NU]\d{5})\b")
MAX_PROSE = 250

ACTION_COLUMNS = (
    ("name", r"^(insats|åtgärd|aktivitet)"),
    ("description", r"beskrivning|innehåll|syfte"),
    ("responsible", r"^ansvarig|huvudansvar"),
    ("participants", r"medverkande|samverkan|partner|involverade"),
    ("schedule", r"tidsplan|^tid|period"),
    ("contributes", r"bidrar|koppling|^mål|delmål"),
    ("budget", r"budget|kostnad"),
)
INDICATOR_COLUMNS = (
    ("name", r"^indikator|^mått"),
    ("kolada", r"kolada|kpi|^id"),
    ("baseline", r"utgångs|basvärde|basår"),
    ("target", r"målvärde|målnivå|mål 20"),
    ("unit", r"^enhet"),
    ("measures", r"följer upp|mäter|^mål|delmål"),
)


@dataclass
class Found:
    """What a document states, with ids local to the document (`1`, `1.1`, `MO1`) and pages."""

    goals: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    years: tuple[int, int] | None = None


def goal_line(text: str) -> tuple[str, str, str, str | None] | None:
    """(local id, level, name, parent's local id) of a goal line, or None."""
    if m := _TARGET.match(text):
        return f"{m[1]}.{m[2]}", "target", m[3].strip(), m[1]
    if m := _GOAL.match(text):
        return m[1], "goal", m[2].strip(), None
    if m := _AREA.match(text):
        return f"MO{m[1]}", "goal_area", m[2].strip(), None
    return None


def _columns(header: list[str], spec: tuple[tuple[str, str], ...]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        label = cell.strip().lower()
        for role, pattern in spec:
            if role not in roles and re.search(pattern, label):
                roles[role] = index
                break
    return roles


def refs(text: str) -> list[str]:
    """Local goal ids named in a "Bidrar till" cell ("Delmål 1.1, mål 3" → ["1.1", "3"]); RUS goals skipped."""
    out = []
    for part in re.split(r"[,;]|\boch\b", text or ""):
        if re.search(r"\bRUS\b|utvecklingsstrategi", part, re.I):
            continue
        for m in _REF.finditer(part):
            word = (m[1] or "").lower()
            out.append(f"MO{m[2]}" if word == "målområde" else m[2])
    return out


def names(text: str) -> list[str]:
    """Actor names in a cell: separated by commas, semicolons or "och"."""
    return [n.strip(" .") for n in re.split(r"[,;/]|\boch\b", text or "") if n.strip(" .")]


def measure(text: str) -> tuple[float | None, int | None, str | None]:
    """(value, year, unit) of "36,5 % (2022)"."""
    year_match = _YEAR.search(text or "")
    year = int(year_match[1]) if year_match else None
    rest = _YEAR.sub(" ", text or "")
    number = _NUMBER.search(rest)
    value = float(number[0].replace("\u00a0", "").replace(" ", "").replace(",", ".")) if number else None
    unit = "%" if "%" in (text or "") else None
    return value, year, unit


def _years(text: str) -> tuple[int, int] | None:
    m = re.search(r"\b(20\d{2})\s*[–—-]\s*(20\d{2})\b", text or "")
    return (int(m[1]), int(m[2])) if m else None


def _action_from_table(row: list[str], cols: dict[str, int], page: int) -> dict | None:
    def cell(role: str) -> str:
        i = cols.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""

    name = cell("name")
    if not name:
        return None
    years = [int(y) for y in _YEAR.findall(cell("schedule"))]
    return {
        "name": name,
        "description": cell("description") or None,
        "responsible": names(cell("responsible")),
        "participants": names(cell("participants")),
        "contributes": refs(cell("contributes")),
        "contributes_rus": rus_refs(cell("contributes")),
        "start": str(years[0]) if years else None,
        "end": str(years[-1]) if len(years) > 1 else None,
        "page": page,
    }


def _action_from_bullet(text: str, page: int) -> dict:
    cut = re.search(r"\s[–—-]\s|:\s|\.\s", text)
    name = text[: cut.start()].strip() if cut else text.strip(" .")
    rest = text[cut.end() :] if cut else ""

    def field_of(pattern: str) -> str:
        m = re.search(pattern + r"\s*:?\s*([^;.]+)", rest, re.I)
        return m[1] if m else ""

    years = [int(y) for y in _YEAR.findall(field_of(r"tidsplan|period"))]
    contributes = re.search(r"bidrar till\s*:?\s*([^;]+)", rest, re.I)  # "delmål 2.2." keeps its dot
    return {
        "name": name,
        "description": rest.strip() or None,
        "responsible": names(field_of(r"ansvarig")),
        "participants": names(field_of(r"medverkande")),
        "contributes": refs(contributes[1] if contributes else ""),
        "contributes_rus": rus_refs(contributes[1] if contributes else ""),
        "start": str(years[0]) if years else None,
        "end": str(years[-1]) if len(years) > 1 else None,
        "page": page,
    }


def _indicator(row: list[str], cols: dict[str, int], page: int) -> dict | None:
    def cell(role: str) -> str:
        i = cols.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""

    if not cell("name"):
        return None
    kolada = _KOLADA.search(cell("kolada") or cell("name"))
    base, base_year, unit = measure(cell("baseline"))
    target, target_year, unit2 = measure(cell("target"))
    return {
        "name": cell("name"),
        "source_ref": kolada[1] if kolada else None,
        "baseline_value": base,
        "baseline_year": base_year,
        "target_value": target,
        "target_year": target_year,
        "unit": cell("unit") or unit or unit2,
        "measures": refs(cell("measures")),
        "page": page,
        "direction": None
        if base is None or target is None or base == target
        else ("increase" if target > base else "decrease"),
    }


def parse(document: Document) -> Found:
    """Everything the document states, in document order."""
    found = Found(years=_years(document.title))
    section = ""
    area: str | None = None
    current: dict | None = None
    last_table: tuple[str, dict[str, int], int] | None = None
    for block in document.blocks:
        if block.kind == "table":
            last_table = _table(block, found, last_table)
            current = None
            continue
        text = block.text.strip()
        if found.years is None and block.page <= 2:
            found.years = _years(text)
        line = goal_line(text)
        own = (
            line is not None
            and not _REFERENCE_SECTION.search(section)
            and not _OTHER_DOCUMENT.search(text)
            and (block.kind != "paragraph" or len(text) <= MAX_PROSE)
        )
        if own and line is not None:
            local, level, name, parent = line
            if level == "goal_area":
                area, parent = local, None
            elif level == "goal":
                parent = area
            current = {
                "local": local,
                "level": level,
                "name": name.rstrip("."),
                "parent": parent,
                "description": None,
                "page": block.page,
            }
            found.goals.append(current)
            continue
        if block.kind == "heading":
            section, current = text, None
            continue
        if block.kind == "bullet" and _ACTION_SECTION.search(section) and not _REFERENCE_SECTION.search(section):
            found.actions.append(_action_from_bullet(text, block.page))
            current = None
            continue
        if current is not None and block.kind == "paragraph" and current["description"] is None:
            current["description"] = text
    return found


def _table(block: Block, found: Found, last: tuple[str, dict[str, int], int] | None):
    """Read one table; a table without a header row continues the previous one (a table over a page break)."""
    rows = [r for r in block.rows if any(c.strip() for c in r)]
    if not rows:
        return last
    header = [c.lower() for c in rows[0]]
    action_cols = _columns(header, ACTION_COLUMNS)
    indicator_cols = _columns(header, INDICATOR_COLUMNS)
    if "name" in action_cols and re.match(r"^(insats|åtgärd|aktivitet)", header[action_cols["name"]]):
        kind, cols, body = "actions", action_cols, rows[1:]
    elif "name" in indicator_cols and re.match(r"^(indikator|mått)", header[indicator_cols["name"]]):
        kind, cols, body = "indicators", indicator_cols, rows[1:]
    elif last is not None and len(rows[0]) == last[2]:
        kind, cols, body = last[0], last[1], rows
    else:
        return None
    for row in body:
        item = _action_from_table(row, cols, block.page) if kind == "actions" else _indicator(row, cols, block.page)
        if item is not None:
            getattr(found, kind).append(item)
    return kind, cols, len(rows[0])
