"""The `influence` analysis as the pages show it: a row per goal with its figures and a bar of positive and
negative out-influence, ordered by rank on request, and what a goal page says it affects and is affected by.

Everything here is read from the analysis's findings; nothing is computed again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.analyses import AnalysisResult
from graph.i18n import number, register, score_name, signed, t
from graph.views import DatasetGraph
from viz.network import display_name

register({f"inf.{k}": v for k, v in {
    "heading": {"sv": "Vilka mål driver de andra?", "en": "Which goals move the others?"},
    "help": {"sv": ("Stapeln visar målets samlade påverkan på andra mål: blått åt höger för positiv påverkan "
                    "(synergier), orange åt vänster för negativ (målkonflikter). "
                    "Direkt = summan av målets poäng på andra mål delade med 3. Med nästa steg = även hur "
                    "mycket de påverkade målen i sin tur påverkar andra (Weitz m.fl. 2018). "
                    "Total påverkan ut och in räknar alla steg (DEMATEL)."),
             "en": ("The bar shows the goal's total effect on other goals: blue to the right for positive effects "
                    "(synergies), orange to the left for negative ones (goal conflicts). "
                    "Direct = the sum of the goal's scores on other goals divided by 3. With the next step = also "
                    "how much the goals it affects in turn affect others (Weitz et al. 2018). "
                    "Total effect out and in counts every step (DEMATEL).")},
    "rank": {"sv": "Plats", "en": "Rank"},
    "goal": {"sv": "Mål", "en": "Goal"},
    "bar": {"sv": "Påverkan på andra (− / +)", "en": "Effect on others (− / +)"},
    "ei1": {"sv": "Direkt", "en": "Direct"},
    "ei2": {"sv": "Med nästa steg", "en": "With the next step"},
    "in": {"sv": "Påverkas av andra", "en": "Affected by others"},
    "total_out": {"sv": "Total påverkan ut", "en": "Total effect out"},
    "total_in": {"sv": "Total påverkan in", "en": "Total effect in"},
    "sort_influence": {"sv": "Sortera efter påverkan", "en": "Sort by influence"},
    "sort_import": {"sv": "Visa i importordning", "en": "Show in import order"},
    "leverage": {"sv": "hävstång", "en": "leverage"},
    "risk": {"sv": "risk", "en": "risk"},
    "no_dematel": {"sv": ("Total påverkan kan inte räknas ut för det här nätverket (påverkan förstärks i det "
                          "oändliga i en slinga); visas som –."),
                   "en": ("The total effect cannot be computed for this network (effects grow without end around "
                          "a loop); shown as –.")},
    "affects": {"sv": "Påverkar", "en": "Affects"},
    "affected_by": {"sv": "Påverkas av", "en": "Affected by"},
    "none": {"sv": "Inga angivna påverkanskopplingar.", "en": "No declared interactions."},
    "goal_figures": {"sv": "Påverkan på andra: direkt {ei1}, med nästa steg {ei2} (plats {rank} av {n}).",
                     "en": "Effect on others: direct {ei1}, with the next step {ei2} (rank {rank} of {n})."},
}.items()})


def figure(value: float | None, lang: str) -> str:
    """A figure with sign and two decimals ('+0,67', '−1', '–' for null)."""
    if value is None:
        return "\u2013"
    if value == 0:
        return "0"
    return ("+" if value > 0 else "\u2212") + number(abs(value), lang, decimals=2)


def influence_rows(result: AnalysisResult, name_of: Callable[[str], str], lang: str) -> list[dict[str, Any]]:
    """One row per goal of the interaction network, by rank then id, with bar widths in per cent of the
    largest positive or negative out-influence; `name_of` names a goal id."""
    flags: dict[str, set[str]] = {}
    for f in result.findings:
        if f.kind in ("leverage", "risk"):
            flags.setdefault(f.subject, set()).add(f.kind)
    found = [f for f in result.findings if f.kind == "influence"]
    widest = max([abs(f.model_extra["out_neg"]) for f in found] + [f.model_extra["out_pos"] for f in found] + [0])
    rows = []
    for f in sorted(found, key=lambda f: (f.model_extra["rank"], f.subject)):
        x = f.model_extra
        rows.append({
            "id": f.subject, "name": name_of(f.subject),
            "rank": x["rank"], "ei1": figure(x["ei1"], lang), "ei2": figure(x["ei2"], lang),
            "in": figure(x["in_pos"] + x["in_neg"], lang),
            "total_out": figure(x["total_out"], lang), "total_in": figure(x["total_in"], lang),
            "neg": round(100 * abs(x["out_neg"]) / widest) if widest else 0,
            "pos": round(100 * x["out_pos"] / widest) if widest else 0,
            "out_neg": figure(x["out_neg"], lang), "out_pos": figure(x["out_pos"], lang),
            "flags": sorted(flags.get(f.subject, ())), "dematel": x["total_out"] is not None,
        })
    return rows


def goal_influence(result: AnalysisResult, graph: DatasetGraph, goal: str, lang: str) -> dict[str, Any]:
    """What a goal page says: the goal's figures, the goals it affects and the goals that affect it, each
    declared link with its score and its name on the scale (two links between the same goals are both
    listed; the counts are of goals)."""
    own = next((f for f in result.findings if f.kind == "influence" and f.subject == goal), None)
    n = sum(1 for f in result.findings if f.kind == "influence")
    affects, affected_by = [], []
    for link in graph.links_of("INTERACTS_WITH"):
        if link.source == goal or link.target == goal:
            other = link.target if link.source == goal else link.source
            node = graph.nodes.get(other)
            item = {"id": other, "name": display_name(node, lang) if node is not None else other,
                    "score": signed(link.score), "score_name": score_name(link.score, lang),
                    "rationale": str(link.props.get("rationale") or ""), "css": _css(link.score)}
            (affects if link.source == goal else affected_by).append(item)
    summary = None
    if own is not None:
        x = own.model_extra
        summary = {"ei1": figure(x["ei1"], lang), "ei2": figure(x["ei2"], lang), "rank": x["rank"], "n": n}
    return {"summary": summary, "affects": affects, "affected_by": affected_by,
            "n_affects": len({i["id"] for i in affects}), "n_affected_by": len({i["id"] for i in affected_by})}


def graph_names(graph: DatasetGraph, lang: str) -> Callable[[str], str]:
    """A goal id's display name in `graph` (the id itself when the row is unknown)."""
    return lambda i: display_name(graph.nodes[i], lang) if i in graph.nodes else i


