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


register({
    "score_meaning.3": {"sv": "går inte att skilja åt: det ena nås bara tillsammans med det andra",
                        "en": "inextricably linked to the achievement of the other"},
    "score_meaning.2": {"sv": "hjälper direkt till att nå det andra målet", "en": "aids the achievement of the other"},
    "score_meaning.1": {"sv": "skapar förutsättningar för det andra målet",
                        "en": "creates conditions that further the other"},
    "score_meaning.0": {"sv": "ingen betydande påverkan åt något håll",
                        "en": "no significant positive or negative interaction"},
    "score_meaning.-1": {"sv": "begränsar möjligheterna för det andra målet", "en": "limits options on the other"},
    "score_meaning.-2": {"sv": "krockar med det andra målet", "en": "clashes with the other"},
    "score_meaning.-3": {"sv": "gör det omöjligt att nå det andra målet",
                         "en": "makes it impossible to reach the other"},
})


def score_meaning(score: int, lang: str = "sv") -> str:
    """What a score on the seven-point scale means (Nilsson, Griggs & Visbeck 2016), in a short phrase."""
    return t(f"score_meaning.{int(score)}", lang)
