"""The words of the diagrams (legend, captions, titles), Swedish first, registered in graph.i18n."""

from __future__ import annotations

from graph.i18n import register

register(
    {
        "dg.lg_rus": {"sv": "RUS: vision, målområde, mål", "en": "RUS: vision, goal area, goal"},
        "dg.kind.plan_goal": {"sv": "planmål (färg = plan)", "en": "plan goal (colour = plan)"},
        "dg.kind.action": {"sv": "insats (rundad, färg = plan)", "en": "action (rounded, colour = plan)"},
        "dg.kind.actor": {"sv": "aktör (sexhörning)", "en": "actor (hexagon)"},
        "dg.kind.indicator": {"sv": "indikator (vikt hörn)", "en": "indicator (folded corner)"},
        "dg.kind.reference": {
            "sv": "nationella strategin, Agenda 2030 (dubbel kant)",
            "en": "national strategy, Agenda 2030 (double border)",
        },
        "dg.line.contributes_to": {
            "sv": "bidrar till (tjockare = starkare, +1…+3)",
            "en": "contributes to (thicker = stronger, +1…+3)",
        },
        "dg.line.contributes_to_neg": {
            "sv": "motverkar (röd, tvärstreck ⊣, minustal)",
            "en": "works against (red, bar ⊣, minus score)",
        },
        "dg.line.interacts_with": {
            "sv": "påverkar positivt (blå streckad, med tal)",
            "en": "affects positively (blue dashed, with score)",
        },
        "dg.line.interacts_with_neg": {
            "sv": "påverkar negativt: målkonflikt (röd streckad, minustal)",
            "en": "affects negatively: goal conflict (red dashed, minus score)",
        },
        "dg.line.measured_by": {"sv": "följs upp med (grå streckad)", "en": "measured by (grey dashed)"},
        "dg.line.responsible_for": {"sv": "ansvarig för (lila)", "en": "lead on (purple)"},
        "dg.line.participates_in": {"sv": "medverkar i (lila streckad)", "en": "partner in (purple dashed)"},
        "dg.line.part_of": {"sv": "ingår i (grå)", "en": "part of (grey)"},
        "dg.mark.conflict": {"sv": "målkonflikt (röd kant)", "en": "goal conflict (red border)"},
        "dg.mark.orphan": {
            "sv": "insats utan koppling till RUS (streckad kant)",
            "en": "orphan action (dashed border)",
        },
        "dg.mark.gap": {"sv": "mål utan insatser (streckad kant)", "en": "goal without actions (dashed border)"},
        "dg.legend": {"sv": "Teckenförklaring", "en": "Legend"},
        "dg.source": {"sv": "Källa: ruslink / {source}", "en": "Source: ruslink / {source}"},
        "dg.dataset": {"sv": "Datamängd: {dataset}", "en": "Dataset: {dataset}"},
        "dg.drawn_on": {"sv": "Ritad {date}", "en": "Drawn {date}"},
        "dg.illustrative": {"sv": "Exempeldata – illustrativt", "en": "Illustrative data"},
        "dg.goal_title": {"sv": "{id} {name}", "en": "{id} {name}"},
        "dg.goal_subtitle": {
            "sv": "Kopplingsdiagram för ett RUS-mål: uppåt till nationella strategin och Agenda 2030, "
            "nedåt till planer, insatser, aktörer och indikatorer",
            "en": "Linkage diagram of a RUS goal: up to the national strategy and Agenda 2030, down to "
            "plans, actions, actors and indicators",
        },
        "dg.goal_plan_subtitle": {
            "sv": "Kopplingsdiagram för ett RUS-mål, bara planen {plan}",
            "en": "Linkage diagram of a RUS goal, only the plan {plan}",
        },
        "dg.plan_title": {"sv": "{name}", "en": "{name}"},
        "dg.plan_subtitle": {
            "sv": "Bara denna plan: dess mål och insatser och vad de bidrar till",
            "en": "Only this plan: its goals and actions and what they contribute to",
        },
        "dg.actor_subtitle": {
            "sv": "Bara denna aktör: dess insatser och vad de bidrar till",
            "en": "Only this actor: its actions and what they contribute to",
        },
        "dg.conflicts_title": {"sv": "Målkonflikter", "en": "Goal conflicts"},
        "dg.conflicts_subtitle": {
            "sv": "Bara konflikterna: målen och insatserna i analysens målkonflikter",
            "en": "Only the conflicts: the goals and actions of the analysis's goal conflicts",
        },
        "dg.finding_subtitle": {"sv": "Ett fynd i analysen {analysis}", "en": "A finding of the analysis {analysis}"},
        "dg.overview_title": {
            "sv": "Översikt: planer → planmål → RUS-mål → nationella strategin och Agenda 2030",
            "en": "Overview: plans → plan goals → RUS goals → national strategy and Agenda 2030",
        },
        "dg.overview_subtitle": {
            "sv": "Linjernas bredd = antal insatser som bidrar",
            "en": "Line width = number of contributing actions",
        },
        "dg.line.band": {"sv": "bidrar (bredd = antal insatser)", "en": "contributes (width = number of actions)"},
        "dg.kind.plan": {"sv": "plan (färg och mönster = plan)", "en": "plan (colour and pattern = plan)"},
        "dg.pattern.stripes": {"sv": "randig", "en": "striped"},
        "dg.pattern.dots": {"sv": "prickig", "en": "dotted"},
        "dg.pattern.cross": {"sv": "rutig", "en": "checked"},
        "dg.finding_not_found": {
            "sv": "Fyndet {finding!r} finns inte i datamängden.",
            "en": "The finding {finding!r} is not in the dataset.",
        },
        "dg.finding_format": {
            "sv": "Ange fyndet som ANALYS:SLAG:SUBJEKT, till exempel conflicts:declared:RUS-1.1.",
            "en": "Give the finding as ANALYSIS:KIND:SUBJECT, for example conflicts:declared:RUS-1.1.",
        },
        "dg.not_found": {"sv": "{what} {id!r} finns inte i datamängden.", "en": "{what} {id!r} is not in the dataset."},
        "dg.choose_one": {
            "sv": "Välj precis en av --goal, --plan, --actor, --finding, --conflicts och --overview.",
            "en": "Choose exactly one of --goal, --plan, --actor, --finding, --conflicts and --overview.",
        },
        "dg.format": {
            "sv": "Filen måste sluta på .svg, .png eller .html: {path}",
            "en": "The file must end in .svg, .png or .html: {path}",
        },
        "dg.written": {"sv": "Diagrammet är sparat i {path}.", "en": "The diagram is saved in {path}."},
        "dg.show_only_conflicts": {"sv": "Bara konflikterna", "en": "Only the conflicts"},
        "dg.show_only_plan": {"sv": "Bara denna plan", "en": "Only this plan"},
        "dg.export_svg": {"sv": "Spara som SVG", "en": "Save as SVG"},
        "dg.export_png": {"sv": "Spara som PNG", "en": "Save as PNG"},
        "dg.export_html": {"sv": "Spara som HTML", "en": "Save as HTML"},
        "dg.fit": {"sv": "Anpassa till skärmen", "en": "Fit to screen"},
        "dg.left_out": {
            "sv": "{n} aktörer och indikatorer visas inte, så att texten går att läsa",
            "en": "{n} actors and indicators left out so the text stays readable",
        },
        "dg.show_actors": {"sv": "Visa aktörerna också", "en": "Show the actors too"},
        "dg.show": {"sv": "Visa", "en": "Show"},
        "dg.nodes": {"sv": "{n} rutor", "en": "{n} boxes"},
    }
)
