"""The words of the evaluator's report (HTML and XLSX), Swedish first: part of the viz catalogue
(`viz.texts.TEXTS`)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # viz.report_data
    "report.level.vision": {"sv": "vision", "en": "vision"},
    "report.level.goal_area": {"sv": "målområde", "en": "goal area"},
    "report.level.goal": {"sv": "mål / prioritering", "en": "goal / priority"},
    "report.level.target": {"sv": "delmål", "en": "target"},
    # viz.report_html
    "report.title": {"sv": "Utvärderingsrapport: {rus}", "en": "Evaluation report: {rus}"},
    "report.subtitle": {
        "sv": "Underlag för halvtidsutvärdering och uppföljning av den regionala utvecklingsstrategin.",
        "en": "Material for the mid-term evaluation and follow-up of the regional development strategy.",
    },
    "report.meta": {
        "sv": "Datamängd {dataset}, inläst {imported}. Rapporten skapad {created}.",
        "en": "Dataset {dataset}, imported {imported}. Report created {created}.",
    },
    "report.summary": {"sv": "Sammanfattning", "en": "Summary"},
    "report.count.strategies": {"sv": "strategier och planer", "en": "strategies and plans"},
    "report.count.goals": {"sv": "mål", "en": "goals"},
    "report.count.actions": {"sv": "insatser", "en": "actions"},
    "report.count.indicators": {"sv": "indikatorer", "en": "indicators"},
    "report.count.actors": {"sv": "aktörer", "en": "actors"},
    "report.count.observations": {"sv": "utfall (mätvärden)", "en": "observations"},
    "report.count.links": {"sv": "kopplingar", "en": "links"},
    "report.counts": {"sv": "Innehåll", "en": "Contents of the dataset"},
    "report.headline": {"sv": "De viktigaste fynden", "en": "Headline findings"},
    "report.no_headline": {"sv": "Inga fynd med hög allvarlighetsgrad.", "en": "No findings of high severity."},
    "report.findings_per_analysis": {"sv": "Fynd per analys", "en": "Findings per analysis"},
    "report.analysis": {"sv": "Analys", "en": "Analysis"},
    "report.findings": {"sv": "Fynd", "en": "Findings"},
    "report.of_which_high": {"sv": "varav hög", "en": "of which high"},
    "report.avg_completeness": {
        "sv": "Genomsnittlig kedjans fullständighet för RUS-målen: {value}.",
        "en": "Average chain completeness of the RUS goals: {value}.",
    },
    "report.goals_section": {"sv": "Målområden och RUS-mål", "en": "Goal areas and RUS goals"},
    "report.other_goals": {"sv": "Vision och övriga RUS-mål", "en": "Vision and other RUS goals"},
    "report.goal_area": {"sv": "Målområde", "en": "Goal area"},
    "report.scorecard": {"sv": "Bidragsanalys", "en": "Contribution scorecard"},
    "report.actions": {"sv": "Bidragande insatser (aktiva / alla)", "en": "Contributing actions (active / all)"},
    "report.plans": {"sv": "Planer", "en": "Plans"},
    "report.actors": {"sv": "Aktörer", "en": "Actors"},
    "report.completeness": {"sv": "Kedjans fullständighet", "en": "Chain completeness"},
    "report.severity": {"sv": "Allvarlighetsgrad", "en": "Severity"},
    "report.severity_short": {"sv": "Grad", "en": "Severity"},
    "report.none": {"sv": "inga", "en": "none"},
    "report.indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "report.indicator": {"sv": "Indikator", "en": "Indicator"},
    "report.unit": {"sv": "Enhet", "en": "Unit"},
    "report.baseline": {"sv": "Utgångsläge (basår)", "en": "Baseline (base year)"},
    "report.target": {"sv": "Målvärde", "en": "Target value"},
    "report.latest": {"sv": "Senaste utfall", "en": "Latest observation"},
    "report.trend": {"sv": "Trend", "en": "Trend"},
    "report.no_indicators": {
        "sv": "Målet följs inte upp med någon indikator.",
        "en": "No indicator follows up this goal.",
    },
    "report.diagram": {
        "sv": "Målkedja: insatser, mål på vägen och RUS-målet (positiva kopplingar).",
        "en": "Chain: actions, goals on the way and the RUS goal (positive links).",
    },
    "report.col_actions": {"sv": "Insatser", "en": "Actions"},
    "report.col_middle": {"sv": "Mål på vägen (planer)", "en": "Goals on the way (plans)"},
    "report.col_goal": {"sv": "RUS-mål", "en": "RUS goal"},
    "report.more_actions": {
        "sv": "… och {n} insatser till (se tabellerna).",
        "en": "… and {n} more actions (see the tables).",
    },
    "report.no_actions": {"sv": "Ingen insats når målet.", "en": "No action reaches this goal."},
    "report.conflicts": {"sv": "Målkonflikter", "en": "Goal conflicts"},
    "report.synergies": {"sv": "Synergier", "en": "Synergies"},
    "report.gaps": {"sv": "Luckor", "en": "Gaps"},
    "report.alignment_here": {"sv": "Koppling uppåt", "en": "Alignment"},
    "report.coverage": {"sv": "Täckningsmatris (RUS-mål × planer)", "en": "Coverage matrix (RUS goals × plans)"},
    "report.coverage_help": {
        "sv": "Antal insatser i varje plan som når RUS-målet. Planernas namn står under tabellen.",
        "en": "Number of each plan's actions that reach the RUS goal. The plans' names are below the table.",
    },
    "report.goal": {"sv": "RUS-mål", "en": "RUS goal"},
    "report.plan": {"sv": "Plan", "en": "Plan"},
    "report.plan_name": {"sv": "Planens namn", "en": "Name of the plan"},
    "report.orphans": {"sv": "Insatser utan koppling till RUS", "en": "Orphan actions"},
    "report.actor_findings": {
        "sv": "Aktörer: flaskhalsar, brobyggare och aktörstyper som saknas",
        "en": "Actors: bottlenecks, bridges and missing actor kinds",
    },
    "report.alignment": {
        "sv": "Koppling till nationella strategin och Agenda 2030",
        "en": "Alignment with the national strategy and Agenda 2030",
    },
    "report.kind": {"sv": "Typ", "en": "Kind"},
    "report.subject": {"sv": "Gäller", "en": "Subject"},
    "report.related": {"sv": "Berör", "en": "Related"},
    "report.explanation": {"sv": "Förklaring", "en": "Explanation"},
    "report.no_findings": {"sv": "Inga fynd.", "en": "No findings."},
    "report.compare": {"sv": "Förändringar sedan {other}", "en": "Changes since {other}"},
    "report.compare_intro": {
        "sv": "{new} nya och {resolved} lösta fynd jämfört med datamängden {other}.",
        "en": "{new} new and {resolved} resolved findings compared with the dataset {other}.",
    },
    "report.new": {"sv": "Nya fynd", "en": "New findings"},
    "report.resolved": {"sv": "Lösta fynd", "en": "Resolved findings"},
    "report.movement": {"sv": "Indikatorernas utveckling", "en": "Indicator movement"},
    "report.then": {"sv": "Senaste utfall då", "en": "Latest then"},
    "report.now": {"sv": "Senaste utfall nu", "en": "Latest now"},
    "report.change": {"sv": "Förändring", "en": "Change"},
    "report.appendix": {"sv": "Bilaga: metod", "en": "Appendix: method"},
    "report.appendix_intro": {
        "sv": (
            "Rapporten bygger på de kopplingar regionen har registrerat: insatser bidrar till mål, mål bidrar "
            "till RUS-mål, indikatorer följer upp mål. Ett mål ”nås” av en insats när det finns en kedja av "
            "kopplingar med positiv poäng från insatsen till målet."
        ),
        "en": (
            "The report rests on the links the region has recorded: actions contribute to goals, goals to RUS "
            "goals, indicators follow up goals. An action “reaches” a goal when a chain of links with positive "
            "scores leads from the action to the goal."
        ),
    },
    "report.definitions": {"sv": "Analysernas definitioner", "en": "Definitions of the analyses"},
    "report.scale": {"sv": "Skalan −3 … +3", "en": "The scale −3 … +3"},
    "report.scale_intro": {
        "sv": "Varje koppling har en poäng på den sjugradiga skalan för hur målen påverkar varandra.",
        "en": "Every link has a score on the seven-point scale of how goals affect each other.",
    },
    "report.score": {"sv": "Poäng", "en": "Score"},
    "report.meaning": {"sv": "Betydelse", "en": "Meaning"},
    "report.sources": {"sv": "Datakällor", "en": "Data sources"},
    "report.source_dataset": {
        "sv": "Datamängden {dataset} (källa vid inläsning: {source}).",
        "en": "The dataset {dataset} (imported from: {source}).",
    },
    "report.source_reference": {
        "sv": (
            "Referensdata: FN:s globala mål och delmål (Agenda 2030), nationella strategin för hållbar regional "
            "utveckling 2021–2030, SCB:s läns- och kommunkoder."
        ),
        "en": (
            "Reference data: the UN Sustainable Development Goals and targets (Agenda 2030), the national "
            "strategy for sustainable regional development 2021–2030, Statistics Sweden's county and municipality "
            "codes."
        ),
    },
    "report.source_indicators": {
        "sv": "Indikatorernas källor: {sources}.",
        "en": "Sources of the indicators: {sources}.",
    },
    # viz.report_xlsx
    "xlsx.scorecard": {"sv": "Bidragsanalys", "en": "Scorecard"},
    "xlsx.indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "xlsx.changes": {"sv": "Förändringar", "en": "Changes"},
    "xlsx.movement": {"sv": "Indikatorutveckling", "en": "Indicator movement"},
    "xlsx.id": {"sv": "Id", "en": "Id"},
    "xlsx.name": {"sv": "Namn", "en": "Name"},
    "xlsx.level": {"sv": "Nivå", "en": "Level"},
    "xlsx.goal_area": {"sv": "Målområde", "en": "Goal area"},
    "xlsx.actions": {"sv": "Insatser", "en": "Actions"},
    "xlsx.active_actions": {"sv": "Aktiva insatser", "en": "Active actions"},
    "xlsx.plans": {"sv": "Planer", "en": "Plans"},
    "xlsx.actors": {"sv": "Aktörer", "en": "Actors"},
    "xlsx.indicator_count": {"sv": "Indikatorer", "en": "Indicators"},
    "xlsx.trends": {"sv": "Trender", "en": "Trends"},
    "xlsx.completeness": {"sv": "Kedjans fullständighet", "en": "Chain completeness"},
    "xlsx.severity": {"sv": "Allvarlighetsgrad", "en": "Severity"},
    "xlsx.unit": {"sv": "Enhet", "en": "Unit"},
    "xlsx.source": {"sv": "Källa", "en": "Source"},
    "xlsx.direction": {"sv": "Riktning", "en": "Direction"},
    "xlsx.baseline_value": {"sv": "Utgångsläge", "en": "Baseline"},
    "xlsx.target_value": {"sv": "Målvärde", "en": "Target value"},
    "xlsx.latest_period": {"sv": "Senaste period", "en": "Latest period"},
    "xlsx.latest_value": {"sv": "Senaste utfall", "en": "Latest value"},
    "xlsx.kind": {"sv": "Typ", "en": "Kind"},
    "xlsx.kind_code": {"sv": "Typkod", "en": "Kind code"},
    "xlsx.subject": {"sv": "Gäller (id)", "en": "Subject (id)"},
    "xlsx.subject_name": {"sv": "Gäller", "en": "Subject"},
    "xlsx.related": {"sv": "Berör (id)", "en": "Related (ids)"},
    "xlsx.related_names": {"sv": "Berör", "en": "Related"},
    "xlsx.explanation": {"sv": "Förklaring", "en": "Explanation"},
    "xlsx.analysis": {"sv": "Analys", "en": "Analysis"},
    "xlsx.change": {"sv": "Förändring", "en": "Change"},
    "xlsx.new": {"sv": "ny", "en": "new"},
    "xlsx.resolved": {"sv": "löst", "en": "resolved"},
    "xlsx.then": {"sv": "Senaste utfall då", "en": "Latest then"},
    "xlsx.now": {"sv": "Senaste utfall nu", "en": "Latest now"},
    "xlsx.sheet.chains": {"sv": "Målkedjor", "en": "Chains"},
    "xlsx.sheet.orphan_actions": {"sv": "Insatser utan koppling", "en": "Orphan actions"},
    "xlsx.sheet.uncovered_goals": {"sv": "Mål utan insatser", "en": "Goals without actions"},
    "xlsx.sheet.unmeasured": {"sv": "Uppföljning som saknas", "en": "Missing follow-up"},
    "xlsx.sheet.conflicts": {"sv": "Målkonflikter", "en": "Goal conflicts"},
    "xlsx.sheet.synergies": {"sv": "Synergier", "en": "Synergies"},
    "xlsx.sheet.complementarity": {"sv": "Stuprör, överlapp, luckor", "en": "Silos, overlaps, gaps"},
    "xlsx.sheet.actors": {"sv": "Aktörer", "en": "Actors"},
    "xlsx.sheet.contribution": {"sv": "Bidragsanalys, fynd", "en": "Scorecard findings"},
    "xlsx.sheet.influence": {"sv": "Påverkan mellan mål", "en": "Influence between goals"},
    "xlsx.sheet.alignment": {"sv": "Koppling uppåt", "en": "Alignment"},
    "xlsx.followup": {"sv": "Uppföljning", "en": "Follow-up"},
    "xlsx.reports": {"sv": "Lägesrapporter", "en": "Progress reports"},
    "xlsx.moved": {"sv": "Statusändringar", "en": "Status changes"},
}
