"""Codes and English words that must not show in Swedish text, and how to find them."""

from __future__ import annotations

import re

CODES = (
    "ongoing",
    "planned",
    "completed",
    "paused",
    "cancelled",
    "civil_society",
    "county_board",
    "state_agency",
    "business_support",
    "private",
    "contributes_to",
    "interacts_with",
    "measured_by",
    "responsible_for",
    "participates_in",
    "unlinked",
    "dead_end",
    "only_negative",
    "no_action",
    "single_plan",
    "scorecard",
    "goal_area",
    "increase",
    "decrease",
    "no_data",
    "improving",
    "worsening",
    "flat",
    "orphan_actions",
    "uncovered_goals",
    "unmeasured",
    "complementarity",
    "contribution",
    "alignment",
    "chains",
    "kolada",
    "scb",
    "own",
    "brp_plus",
    "absent_kind",
    "territorial_gap",
    "multi_goal_action",
    "trade_off",
)


ENGLISH = ("problems found", "lacks", "codec", "can't decode", "Expecting value", "not found", "Traceback")


PATTERNS = (
    (re.compile(r"\(ar\)|\(s\)"), "a plural written as a bracket"),
    (
        re.compile(r"(?<![\d,\u00a0])1 (strategier|kopplingar|insatser|indikatorer|aktörer|mätvärden|planer)\b"),
        "a plural after 1",
    ),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d"), "an ISO timestamp"),
)


LEAK = re.compile(r"(?<![\w\-/.:#])(" + "|".join(CODES) + r")(?![\w\-/:]|\.\w)")


def leaks(text: str) -> list[str]:
    """The known leaks found in Swedish text."""
    found = [m.group(0) for m in LEAK.finditer(text)]
    found += [word for word in ENGLISH if word in text]
    found += [f"{why}: {m.group(0)}" for pattern, why in PATTERNS for m in pattern.finditer(text)]
    return found
