"""Scoring workshops (interfaces.md, Workshops): SEI's SDG Synergies method on ruslink's graph.

A coordinator opens a workshop for goal pairs (given, or suggested from what the goals share), gets a
key, and participants score each pair on the −3…+3 scale with a rationale and a confidence. Workshops and
scores are their own nodes (`:Workshop`, `:WorkshopScore`), apart from dataset versions, so they outlive
imports. Only a SHA-256 hash of the key is stored; keys are compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import statistics
from datetime import UTC, datetime
from typing import Any

from graph import store
from graph.db import Database
from graph.errors import InvalidInput, NotFound, WrongKey
from graph.i18n import t

CONFIDENCES = ("low", "medium", "high")
MAX_PAIRS = 400
MAX_TEXT = 2000
MAX_NAME = 80
SUGGESTED_LIMIT = 60
"""At most this many suggested pairs: a two-hour workshop scores 20–60 pairs, not all n²."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_matches(given: str | None, stored_hash: str) -> bool:
    """Constant-time comparison of a given key with the stored hash."""
    if not given:
        return False
    return hmac.compare_digest(hash_key(given), stored_hash)


def median_rounded(scores: list[int]) -> int:
    """The median, rounded half away from zero (1.5 → 2, −1.5 → −2)."""
    value = statistics.median(scores)
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def load(db: Database, workshop_id: str, lang: str = "sv") -> dict[str, Any]:
    """The stored workshop (with its key hash), or NotFound."""
    rows = db.read("workshops/get", id=str(workshop_id)[:64])
    if not rows:
        raise NotFound(t("workshop.not_found", lang, id=str(workshop_id)[:64]))
    return rows[0]


def authorise(db: Database, workshop_id: str, key: str | None, lang: str = "sv") -> dict[str, Any]:
    """The workshop when `key` is its key; WrongKey otherwise (NotFound when there is no such workshop)."""
    workshop = load(db, workshop_id, lang)
    if not key_matches(key, workshop["key_hash"]):
        raise WrongKey(t("workshop.bad_key", lang))
    return workshop


def suggested_pairs(db: Database, dsv: str, *, limit: int = SUGGESTED_LIMIT) -> list[dict[str, Any]]:
    """Goal pairs without an interaction that share an action, or a goal area and a plan or two actors.

    Ranked by shared actions, then a shared goal area, plans and actors (ids last, for a stable order) and
    cut at `limit`. An actor alone is weak evidence: the region takes part in nearly everything.
    """
    rows = db.read("workshops/suggested_pairs", dsv=dsv)
    likely = [r for r in rows if r["actions"] or (r["area"] and (r["plans"] or len(r["actors"]) >= 2))]
    likely.sort(
        key=lambda r: (
            -len(r["actions"]),
            r["area"] is None,
            -len(r["plans"]),
            -len(r["actors"]),
            r["source"],
            r["target"],
        )
    )
    return likely[:limit]


def _check_pairs(db: Database, dsv: str, pairs: Any, lang: str) -> list[tuple[str, str]]:
    if not isinstance(pairs, list):
        raise InvalidInput(t("workshop.bad_pairs", lang))
    problems: list[str] = []
    shaped: list[tuple[int, str, str]] = []
    for i, pair in enumerate(pairs):
        if (
            not isinstance(pair, (list, tuple))
            or len(pair) != 2
            or not all(isinstance(p, str) and p.strip() for p in pair)
        ):
            problems.append(t("workshop.pair_shape", lang, i=i))
            continue
        a, b = pair[0].strip(), pair[1].strip()
        if a == b:
            problems.append(t("workshop.pair_same", lang, i=i, id=a))
        shaped.append((i, a, b))
    known = {
        r["id"] for r in db.read("workshops/goals", dsv=dsv, ids=sorted({x for _, a, b in shaped for x in (a, b)}))
    }
    seen: set[tuple[str, str]] = set()
    for i, a, b in shaped:
        for goal in (a, b):
            if goal not in known:
                problems.append(t("workshop.pair_unknown", lang, i=i, id=goal[:200]))
        if (a, b) in seen:
            problems.append(t("workshop.pair_twice", lang, i=i, a=a[:200], b=b[:200]))
        seen.add((a, b))
    if problems:
        raise InvalidInput(problems[0], details=problems)
    return [(a, b) for _, a, b in shaped]


