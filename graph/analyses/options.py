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
    """One open parameter; what each means is documented in graph/analyses/README.md."""

    name: str
    default: Any
    kind: type


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option("goal", None, str),
        Option("bottleneck_min_actions", 3, int),
        Option("bottleneck_min_share", 0.5, float),
        Option("bridge_top", 3, int),
        Option("trend_flat_tolerance", 0.005, float),
        Option("required_actor_kinds", "civil_society,private,municipality", str),
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
