"""The evaluator's report as one self-contained HTML file: inline CSS, inline SVG, no scripts, A4 print.

Jinja2 renders it with autoescape on, so every name and explanation from the data is escaped. The only
markup passed through unescaped is the SVG that `viz.svg` built with ElementTree (which escapes text).
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from graph.i18n import number, score_name, signed, t
from viz.report_data import Report, finding_label
from viz.silos import pairs_text
from viz.svg import layered_diagram

REPORT_SILOS = 10
"""Silo pairs listed under a goal in the report; the count says how many there are in all."""

TEMPLATES = Path(__file__).resolve().parent / "templates"

DEFINITIONS = {
    "chains": {
        "sv": "Varje kedja av positiva kopplingar från en insats till ett RUS-mål, med kedjans svagaste poäng.",
        "en": "Every chain of positive links from an action to a RUS goal, with the chain's weakest score.",
    },
    "orphan_actions": {
        "sv": (
            "Insatser som inte når något RUS-mål: utan koppling, kopplade bara till mål som inte leder "
            "till RUS (återvändsgränd), eller med bara kopplingar med poäng ≤ 0."
        ),
        "en": (
            "Actions that reach no RUS goal: unlinked, linked only to goals that lead to no RUS "
            "goal (dead end), or with only links scored ≤ 0."
        ),
    },
    "uncovered_goals": {
        "sv": (
            "RUS-mål (mål, delmål och målområden utan undermål) som ingen insats når, som nås "
            "genom bara en plan, eller bara av avslutade, pausade eller avbrutna insatser."
        ),
        "en": (
            "RUS goals (goals, targets and goal areas without children) that no action reaches, "
            "reached through one plan only, or only by completed, paused or cancelled actions."
        ),
    },
    "unmeasured": {
        "sv": (
            "RUS-mål som varken själva eller genom undermål följs upp med en indikator; indikatorer "
            "utan utfall; indikatorer utan målvärde."
        ),
        "en": (
            "RUS goals with no indicator on themselves or any goal under them; indicators without "
            "observations; indicators without a target value."
        ),
    },
    "conflicts": {
        "sv": (
            "Angivna negativa påverkanskopplingar mellan mål, insatser som motverkar ett mål, "
            "avvägningar (insatser som både hjälper och stjälper) och indirekta konflikter. "
            "Allvarlighetsgrad efter mest negativa poäng: −3 hög, −2 medel, −1 låg."
        ),
        "en": (
            "Declared negative interactions between goals, actions against a goal, trade-offs and "
            "indirect conflicts. Severity from the most negative score: −3 high, −2 medium, −1 low."
        ),
    },
    "synergies": {
        "sv": "Angivna positiva påverkanskopplingar och insatser som når RUS-mål i flera målområden.",
        "en": "Declared positive interactions, and actions reaching RUS goals in several goal areas.",
    },
    "complementarity": {
        "sv": (
            "Stuprör (planer som bidrar till samma mål utan gemensamma aktörer), överlapp "
            "(samma ledande aktör och område i två planer) och geografiska luckor (kommuner "
            "som ingen insats i ett målområde når)."
        ),
        "en": (
            "Silos (plans contributing to one goal without shared actors), overlaps (same lead "
            "actor and area in two plans) and territorial gaps (municipalities no action of a "
            "goal area reaches)."
        ),
    },
    "actors": {
        "sv": (
            "Flaskhalsar (en aktör ansvarar för minst tre och mer än hälften av ett målområdes insatser), "
            "brobyggande aktörer (högst mellanhetscentralitet) och planer som saknar civilsamhälle, "
            "privata aktörer eller kommuner."
        ),
        "en": (
            "Bottlenecks (one actor leads at least three and more than half of a goal area's actions), "
            "bridging actors (highest betweenness) and plans missing civil society, private actors or "
            "municipalities."
        ),
    },
    "contribution": {
        "sv": (
            "Per RUS-mål: bidragande insatser (aktiva och alla), planer, indikatorer med utgångsläge, "
            "målvärde och trend (de två senaste utfallen för hela området, båda könen), och kedjans "
            "fullständighet 0–1: andelen av fem länkar som finns (insats, aktiv insats, indikator, "
            "indikator med utgångsläge och målvärde, indikator med trend)."
        ),
        "en": (
            "Per RUS goal: contributing actions (active and all), plans, indicators with baseline, "
            "target and trend (the last two observations for the whole area, both genders), and "
            "chain completeness 0–1: the share of five links present (action, active action, "
            "indicator, indicator with baseline and target, indicator with a trend)."
        ),
    },
    "alignment": {
        "sv": ("Vilka RUS-mål som når nationella strategin och Agenda 2030, och vilka som inte når någon av dem."),
        "en": "Which RUS goals reach the national strategy and Agenda 2030, and which reach neither.",
    },
    "influence": {
        "sv": (
            "Hur mycket framsteg för ett mål påverkar de andra målen, räknat på de angivna "
            "påverkanskopplingarna: direkt, med nästa steg och totalt (DEMATEL); mål med störst positiv "
            "spridning (hävstång) och mål vars framsteg försvårar för andra (risk)."
        ),
        "en": (
            "How much progress on one goal affects the other goals, computed from the declared "
            "interactions: directly, with the next step and in total (DEMATEL); the goals whose progress "
            "spreads most (leverage) and those whose progress sets others back (risk)."
        ),
    },
}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def render_html(report: Report) -> str:
    """The report as one HTML document (UTF-8 text)."""
    lang = report.lang

    def tr(key: str, **values: object) -> str:
        return t(f"report.{key}", lang, **values)

    diagrams = {}
    for card in report.scorecards:
        if card["diagram"]["actions"]:
            svg = layered_diagram(
                card["diagram"],
                report.names,
                title=card["name"],
                column_titles=(tr("col_actions"), tr("col_middle"), tr("col_goal")),
                more_text=tr("more_actions", n=card["diagram"]["hidden"]),
            )
            diagrams[card["id"]] = Markup(svg)  # built by ElementTree: every text node is already escaped
    from viz.influence_view import influence_rows, report_texts

    influence = influence_rows(report.results["influence"], report.name, lang) if "influence" in report.results else []
    completeness = [c["completeness"] for c in report.scorecards]
    avg = sum(completeness) / len(completeness) if completeness else 0.0
    template = _environment().get_template("report/report.html")
    return template.render(
        r=report,
        lang=lang,
        tr=tr,
        t=lambda key, **v: t(key, lang, **v),
        silo_pairs=lambda n: pairs_text(n, lang),
        silo_shown=REPORT_SILOS,
        num=lambda v, d=1: number(v, lang, d),
        kind=lambda f: finding_label(f, lang),
        sev=lambda s: t(f"severity.{s}", lang),
        score_name=lambda s: score_name(s, lang),
        signed=signed,
        diagrams=diagrams,
        avg=avg,
        definitions={k: v["en" if lang == "en" else "sv"] for k, v in DEFINITIONS.items()},
        names=lambda ids: ", ".join(report.name(i) for i in ids),
        influence=influence,
        influence_texts=report_texts(lang),
    )
