"""Area cells (`actions.areas`) read as Swedish municipality and county codes, checked against the bundled list.

The format separates codes with `|`; analysts also type `1784, 1765`, `1784;1765`, `1784 1765` or the
municipality's name (`Kil`, `Kils kommun`). All of these are read, a name as the one code it matches (and the
analyst is told which), and a code or name that is no Swedish municipality or county is refused: an unchecked
area would make the territorial analyses report gaps that are not there. Swedish Excel reads `1784,1765` typed
in a cell as the decimal number 1784.1765; that is read back as the two codes it was.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graph.reference import reference_rows

_SPLIT = re.compile(r"[|,;\n\r\t]+")
_DECIMAL_PAIR = re.compile(r"^(\d{3,4})\.(\d{1,4})$")


@dataclass
class Areas:
    """What an area cell holds: the codes read, names read as codes, and parts that are no area."""

    codes: list[str] = field(default_factory=list)
    named: list[tuple[str, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _areas() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(code → name, lower-case name → code, code → county code) of every municipality and county."""
    names: dict[str, str] = {}
    by_name: dict[str, str] = {}
    counties: dict[str, str] = {}
    for row in reference_rows()[0]:
        if row["kind"] in ("municipality", "county"):
            names[row["code"]] = row["name_sv"]
            by_name[row["name_sv"].lower()] = row["code"]
            counties[row["code"]] = row.get("county") or row["code"]
    return names, by_name, counties


def area_name(code: str) -> str | None:
    """The Swedish name of a municipality or county code, or None."""
    return _areas()[0].get(code)


def county_of(code: str) -> str | None:
    """The county code of a municipality code ('0580' → '05'); a county code is its own county."""
    return _areas()[2].get(code)


def _code(text: str) -> str | None:
    """A known code for a code or name as typed, or None."""
    names, by_name, _ = _areas()
    text = text.strip().removeprefix("area:").strip()
    if text.isdigit():
        code = text.zfill(4) if len(text) == 3 else text.zfill(2) if len(text) == 1 else text
        return code if code in names else None
    lower = " ".join(text.lower().split())
    for candidate in (
        lower,
        lower.removesuffix(" kommun"),
        lower.removesuffix("s kommun"),
        lower.removesuffix(" stad"),
        lower.removesuffix("s stad"),
    ):
        if candidate in by_name:
            return by_name[candidate]
    return None


def nearest_area(text: str) -> str | None:
    """The code of the one municipality or county whose name is a likely typo of `text` (`Kill` → 1715)."""
    names, by_name, _ = _areas()
    if text.strip().isdigit() or len(text) > 100:  # a pasted paragraph is no typo of a name
        return None
    found = difflib.get_close_matches(" ".join(text.lower().split()), list(by_name), n=2, cutoff=0.8)
    return by_name[found[0]] if len(found) == 1 else None


def _parts(raw: Any) -> list[str]:
    if isinstance(raw, list):
        return [p for item in raw for p in _parts(item)]
    if isinstance(raw, bool) or raw is None:
        return [str(raw)] if raw is not None else []
    if isinstance(raw, int):
        return [str(raw)]
    if isinstance(raw, float):
        if raw.is_integer():
            return [str(int(raw))]
        pair = _DECIMAL_PAIR.match(f"{raw:.4f}".rstrip("0"))
        if pair:  # `1784,1765` that Swedish Excel took for a decimal number
            return [pair.group(1), pair.group(2).ljust(4, "0")]
        return [repr(raw)]
    return [p.strip() for p in _SPLIT.split(str(raw)) if p.strip()]


def read_areas(raw: Any) -> Areas:
    """The areas of a cell: codes in the order given (each once), names read as codes, unknown parts."""
    out = Areas()
    for part in _parts(raw):
        code = _code(part)
        found: list[tuple[str, str | None]] = [(part, code)]
        if code is None and " " in part.strip():
            words = part.split()
            if all(_code(w) for w in words):  # `1784 1765`: spaces as separators
                found = [(w, _code(w)) for w in words]
        for text, code in found:
            if code is None:
                out.unknown.append(text)
                continue
            if not text.strip().removeprefix("area:").strip().isdigit():
                out.named.append((text, code))
            if code not in out.codes:
                out.codes.append(code)
    return out
