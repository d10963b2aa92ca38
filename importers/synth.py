"""Deterministic synthetic datasets in the import format, for benchmarks and scale tests.

Scale 1 is about one region: ~15 strategies, ~80 goals, ~70 actions, ~30 actors, ~20 indicators,
~100 observations and ~400 links. Scale K multiplies plans, actions, actors, indicators, observations and
links roughly by K; the RUS itself (vision, three goal areas, sixteen priorities) keeps its size.

Every dataset says plainly that it is synthetic and illustrative. The same arguments always give the same
dataset (`random.Random` seeded with a string is stable across runs and platforms). On purpose the data
holds what the analyses look for: orphan actions (unlinked, dead ends, only negative links), declared goal
conflicts and synergies, actions working against goals, goals without actions or indicators, indicators
without data or target.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from graph.reference import municipalities_of_county, reference_rows
from importers.model import DatasetContent

RUS_GOAL_AREAS = (
    (
        "Platsen har stärkts i ett nationellt och globalt perspektiv",
        (
            "Samordnat påverkansarbete",
            "Skapa, attrahera och behålla kompetens och investeringar",
            "Universitet och forskningsinstitut är motorer för innovation",
            "Ett modigt regionalt ledarskap",
        ),
    ),
    (
        "Platsen som människor väljer för att leva och besöka",
        (
            "Attraktiva och livskraftiga städer och landsbygder",
            "Grundläggande behörighet från grundskola och gymnasium",
            "Fler flexibla former för lärande",
            "Ett sammanhållet system för hållbart resande",
            "Ökad upplevd närhet till omvärlden",
        ),
    ),
    (
        "Platsen där företag och organisationer väljer att växa",
        (
            "Finansieringsbeslut för nya järnvägar",
            "Ett sammanbundet logistiksystem med minskad klimatpåverkan",
            "Ett regionalt matchat utbildningsutbud",
            "Ökad matchningsgrad",
            "Utvecklade styrkeområden genom smart specialisering",
            "Fler nya och växande hållbara företag",
            "Ett sammanhållet innovationsstödsystem",
        ),
    ),
)

PLAN_TYPES = (
    ("S3", "Regional innovationsstrategi för smart specialisering"),
    ("KOMP", "Kompetensförsörjningsplan"),
    ("LTP", "Länsplan för regional transportinfrastruktur"),
    ("TFP", "Regionalt trafikförsörjningsprogram"),
    ("EKS", "Energi- och klimatstrategi"),
    ("DIG", "Regional digital agenda"),
    ("KUL", "Regional kulturplan"),
    ("FOLK", "Folkhälsostrategi"),
    ("BES", "Besöksnäringsstrategi"),
    ("SERV", "Regionalt serviceprogram"),
    ("JAM", "Jämställdhetsstrategi"),
    ("ERUF", "Regionalfondsprogram 2021–2027"),
)

PLAN_GOAL_WORDS = (
    "Stärkt samverkan",
    "Fler företag",
    "Ökad kompetens",
    "Minskade utsläpp",
    "Bättre tillgänglighet",
    "Ökad jämställdhet",
    "Fler besökare",
    "Bättre hälsa",
    "Tryggad service",
    "Snabbare bredband",
)
ACTION_WORDS = (
    "Förstudie",
    "Pilotprojekt",
    "Utbildningsinsats",
    "Nätverk",
    "Investeringsstöd",
    "Kartläggning",
    "Utvecklingsprogram",
    "Samverkansplattform",
    "Kampanj",
    "Rådgivning",
)
ACTOR_KINDS = ("municipality", "state_agency", "university", "business_support", "civil_society", "private", "other")
KOLADA_KPIS = (
    ("N00914", "Förvärvsarbetande 20–64 år", "%", "increase"),
    ("N01982", "Eftergymnasial utbildning 25–64 år", "%", "increase"),
    ("N00999", "Nystartade företag per 1 000 invånare", "antal", "increase"),
    ("N00401", "Utsläpp av växthusgaser", "ton CO2e/inv", "decrease"),
    ("N07918", "Hushåll med minst 1 Gbit/s", "%", "increase"),
    ("N60404", "Resor med kollektivtrafik per invånare", "antal", "increase"),
    ("N01951", "Invånare totalt", "antal", "increase"),
)
STATUSES = ("ongoing",) * 10 + ("planned",) * 5 + ("completed",) * 3 + ("paused", "cancelled")
PERIODS = tuple(str(year) for year in range(2018, 2024))
NOTE = "Syntetisk exempeldata – illustrativt, inte regionens officiella uppföljning."


def counties() -> list[tuple[str, str]]:
    """(code, name) of the 21 counties, from the bundled reference data, in code order."""
    return sorted((row["code"], row["name_sv"]) for row in reference_rows()[0] if row["kind"] == "county")


def _n(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def synthesize(*, scale: float = 1.0, county: str = "22", seed: int = 0) -> DatasetContent:
    """One synthetic region's dataset: exactly one `rus` strategy, covering `county`."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    rng = random.Random(f"ruslink-synth:{seed}:{county}:{float(scale):g}")
    names = dict(counties())
    county_name = names.get(county, f"län {county}")
    towns = municipalities_of_county(county) or [county]
    rows: dict[str, list[dict[str, Any]]] = {
        t: [] for t in ("strategies", "goals", "actions", "indicators", "observations", "actors", "links")
    }

    def link(src: str, kind: str, dst: str, score: int | None = None, rationale: str | None = None) -> None:
        row: dict[str, Any] = {"from": src, "type": kind, "to": dst}
        if score is not None:
            row["score"] = score
        if rationale:
            row["rationale"] = rationale
        rows["links"].append(row)

    # Actors: the region, the county board, the county's municipalities, then others up to ~30 per scale unit.
    actors = rows["actors"]
    actors.append({"id": "AK-REG", "name": f"Region {county_name.removesuffix(' län')}", "kind": "region"})
    actors.append({"id": "AK-LST", "name": f"Länsstyrelsen i {county_name}", "kind": "county_board"})
    forums = [
        {"id": "AK-RSR", "name": "Regionala samverkansrådet", "kind": "forum"},
        {"id": "AK-SSR", "name": "Stora samverkansrådet", "kind": "forum"},
    ]
    actors.extend(forums)
    for code in towns:
        actors.append(
            {"id": f"AK-K{code}", "name": f"Kommun {code}", "kind": "municipality", "member_of": ["AK-RSR", "AK-SSR"]}
        )
    target_actors = _n(30, scale)
    for serial in range(1, max(4, target_actors - len(actors)) + 1):
        kind = ACTOR_KINDS[serial % len(ACTOR_KINDS)]
        actor: dict[str, Any] = {"id": f"AK-{serial:04d}", "name": f"Aktör {serial} ({kind})", "kind": kind}
        if rng.random() < 0.3:
            actor["member_of"] = ["AK-SSR"]
        actors.append(actor)
    doers = [a["id"] for a in actors if a["kind"] != "forum"]

    # The RUS: vision, three goal areas, sixteen priorities.
    strategies = rows["strategies"]
    strategies.append(
        {
            "id": "RUS",
            "name": f"Regional utvecklingsstrategi för {county_name} 2020–2030 (syntetisk)",
            "kind": "rus",
            "owner": "AK-REG",
            "area": county,
            "valid_from": 2020,
            "valid_to": 2030,
            "description": NOTE,
        }
    )
    goals = rows["goals"]
    goals.append(
        {
            "id": "RUS-V",
            "strategy": "RUS",
            "name": "Tillsammans för människors och företags växtkraft",
            "level": "vision",
        }
    )
    priorities: list[str] = []
    area_of: dict[str, str] = {}
    for a, (area_name, items) in enumerate(RUS_GOAL_AREAS, start=1):
        goals.append({"id": f"RUS-{a}", "strategy": "RUS", "name": area_name, "level": "goal_area", "parent": "RUS-V"})
        for p, item in enumerate(items, start=1):
            gid = f"RUS-{a}.{p}"
            goals.append({"id": gid, "strategy": "RUS", "name": item, "level": "goal", "parent": f"RUS-{a}"})
            priorities.append(gid)
            area_of[gid] = f"RUS-{a}"
    # RUS priorities towards the national strategy and Agenda 2030; a few stay unaligned.
    sdg_targets = [r["id"] for r in reference_rows()[0] if r["kind"] == "sdg_target"]
    for gid in priorities:
        if rng.random() < 0.85:
            link(gid, "contributes_to", f"nat:{rng.randint(1, 4)}", rng.randint(1, 3))
        if rng.random() < 0.85:
            link(gid, "contributes_to", rng.choice(sdg_targets), rng.randint(1, 3))

    # Plans under the RUS, five goals each; about one plan in three has a goal tied to nothing (a dead end).
    plans: list[str] = []
    plan_goals: dict[str, list[str]] = {}
    dead_ends: list[str] = []
    for i in range(_n(12, scale)):
        code, title = PLAN_TYPES[i % len(PLAN_TYPES)]
        round_ = i // len(PLAN_TYPES)
        sid = f"{code}{round_ + 1:02d}" if round_ else code
        suffix = f" – delprogram {round_ + 1}" if round_ else ""
        strategies.append(
            {
                "id": sid,
                "name": f"{title}{suffix} (syntetisk)",
                "kind": "plan",
                "parent": "RUS",
                "owner": rng.choice(["AK-REG", "AK-LST", *doers[:6]]),
                "area": county,
                "valid_from": rng.choice((2021, 2022, 2023)),
                "valid_to": 2030,
            }
        )
        plans.append(sid)
        plan_goals[sid] = []
        for g in range(1, 6):
            gid = f"{sid}-M{g}"
            goals.append({"id": gid, "strategy": sid, "name": f"{rng.choice(PLAN_GOAL_WORDS)} ({sid} mål {g})"})
            plan_goals[sid].append(gid)
            if g == 5 and i % 3 == 2:
                dead_ends.append(gid)
                continue
            link(gid, "contributes_to", rng.choice(priorities), rng.randint(1, 3))
    # Two municipal strategies that the RUS is aligned with (no goals of their own).
    for code in towns[:2]:
        strategies.append(
            {"id": f"OP-{code}", "name": f"Översiktsplan kommun {code} (syntetisk)", "kind": "municipal", "area": code}
        )

    # Declared interactions between goals: a few conflicts (negative), the rest synergies.
    live_plan_goals = [g for p in plans for g in plan_goals[p] if g not in dead_ends]
    for _ in range(_n(8, scale)):
        first, second = rng.sample(priorities + live_plan_goals, 2)
        link(first, "interacts_with", second, rng.choice((-3, -2, -1, 1, 2, 3)), "Syntetisk bedömning")

    # Actions: most under a plan, a few directly under the RUS.
    for n in range(1, _n(70, scale) + 1):
        aid = f"A-{n:05d}"
        plan = "RUS" if rng.random() < 0.05 else rng.choice(plans)
        areas = sorted(rng.sample(towns, k=min(len(towns), rng.randint(1, 3)))) if rng.random() < 0.5 else []
        rows["actions"].append(
            {
                "id": aid,
                "strategy": plan,
                "name": f"{rng.choice(ACTION_WORDS)} {n}",
                "status": rng.choice(STATUSES),
                "start": str(rng.choice((2021, 2022, 2023))),
                "budget_sek": float(rng.randrange(100, 20_000) * 1000),
                "areas": areas,
            }
        )
        roll = rng.random()
        own_goals = priorities if plan == "RUS" else plan_goals[plan]
        if roll < 0.05:
            pass  # unlinked
        elif roll < 0.09 and plan != "RUS" and any(g in dead_ends for g in own_goals):
            link(aid, "contributes_to", next(g for g in own_goals if g in dead_ends), rng.randint(1, 2))
        elif roll < 0.12:
            link(aid, "contributes_to", rng.choice(own_goals), rng.choice((-2, -1, 0)))
        else:
            for goal in rng.sample(own_goals, k=rng.choice((1, 1, 2))):
                link(aid, "contributes_to", goal, rng.randint(1, 3))
            if rng.random() < 0.2:
                link(aid, "contributes_to", rng.choice(priorities), rng.randint(1, 3))
            if rng.random() < 0.05:
                link(aid, "contributes_to", rng.choice(priorities), rng.choice((-3, -2, -1)), "Syntetisk målkonflikt")
        if rng.random() < 0.97:
            link(rng.choice(doers), "responsible_for", aid)
        for partner in rng.sample(doers, k=rng.choice((0, 1, 1, 2, 2, 3))):
            link(partner, "participates_in", aid)

    # Indicators: most from Kolada; a few without data or without target value.
    for n in range(1, _n(20, scale) + 1):
        iid = f"I-{n:04d}"
        kpi, title, unit, direction = KOLADA_KPIS[n % len(KOLADA_KPIS)]
        base = round(rng.uniform(5, 90), 1)
        indicator = {
            "id": iid,
            "name": f"{title} ({iid})",
            "unit": unit,
            "direction": direction,
            "source": "kolada" if n % 4 else "own",
            "source_ref": kpi if n % 4 else None,
            "baseline_year": 2019,
            "baseline_value": base,
        }
        if n % 7:
            indicator["target_year"] = 2030
            indicator["target_value"] = round(base * (1.2 if direction == "increase" else 0.7), 1)
        rows["indicators"].append(indicator)
        if n % 10 != 3:
            value = base
            for period in PERIODS[:5] if n % 2 else PERIODS[1:]:
                value = round(value * rng.uniform(0.95, 1.07), 2)
                rows["observations"].append({"indicator": iid, "period": period, "value": value, "source": "Syntetisk"})
        owner = rng.choice(priorities[:13] + live_plan_goals)
        link(owner, "measured_by", iid)
        if rng.random() < 0.3:
            link(rng.choice(rows["actions"])["id"], "measured_by", iid)

    content = {t: rows[t] for t in rows}
    return DatasetContent.model_validate(
        content
        | {"description": f"{NOTE} Län {county} ({county_name}), skala {scale:g}, frö {seed}.", "illustrative": True}
    )


def national(
    name: str, *, regions: int = 21, scale: float = 1.0, seed: int = 0
) -> Iterator[tuple[str, DatasetContent]]:
    """(dataset name, content) for `regions` regions: NAME-01, NAME-02, … one per county, in code order."""
    codes = [code for code, _ in counties()]
    if not 1 <= regions <= len(codes):
        raise ValueError(f"regions must be 1–{len(codes)}")
    for n, code in enumerate(codes[:regions], start=1):
        yield f"{name}-{n:02d}", synthesize(scale=scale, county=code, seed=seed)
