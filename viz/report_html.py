"""The evaluator's report as one self-contained HTML file: inline CSS, inline SVG, no scripts, A4 print.

Jinja2 renders it with autoescape on, so every name and explanation from the data is escaped. The only
markup passed through unescaped is the SVG that `viz.svg` built with ElementTree (which escapes text).
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from graph.i18n import number, register, score_name, signed, t
from viz.report_data import Report, finding_label
from viz.silos import pairs_text
from viz.svg import layered_diagram

REPORT_SILOS = 10
"""Silo pairs listed under a goal in the report; the count says how many there are in all."""

TEMPLATES = Path(__file__).resolve().parent / "templates"

register({f"report.{k}": v for k, v in {
    "title": {"sv": "Utvärderingsrapport: {rus}", "en": "Evaluation report: {rus}"},
    "subtitle": {"sv": "Underlag för halvtidsutvärdering och uppföljning av den regionala utvecklingsstrategin.",
                 "en": "Material for the mid-term evaluation and follow-up of the regional development strategy."},
    "meta": {"sv": "Datamängd {dataset}, inläst {imported}. Rapporten skapad {created}.",
             "en": "Dataset {dataset}, imported {imported}. Report created {created}."},
    "summary": {"sv": "Sammanfattning", "en": "Summary"},
    "count.strategies": {"sv": "strategier och planer", "en": "strategies and plans"},
    "count.goals": {"sv": "mål", "en": "goals"},
    "count.actions": {"sv": "insatser", "en": "actions"},
    "count.indicators": {"sv": "indikatorer", "en": "indicators"},
    "count.actors": {"sv": "aktörer", "en": "actors"},
    "count.observations": {"sv": "utfall (mätvärden)", "en": "observations"},
    "count.links": {"sv": "kopplingar", "en": "links"},
    "counts": {"sv": "Innehåll", "en": "Contents of the dataset"},
    "headline": {"sv": "De viktigaste fynden", "en": "Headline findings"},
    "no_headline": {"sv": "Inga fynd med hög allvarlighetsgrad.", "en": "No findings of high severity."},
    "findings_per_analysis": {"sv": "Fynd per analys", "en": "Findings per analysis"},
    "analysis": {"sv": "Analys", "en": "Analysis"},
    "findings": {"sv": "Fynd", "en": "Findings"},
    "of_which_high": {"sv": "varav hög", "en": "of which high"},
    "avg_completeness": {"sv": "Genomsnittlig kedjans fullständighet för RUS-målen: {value}.",
                         "en": "Average chain completeness of the RUS goals: {value}."},
    "goals_section": {"sv": "Målområden och RUS-mål", "en": "Goal areas and RUS goals"},
    "other_goals": {"sv": "Vision och övriga RUS-mål", "en": "Vision and other RUS goals"},
    "goal_area": {"sv": "Målområde", "en": "Goal area"},
    "scorecard": {"sv": "Bidragsanalys", "en": "Contribution scorecard"},
    "actions": {"sv": "Bidragande insatser (aktiva / alla)", "en": "Contributing actions (active / all)"},
    "plans": {"sv": "Planer", "en": "Plans"},
    "actors": {"sv": "Aktörer", "en": "Actors"},
    "completeness": {"sv": "Kedjans fullständighet", "en": "Chain completeness"},
    "severity": {"sv": "Allvarlighetsgrad", "en": "Severity"},
    "severity_short": {"sv": "Grad", "en": "Severity"},
    "none": {"sv": "inga", "en": "none"},
    "indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "indicator": {"sv": "Indikator", "en": "Indicator"},
    "unit": {"sv": "Enhet", "en": "Unit"},
    "baseline": {"sv": "Utgångsläge (basår)", "en": "Baseline (base year)"},
    "target": {"sv": "Målvärde", "en": "Target value"},
    "latest": {"sv": "Senaste utfall", "en": "Latest observation"},
    "trend": {"sv": "Trend", "en": "Trend"},
    "no_indicators": {"sv": "Målet följs inte upp med någon indikator.", "en": "No indicator follows up this goal."},
    "diagram": {"sv": "Målkedja: insatser, mål på vägen och RUS-målet (positiva kopplingar).",
                "en": "Chain: actions, goals on the way and the RUS goal (positive links)."},
    "col_actions": {"sv": "Insatser", "en": "Actions"},
    "col_middle": {"sv": "Mål på vägen (planer)", "en": "Goals on the way (plans)"},
    "col_goal": {"sv": "RUS-mål", "en": "RUS goal"},
    "more_actions": {"sv": "… och {n} insatser till (se tabellerna).", "en": "… and {n} more actions (see the tables)."},
    "no_actions": {"sv": "Ingen insats når målet.", "en": "No action reaches this goal."},
    "conflicts": {"sv": "Målkonflikter", "en": "Goal conflicts"},
    "synergies": {"sv": "Synergier", "en": "Synergies"},
    "gaps": {"sv": "Luckor", "en": "Gaps"},
    "alignment_here": {"sv": "Koppling uppåt", "en": "Alignment"},
    "coverage": {"sv": "Täckningsmatris (RUS-mål × planer)", "en": "Coverage matrix (RUS goals × plans)"},
    "coverage_help": {"sv": "Antal insatser i varje plan som når RUS-målet. Planernas namn står under tabellen.",
                      "en": "Number of each plan's actions that reach the RUS goal. The plans' names are below the table."},
    "goal": {"sv": "RUS-mål", "en": "RUS goal"},
    "plan": {"sv": "Plan", "en": "Plan"},
    "plan_name": {"sv": "Planens namn", "en": "Name of the plan"},
    "orphans": {"sv": "Insatser utan koppling till RUS", "en": "Orphan actions"},
    "actor_findings": {"sv": "Aktörer: flaskhalsar, brobyggare och aktörstyper som saknas",
                       "en": "Actors: bottlenecks, bridges and missing actor kinds"},
    "alignment": {"sv": "Koppling till nationella strategin och Agenda 2030",
                  "en": "Alignment with the national strategy and Agenda 2030"},
    "kind": {"sv": "Typ", "en": "Kind"},
    "subject": {"sv": "Gäller", "en": "Subject"},
    "related": {"sv": "Berör", "en": "Related"},
    "explanation": {"sv": "Förklaring", "en": "Explanation"},
    "no_findings": {"sv": "Inga fynd.", "en": "No findings."},
    "compare": {"sv": "Förändringar sedan {other}", "en": "Changes since {other}"},
    "compare_intro": {"sv": "{new} nya och {resolved} lösta fynd jämfört med datamängden {other}.",
                      "en": "{new} new and {resolved} resolved findings compared with the dataset {other}."},
    "new": {"sv": "Nya fynd", "en": "New findings"},
    "resolved": {"sv": "Lösta fynd", "en": "Resolved findings"},
    "movement": {"sv": "Indikatorernas utveckling", "en": "Indicator movement"},
    "then": {"sv": "Senaste utfall då", "en": "Latest then"},
    "now": {"sv": "Senaste utfall nu", "en": "Latest now"},
    "change": {"sv": "Förändring", "en": "Change"},
    "appendix": {"sv": "Bilaga: metod", "en": "Appendix: method"},
    "appendix_intro": {"sv": ("Rapporten bygger på de kopplingar regionen har registrerat: insatser bidrar till mål, "
                              "mål bidrar till RUS-mål, indikatorer följer upp mål. Ett mål ”nås” av en insats när "
                              "det finns en kedja av kopplingar med positiv poäng från insatsen till målet."),
                       "en": ("The report rests on the links the region has recorded: actions contribute to goals, "
                              "goals to RUS goals, indicators follow up goals. An action \u201creaches\u201d a goal "
                              "when a chain of links with positive scores leads from the action to the goal.")},
    "definitions": {"sv": "Analysernas definitioner", "en": "Definitions of the analyses"},
    "scale": {"sv": "Skalan −3 … +3", "en": "The scale −3 … +3"},
    "scale_intro": {"sv": "Varje koppling har en poäng på den sjugradiga skalan för hur målen påverkar varandra.",
                    "en": "Every link has a score on the seven-point scale of how goals affect each other."},
    "score": {"sv": "Poäng", "en": "Score"},
    "meaning": {"sv": "Betydelse", "en": "Meaning"},
    "sources": {"sv": "Datakällor", "en": "Data sources"},
    "source_dataset": {"sv": "Datamängden {dataset} (källa vid inläsning: {source}).",
                       "en": "The dataset {dataset} (imported from: {source})."},
    "source_reference": {"sv": ("Referensdata: FN:s globala mål och delmål (Agenda 2030), nationella strategin för "
                                "hållbar regional utveckling 2021–2030, SCB:s läns- och kommunkoder."),
                         "en": ("Reference data: the UN Sustainable Development Goals and targets (Agenda 2030), the "
                                "national strategy for sustainable regional development 2021–2030, Statistics "
                                "Sweden's county and municipality codes.")},
    "source_indicators": {"sv": "Indikatorernas källor: {sources}.", "en": "Sources of the indicators: {sources}."},
}.items()})

DEFINITIONS = {
    "chains": {"sv": "Varje kedja av positiva kopplingar från en insats till ett RUS-mål, med kedjans svagaste poäng.",
               "en": "Every chain of positive links from an action to a RUS goal, with the chain's weakest score."},
    "orphan_actions": {"sv": ("Insatser som inte når något RUS-mål: utan koppling, kopplade bara till mål som inte leder "
                              "till RUS (återvändsgränd), eller med bara kopplingar med poäng ≤ 0."),
                       "en": ("Actions that reach no RUS goal: unlinked, linked only to goals that lead to no RUS "
                              "goal (dead end), or with only links scored ≤ 0.")},
    "uncovered_goals": {"sv": ("RUS-mål (mål, delmål och målområden utan undermål) som ingen insats når, som nås "
                               "genom bara en plan, eller bara av avslutade, pausade eller avbrutna insatser."),
                        "en": ("RUS goals (goals, targets and goal areas without children) that no action reaches, "
                               "reached through one plan only, or only by completed, paused or cancelled actions.")},
    "unmeasured": {"sv": ("RUS-mål som varken själva eller genom undermål följs upp med en indikator; indikatorer "
                          "utan utfall; indikatorer utan målvärde."),
                   "en": ("RUS goals with no indicator on themselves or any goal under them; indicators without "
                          "observations; indicators without a target value.")},
    "conflicts": {"sv": ("Angivna negativa påverkanskopplingar mellan mål, insatser som motverkar ett mål, "
                         "avvägningar (insatser som både hjälper och stjälper) och indirekta konflikter. "
                         "Allvarlighetsgrad efter mest negativa poäng: −3 hög, −2 medel, −1 låg."),
                  "en": ("Declared negative interactions between goals, actions against a goal, trade-offs and "
                         "indirect conflicts. Severity from the most negative score: −3 high, −2 medium, −1 low.")},
    "synergies": {"sv": "Angivna positiva påverkanskopplingar och insatser som når RUS-mål i flera målområden.",
                  "en": "Declared positive interactions, and actions reaching RUS goals in several goal areas."},
    "complementarity": {"sv": ("Stuprör (planer som bidrar till samma mål utan gemensamma aktörer), överlapp "
                               "(samma ledande aktör och område i två planer) och geografiska luckor (kommuner "
                               "som ingen insats i ett målområde når)."),
                        "en": ("Silos (plans contributing to one goal without shared actors), overlaps (same lead "
                               "actor and area in two plans) and territorial gaps (municipalities no action of a "
                               "goal area reaches).")},
    "actors": {"sv": ("Flaskhalsar (en aktör ansvarar för minst tre och mer än hälften av ett målområdes insatser), "
                      "brobyggande aktörer (högst mellanhetscentralitet) och planer som saknar civilsamhälle, "
                      "privata aktörer eller kommuner."),
               "en": ("Bottlenecks (one actor leads at least three and more than half of a goal area's actions), "
                      "bridging actors (highest betweenness) and plans missing civil society, private actors or "
                      "municipalities.")},
    "contribution": {"sv": ("Per RUS-mål: bidragande insatser (aktiva och alla), planer, indikatorer med utgångsläge, "
                            "målvärde och trend (de två senaste utfallen för hela området, båda könen), och kedjans "
                            "fullständighet 0–1: andelen av fem länkar som finns (insats, aktiv insats, indikator, "
                            "indikator med utgångsläge och målvärde, indikator med trend)."),
                     "en": ("Per RUS goal: contributing actions (active and all), plans, indicators with baseline, "
                            "target and trend (the last two observations for the whole area, both genders), and "
                            "chain completeness 0–1: the share of five links present (action, active action, "
                            "indicator, indicator with baseline and target, indicator with a trend).")},
    "alignment": {"sv": ("Vilka RUS-mål som når nationella strategin och Agenda 2030, och vilka som inte når "
                         "någon av dem."),
                  "en": "Which RUS goals reach the national strategy and Agenda 2030, and which reach neither."},
    "influence": {"sv": ("Hur mycket framsteg för ett mål påverkar de andra målen, räknat på de angivna "
                         "påverkanskopplingarna: direkt, med nästa steg och totalt (DEMATEL); mål med störst positiv "
                         "spridning (hävstång) och mål vars framsteg försvårar för andra (risk)."),
                  "en": ("How much progress on one goal affects the other goals, computed from the declared "
                         "interactions: directly, with the next step and in total (DEMATEL); the goals whose progress "
                         "spreads most (leverage) and those whose progress sets others back (risk).")},
}


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    return env


def render_html(report: Report) -> str:
    """The report as one HTML document (UTF-8 text)."""
    lang = report.lang

    def tr(key: str, **values: object) -> str:
        return t(f"report.{key}", lang, **values)

    diagrams = {}
    for card in report.scorecards:
        if card["diagram"]["actions"]:
            svg = layered_diagram(card["diagram"], report.names, title=card["name"],
                                  column_titles=(tr("col_actions"), tr("col_middle"), tr("col_goal")),
                                  more_text=tr("more_actions", n=card["diagram"]["hidden"]))
            diagrams[card["id"]] = Markup(svg)  # built by ElementTree: every text node is already escaped
    from viz.influence_view import influence_rows, report_texts

    influence = influence_rows(report.results["influence"], report.name, lang) if "influence" in report.results else []
    completeness = [c["completeness"] for c in report.scorecards]
    avg = sum(completeness) / len(completeness) if completeness else 0.0
    template = _environment().get_template("report/report.html")
    return template.render(
        r=report, lang=lang, tr=tr, t=lambda key, **v: t(key, lang, **v), silo_pairs=lambda n: pairs_text(n, lang),
        silo_shown=REPORT_SILOS, num=lambda v, d=1: number(v, lang, d),
        kind=lambda f: finding_label(f, lang), sev=lambda s: t(f"severity.{s}", lang),
        score_name=lambda s: score_name(s, lang), signed=signed, diagrams=diagrams, avg=avg,
        definitions={k: v["en" if lang == "en" else "sv"] for k, v in DEFINITIONS.items()},
        names=lambda ids: ", ".join(report.name(i) for i in ids),
        influence=influence, influence_texts=report_texts(lang),
    )