def _css(score: int) -> str:
    return f"score-{'m' if score < 0 else 'p'}{abs(score)}"


register({f"inf.report.{k}": v for k, v in {
    "intro": {"sv": ("Påverkansmatrisen säger hur framsteg för ett mål påverkar ett annat, på skalan −3 till +3. "
                     "Här räknas det ihop per mål: vilka mål driver de andra, och vilka försvårar för dem?"),
              "en": ("The interaction matrix says how progress on one goal affects another, on the scale −3 to +3. "
                     "Here it is added up per goal: which goals move the others, and which set them back?")},
    "ei1": {"sv": ("Direkt: summan av målets poäng mot andra mål, delade med 3 (så att en koppling väger högst 1). "
                   "Positivt betyder att framsteg för målet i huvudsak hjälper andra mål."),
            "en": ("Direct: the sum of the goal's scores on other goals, divided by 3 (so one link weighs at most 1). "
                   "Positive means progress on the goal mostly helps other goals.")},
    "ei2": {"sv": ("Med nästa steg: den direkta påverkan plus hur mycket de mål som påverkas i sin tur påverkar "
                   "andra. Så räknar Weitz m.fl. (2018) fram vilka mål i ett nätverk som är värda att prioritera. "
                   "Målen rangordnas efter detta tal (plats 1 = störst)."),
            "en": ("With the next step: the direct effect plus how much the goals it affects in turn affect "
                   "others. This is how Weitz et al. (2018) find the goals of a network worth prioritising. Goals "
                   "are ranked by this figure (rank 1 = highest).")},
    "in": {"sv": "Påverkas av andra: summan av andra måls poäng mot målet, delade med 3.",
           "en": "Affected by others: the sum of other goals' scores on the goal, divided by 3."},
    "total": {"sv": ("Total påverkan ut och in: påverkan genom alla led, räknad med metoden DEMATEL (Gabus och "
                     "Fontela 1972). Kan inte räknas när påverkan förstärks i det oändliga runt en slinga; då står –."),
              "en": ("Total effect out and in: the effect through every step, computed with the DEMATEL method "
                     "(Gabus and Fontela 1972). It cannot be computed when effects grow without end around a loop; "
                     "then it shows –.")},
    "flags": {"sv": ("Hävstång: de tre mål (fler vid lika värden) med störst positiv påverkan med nästa steg. "
                     "Risk: mål där framsteg försvårar för andra mål (negativt värde med nästa steg)."),
              "en": ("Leverage: the three goals (more when tied) with the highest positive effect with the next "
                     "step. Risk: goals whose progress sets other goals back (negative with the next step).")},
    "sources": {"sv": "Källor", "en": "Sources"},
    "source_weitz": {"sv": ("Weitz, N., Carlsen, H., Nilsson, M. och Skånberg, K. (2018). Towards systemic and "
                            "contextual priority setting for implementing the 2030 Agenda. Sustainability Science "
                            "13, 531–548."),
                     "en": ("Weitz, N., Carlsen, H., Nilsson, M. and Skånberg, K. (2018). Towards systemic and "
                            "contextual priority setting for implementing the 2030 Agenda. Sustainability Science "
                            "13, 531–548.")},
    "source_nilsson": {"sv": ("Nilsson, M., Griggs, D. och Visbeck, M. (2016). Map the interactions between "
                              "Sustainable Development Goals. Nature 534, 320–322 (skalan −3 till +3)."),
                       "en": ("Nilsson, M., Griggs, D. and Visbeck, M. (2016). Map the interactions between "
                              "Sustainable Development Goals. Nature 534, 320–322 (the scale −3 to +3).")},
    "source_dematel": {"sv": ("DEMATEL (Decision Making Trial and Evaluation Laboratory): Gabus, A. och Fontela, E. "
                              "(1972), Battelle Geneva Research Centre."),
                       "en": ("DEMATEL (Decision Making Trial and Evaluation Laboratory): Gabus, A. and Fontela, E. "
                              "(1972), Battelle Geneva Research Centre.")},
    "none": {"sv": "Datamängden har inga angivna påverkanskopplingar mellan mål.",
             "en": "The dataset has no declared interactions between goals."},
}.items()})


def report_texts(lang: str) -> dict[str, str]:
    """The report's words for the influence section, by short key."""
    keys = ("intro", "ei1", "ei2", "in", "total", "flags", "sources", "source_weitz", "source_nilsson",
            "source_dematel", "none")
    return {k: t(f"inf.report.{k}", lang) for k in keys}
