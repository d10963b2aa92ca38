"""One small translation table for what users read: Swedish by default, English as the switch.

Modules register their texts with `register({...})`; keys are stable English identifiers.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["sv", "en"]
LANGS: tuple[str, ...] = ("sv", "en")

_TEXTS: dict[str, dict[str, str]] = {}


def register(texts: dict[str, dict[str, str]]) -> None:
    """Add texts: {key: {"sv": ..., "en": ...}}; both languages are required."""
    for key, pair in texts.items():
        if set(pair) != {"sv", "en"}:
            raise ValueError(f"text {key!r} needs exactly 'sv' and 'en'")
        _TEXTS[key] = pair


def t(key: str, lang: str = "sv", **values: object) -> str:
    """The text for `key` in `lang`, with `{placeholders}` filled in."""
    pair = _TEXTS[key]
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


register({
    "score.3": {"sv": "odelbar", "en": "indivisible"},
    "score.2": {"sv": "förstärkande", "en": "reinforcing"},
    "score.1": {"sv": "möjliggörande", "en": "enabling"},
    "score.0": {"sv": "förenlig", "en": "consistent"},
    "score.-1": {"sv": "begränsande", "en": "constraining"},
    "score.-2": {"sv": "motverkande", "en": "counteracting"},
    "score.-3": {"sv": "omöjliggörande", "en": "cancelling"},
    "status.planned": {"sv": "planerad", "en": "planned"},
    "status.ongoing": {"sv": "pågående", "en": "ongoing"},
    "status.completed": {"sv": "avslutad", "en": "completed"},
    "status.paused": {"sv": "pausad", "en": "paused"},
    "status.cancelled": {"sv": "avbruten", "en": "cancelled"},
    "illustrative": {"sv": "Exempeldata – illustrativt, inte regionens officiella uppföljning",
                     "en": "Illustrative data, not the region's official follow-up"},
    "kolada_source": {"sv": "Källa: Kolada", "en": "Source: Kolada"},
})


def score_name(score: int, lang: str = "sv") -> str:
    return t(f"score.{int(score)}", lang)


def signed(score: int) -> str:
    """A score with its sign, using the typographic minus: '+2', '−1', '0'."""
    return f"+{score}" if score > 0 else ("0" if score == 0 else f"\u2212{abs(score)}")
