"""The words of the overview (flow) diagram and its page, Swedish first, registered in graph.i18n."""

from __future__ import annotations

from graph.i18n import register, t

register(
    {
        "flow.title": {
            "sv": "Från planer till RUS-mål: så bidrar insatserna",
            "en": "From plans to RUS goals: how the actions contribute",
        },
        "flow.nav": {"sv": "Översiktsflöde", "en": "Overview flow"},
        "flow.nav_help": {
            "sv": "Hela datamängden på en bild: planer → planmål → RUS-mål → nationella strategin och "
            "Agenda 2030. Bandens bredd är antalet insatser.",
            "en": "The whole dataset in one picture: plans → plan goals → RUS goals → the national "
            "strategy and Agenda 2030. Band widths are numbers of actions.",
        },
        "flow.col_plans": {"sv": "Planer", "en": "Plans"},
        "flow.col_goals": {"sv": "Planmål", "en": "Plan goals"},
        "flow.col_rus": {"sv": "RUS-mål", "en": "RUS goals"},
        "flow.col_refs": {"sv": "Nationella strategin / Agenda 2030", "en": "National strategy / Agenda 2030"},
        "flow.reaching.one": {"sv": "{n} insats når RUS-mål", "en": "{n} action reaches RUS goals"},
        "flow.reaching.many": {"sv": "{n} insatser når RUS-mål", "en": "{n} actions reach RUS goals"},
        "flow.negative.one": {"sv": "{n} negativt bidrag", "en": "{n} negative contribution"},
        "flow.negative.many": {"sv": "{n} negativa bidrag", "en": "{n} negative contributions"},
        "flow.uncovered.one": {"sv": "{n} RUS-mål utan insatser", "en": "{n} RUS goal without actions"},
        "flow.uncovered.many": {"sv": "{n} RUS-mål utan insatser", "en": "{n} RUS goals without actions"},
        "flow.own_actions": {"sv": "RUS: egna insatser", "en": "RUS: own actions"},
        "flow.direct": {"sv": "{plan}: direkt till RUS-mål", "en": "{plan}: straight to RUS goals"},
        "flow.group": {"sv": "{plan}: {n} planmål", "en": "{plan}: {n} plan goals"},
        "flow.group_area": {"sv": "{area}: {n} RUS-mål", "en": "{area}: {n} RUS goals"},
        "flow.nat": {"sv": "Nationella strategin {n}: {name}", "en": "National strategy {n}: {name}"},
        "flow.sdg": {"sv": "Globalt mål {n}: {name}", "en": "SDG {n}: {name}"},
        "flow.lg_band": {
            "sv": "Insatser som bidrar (bredden = antal insatser, 1 insats = {px} px)",
            "en": "Actions that contribute (width = number of actions, 1 action = {px} px)",
        },
        "flow.lg_negative": {
            "sv": "Negativt bidrag: insats som motverkar ett mål (rött, randigt)",
            "en": "Negative contribution: an action working against a goal (red, hatched)",
        },
        "flow.lg_no_actions": {
            "sv": "RUS-målet bidrar, men ingen insats når det",
            "en": "The RUS goal contributes, but no action reaches it",
        },
        "flow.lg_uncovered": {
            "sv": "∅ RUS-mål som ingen insats når (streckad ram)",
            "en": "∅ RUS goal no action reaches (dashed border)",
        },
        "flow.lg_conflict": {
            "sv": "⚠ mål som får ett negativt bidrag",
            "en": "⚠ goal receiving a negative contribution",
        },
        "flow.lg_count": {
            "sv": "Talet i rutan: antal insatser (−: negativa)",
            "en": "The number in a box: actions (−: negative)",
        },
        "flow.source": {"sv": "Källa: ruslink / {source}", "en": "Source: ruslink / {source}"},
        "flow.drawn": {"sv": "Ritad {date}", "en": "Drawn {date}"},
        "flow.band_title": {"sv": "{n} insatser från {src} till {dst}", "en": "{n} actions from {src} to {dst}"},
        "flow.band_title_one": {"sv": "1 insats från {src} till {dst}", "en": "1 action from {src} to {dst}"},
        "flow.band_negative": {
            "sv": "Negativa bidrag från {src} till {dst}",
            "en": "Negative contributions from {src} to {dst}",
        },
        "flow.band_page": {"sv": "Kedjorna bakom bandet", "en": "The chains behind the band"},
        "flow.band_not_found": {
            "sv": "Det finns inget band från {src} till {dst} i översikten.",
            "en": "The overview has no band from {src} to {dst}.",
        },
        "flow.back": {"sv": "Tillbaka till översiktsflödet", "en": "Back to the overview flow"},
        "flow.click_hint": {
            "sv": "Klicka på ett band för att se kedjorna bakom det, på ett mål för dess kedjor.",
            "en": "Click a band to see the chains behind it, a goal for its chains.",
        },
        "flow.band_help": {
            "sv": "Insatsernas kedjor (analysen Målkedjor) och negativa bidrag (analysen Målkonflikter) "
            "som bandet summerar.",
            "en": "The actions' chains (the Chains analysis) and negative contributions (the Goal "
            "conflicts analysis) the band sums up.",
        },
    }
)


def counted(key: str, n: int, lang: str) -> str:
    """`key.one` or `key.many` with `n` filled in (Swedish and English plurals)."""
    return t(f"{key}.{'one' if n == 1 else 'many'}", lang, n=n)
