"""The open parameters of the analyses' definitions, with their documented defaults.

spec/analyses.md leaves some thresholds open; these are they. The CLI takes them as
`--option NAME=VALUE`, the HTTP API as query parameters of the same names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.errors import InvalidInput


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    kind: type
    help_sv: str
    help_en: str


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option(
            "goal",
            None,
            str,
            "Begränsa chains och contribution till ett RUS-mål (id).",
            "Restrict chains and contribution to one RUS goal (id).",
        ),
        Option(
            "bottleneck_min_actions",
            3,
            int,
            "Flaskhals: minsta antal insatser i målområdet som aktören ansvarar för.",
            "Bottleneck: the least number of a goal area's actions the actor leads.",
        ),
        Option(
            "bottleneck_min_share",
            0.5,
            float,
            "Flaskhals: aktören ansvarar för mer än denna andel av målområdets insatser.",
            "Bottleneck: the actor leads more than this share of the goal area's actions.",
        ),
        Option(
            "bridge_top",
            3,
            int,
            "Brobyggande aktörer: hur många med högst mellanhetscentralitet (över 0) som rapporteras.",
            "Bridging actors: how many with the highest betweenness (above 0) to report.",
        ),
        Option(
            "trend_flat_tolerance",
            0.005,
            float,
            "Trend: en förändring inom denna andel av föregående värde räknas som oförändrad.",
            "Trend: a change within this share of the previous value counts as flat.",
        ),
        Option(
            "required_actor_kinds",
            "civil_society,private,municipality",
            str,
            "Aktörstyper som varje plan bör involvera (kommaseparerade).",
            "Actor kinds every plan should involve (comma-separated).",
        ),
    )
}


def resolve(given: dict[str, Any] | None) -> dict[str, Any]:
    """Defaults overridden by `given`, converted to their types; unknown names or bad values refused."""
    values = {name: o.default for name, o in OPTIONS.items()}
    for name, value in (given or {}).items():
        if name not in OPTIONS:
            raise InvalidInput(f"Okänt alternativ {name!r}. Alternativ: {', '.join(OPTIONS)}.", details=list(OPTIONS))
        if value is None or value == "":
            continue
        option = OPTIONS[name]
        try:
            converted = option.kind(value)
        except (TypeError, ValueError):
            raise InvalidInput(
                f"Alternativet {name!r} måste vara ett {'heltal' if option.kind is int else 'tal'}, inte {value!r}."
            ) from None
        if option.kind in (int, float) and converted < 0:
            raise InvalidInput(f"Alternativet {name!r} får inte vara negativt.")
        values[name] = converted
    return values


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (from the command line) as a dict."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(
                f"Skriv alternativ som NAMN=VÄRDE, inte {pair!r}. Alternativ: {', '.join(OPTIONS)}.",
                details=list(OPTIONS),
            )
        out[name.strip()] = value.strip()
    return out
