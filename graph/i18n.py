"""Translation for what users read: Swedish by default, English as the switch.

Each layer has one catalogue of texts, a module with a `TEXTS` dict literal: `graph.texts`, `importers.texts`,
`viz.texts_ui` with `viz.texts_report`, `app.texts`. They are loaded explicitly, once, the first time a text is
asked for (`load`), not by importing the modules that use them; a key given twice — inside one catalogue or in
two — is refused.
Keys are stable English identifiers.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import threading
from collections.abc import Mapping
from typing import Literal

Lang = Literal["sv", "en"]
LANGS: tuple[str, ...] = ("sv", "en")

CATALOGUES: tuple[str, ...] = (
    "graph.texts",
    "importers.texts",
    "viz.texts_ui",
    "viz.texts_report",
    "app.texts",
    "app.edit_texts",
)
"""The modules holding the layers' texts, in the order they are loaded (the viz catalogue is two files)."""

_TEXTS: dict[str, dict[str, str]] = {}
_EXTRA: dict[str, dict[str, str]] = {}
_LOADED = False
_LOCK = threading.Lock()


class DuplicateText(ValueError):
    """A text key given twice: in one catalogue, or in two."""


def _literal_keys(module: str) -> list[str]:
    """The keys of the dict literals assigned in a catalogue module's source, in order, repeats included
    (a dict literal keeps only the last of repeated keys, so repeats are found in the source)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return []
    with open(spec.origin, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    keys: list[str] = []
    for node in tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(value, ast.Dict):
            keys += [k.value for k in value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return keys


def merge_catalogues(parts: Mapping[str, Mapping[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """One table from named parts; a key in two parts, or twice in one part's source, is refused."""
    out: dict[str, dict[str, str]] = {}
    where: dict[str, str] = {}
    for name, texts in parts.items():
        literal = _literal_keys(name)
        repeated = sorted({k for k in literal if literal.count(k) > 1})
        if repeated:
            raise DuplicateText(f"{name} gives the text key(s) {', '.join(repeated)} more than once")
        for key, pair in texts.items():
            if set(pair) != {"sv", "en"}:
                raise ValueError(f"text {key!r} in {name} needs exactly 'sv' and 'en'")
            if key in out:
                raise DuplicateText(f"text key {key!r} is in both {where[key]} and {name}")
            out[key], where[key] = pair, name
    return out


def load() -> dict[str, dict[str, str]]:
    """Load every layer's catalogue (once); texts added through `register` are checked against them."""
    global _LOADED
    with _LOCK:
        if not _LOADED:
            parts = {name: importlib.import_module(name).TEXTS for name in CATALOGUES}
            merged = merge_catalogues({**parts, "register()": _EXTRA})
            _TEXTS.clear()
            _TEXTS.update(merged)
            _LOADED = True
    return _TEXTS


def register(texts: dict[str, dict[str, str]]) -> None:
    """Add texts from a module that has no catalogue entry yet (the importers); a key already known is
    refused. New texts belong in the layer's catalogue module instead."""
    with _LOCK:
        for key, pair in texts.items():
            if set(pair) != {"sv", "en"}:
                raise ValueError(f"text {key!r} needs exactly 'sv' and 'en'")
            if key in _EXTRA or key in _TEXTS:
                raise DuplicateText(f"text key {key!r} is registered twice")
            _EXTRA[key] = pair
            if _LOADED:
                _TEXTS[key] = pair


def t(key: str, lang: str = "sv", **values: object) -> str:
    """The text for `key` in `lang`, with `{placeholders}` filled in."""
    pair = (_TEXTS if _LOADED else load())[key]
    return pair["en" if lang == "en" else "sv"].format(**values)


def number(value: float | int | None, lang: str = "sv", decimals: int = 1) -> str:
    """A number as users write it: '1 234,5' in Swedish, '1,234.5' in English."""
    if value is None:
        return "–"
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\u00a0").replace(".", ",")


def plural(n: int, key: str, lang: str = "sv") -> str:
    """`n` with the word of `key.one` (n = 1) or `key.other`: '1 koppling', '3 kopplingar'."""
    return t(f"{key}.{'one' if n == 1 else 'other'}", lang, n=number(n, lang))


def code_word(prefix: str, code: str | None, lang: str = "sv") -> str:
    """The word for a coded value (`source.own` → 'egen uppföljning'); an unknown code is shown as given."""
    if not code:
        return ""
    try:
        return t(f"{prefix}.{code}", lang)
    except KeyError:
        return str(code)


def local_date(timestamp: object) -> str:
    """An ISO timestamp ('2026-11-28T23:08:06.763Z') as the date in Sweden ('2026-11-29'), as users write
    dates; text that is no timestamp is shown as given, nothing as '–'."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    text = str(timestamp or "").strip()
    if not text:
        return "–"
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if when.tzinfo is not None:
        when = when.astimezone(ZoneInfo("Europe/Stockholm"))
    return when.date().isoformat()


def score_name(score: int, lang: str = "sv") -> str:
    return t(f"score.{int(score)}", lang)


def signed(score: int) -> str:
    """A score with its sign, using the typographic minus: '+2', '−1', '0'."""
    return f"+{score}" if score > 0 else ("0" if score == 0 else f"\u2212{abs(score)}")


register(
    {
        "score_meaning.3": {
            "sv": "går inte att skilja åt: det ena nås bara tillsammans med det andra",
            "en": "inextricably linked to the achievement of the other",
        },
        "score_meaning.2": {
            "sv": "hjälper direkt till att nå det andra målet",
            "en": "aids the achievement of the other",
        },
        "score_meaning.1": {
            "sv": "skapar förutsättningar för det andra målet",
            "en": "creates conditions that further the other",
        },
        "score_meaning.0": {
            "sv": "ingen betydande påverkan åt något håll",
            "en": "no significant positive or negative interaction",
        },
        "score_meaning.-1": {"sv": "begränsar möjligheterna för det andra målet", "en": "limits options on the other"},
        "score_meaning.-2": {"sv": "krockar med det andra målet", "en": "clashes with the other"},
        "score_meaning.-3": {
            "sv": "gör det omöjligt att nå det andra målet",
            "en": "makes it impossible to reach the other",
        },
    }
)


def score_meaning(score: int, lang: str = "sv") -> str:
    """What a score on the seven-point scale means (Nilsson, Griggs & Visbeck 2016), in a short phrase."""
    return t(f"score_meaning.{int(score)}", lang)