def create(db: Database, dataset: str, body: dict[str, Any], *, lang: str = "sv") -> dict[str, str]:
    """Open a workshop on the current version of `dataset`; answers {"workshop", "key", "join"}."""
    dsv = store.current_key(db, dataset)
    title = body.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > 200:
        raise InvalidInput(t("workshop.no_title", lang))
    given = body.get("pairs")
    if given == "suggested":
        pairs = [(r["source"], r["target"]) for r in suggested_pairs(db, dsv)]
    else:
        pairs = _check_pairs(db, dsv, given, lang)
    if not pairs:
        raise InvalidInput(t("workshop.no_pairs", lang))
    if len(pairs) > MAX_PAIRS:
        raise InvalidInput(t("workshop.too_many", lang, n=MAX_PAIRS))
    workshop_id = secrets.token_hex(6)
    key = secrets.token_urlsafe(18)
    db.write(
        "workshops/create",
        id=workshop_id,
        dataset=dataset,
        title=title.strip(),
        key_hash=hash_key(key),
        sources=[a for a, _ in pairs],
        targets=[b for _, b in pairs],
        created_at=now(),
    )
    return {"workshop": workshop_id, "key": key, "join": f"/workshops/{workshop_id}?key={key}"}


def _text(value: Any, i: int, field: str, limit: int, lang: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise InvalidInput(t("workshop.score_text", lang, i=i, field=field, n=limit))
    return value.strip()


def add_scores(db: Database, workshop: dict[str, Any], body: dict[str, Any], *, lang: str = "sv") -> dict[str, Any]:
    """Store one participant's scores (all or nothing); a later score of a pair replaces the earlier."""
    participant = body.get("participant")
    if not isinstance(participant, str) or not participant.strip() or len(participant.strip()) > MAX_NAME:
        raise InvalidInput(t("workshop.no_participant", lang, n=MAX_NAME))
    participant = " ".join(participant.split())
    scores = body.get("scores")
    if not isinstance(scores, list):
        raise InvalidInput(t("workshop.scores_list", lang))
    pairs = set(zip(workshop["sources"], workshop["targets"], strict=True))
    rows, problems = [], []
    for i, item in enumerate(scores):
        item = item if isinstance(item, dict) else {}
        a, b = str(item.get("from", ""))[:200], str(item.get("to", ""))[:200]
        score = item.get("score")
        confidence = item.get("confidence") or "medium"
        try:
            if (a, b) not in pairs:
                raise InvalidInput(t("workshop.score_pair", lang, i=i, a=a, b=b))
            if isinstance(score, bool) or not isinstance(score, int) or not -3 <= score <= 3:
                raise InvalidInput(t("workshop.score_value", lang, i=i, value=score))
            if confidence not in CONFIDENCES:
                raise InvalidInput(t("workshop.score_confidence", lang, i=i, value=str(confidence)[:40]))
            rationale = _text(item.get("rationale"), i, "rationale", MAX_TEXT, lang)
        except InvalidInput as e:
            problems.append(e.message)
            continue
        rows.append({"source": a, "target": b, "score": score, "rationale": rationale, "confidence": confidence})
    if problems:
        raise InvalidInput(problems[0], details=problems)
    saved = db.write("workshops/score_upsert", id=workshop["id"], participant=participant, rows=rows, at=now())
    return {"workshop": workshop["id"], "participant": participant, "saved": saved[0]["saved"] if saved else 0}


def summary(db: Database, workshop: dict[str, Any]) -> dict[str, Any]:
    """The contract's shape: {"title", "pairs": [{"from", "to", "n", "median", "min", "max", "scores"}]}."""
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in db.read("workshops/scores", id=workshop["id"]):
        by_pair.setdefault((row["source"], row["target"]), []).append(
            {
                "participant": row["participant"],
                "score": row["score"],
                "rationale": row["rationale"] or "",
                "confidence": row["confidence"],
                "at": row["at"],
            }
        )
    pairs = []
    for a, b in zip(workshop["sources"], workshop["targets"], strict=True):
        scores = by_pair.get((a, b), [])
        values = [s["score"] for s in scores]
        pairs.append(
            {
                "from": a,
                "to": b,
                "n": len(values),
                "median": statistics.median(values) if values else None,
                "min": min(values) if values else None,
                "max": max(values) if values else None,
                "scores": scores,
            }
        )
    return {"title": workshop["title"], "pairs": pairs}
