"""The words of the web UI, Swedish first (see the glossary), registered in graph.i18n."""

from __future__ import annotations

from graph.i18n import register

register({
    # node types
    "type.Strategy": {"sv": "Strategi", "en": "Strategy"},
    "type.Goal": {"sv": "Mål", "en": "Goal"},
    "type.Action": {"sv": "Insats", "en": "Action"},
    "type.Actor": {"sv": "Aktör", "en": "Actor"},
    "type.Indicator": {"sv": "Indikator", "en": "Indicator"},
    "type.Reference": {"sv": "Referens", "en": "Reference"},
    "type.forum": {"sv": "Forum", "en": "Forum"},
    # goal levels
    "level.vision": {"sv": "vision", "en": "vision"},
    "level.goal_area": {"sv": "målområde", "en": "goal area"},
    "level.goal": {"sv": "mål", "en": "goal"},
    "level.target": {"sv": "delmål", "en": "target"},
    # strategy kinds
    "kind.rus": {"sv": "regional utvecklingsstrategi (RUS)", "en": "regional development strategy (RUS)"},
    "kind.plan": {"sv": "tematisk plan", "en": "thematic plan"},
    "kind.national": {"sv": "nationell strategi", "en": "national strategy"},
    "kind.international": {"sv": "internationell strategi", "en": "international strategy"},
    "kind.municipal": {"sv": "kommunal strategi", "en": "municipal strategy"},
    # reference kinds
    "ref.sdg_goal": {"sv": "globalt mål i Agenda 2030", "en": "SDG"},
    "ref.sdg_target": {"sv": "delmål i Agenda 2030", "en": "SDG target"},
    "ref.national": {"sv": "nationella strategin för hållbar regional utveckling 2021–2030",
                     "en": "the national strategy for sustainable regional development 2021–2030"},
    "ref.county": {"sv": "län", "en": "county"},
    "ref.municipality": {"sv": "kommun", "en": "municipality"},
    # actor kinds
    "actor.region": {"sv": "region", "en": "region"},
    "actor.municipality": {"sv": "kommun", "en": "municipality"},
    "actor.county_board": {"sv": "länsstyrelse", "en": "county board"},
    "actor.state_agency": {"sv": "statlig myndighet", "en": "state agency"},
    "actor.university": {"sv": "lärosäte", "en": "university"},
    "actor.business_support": {"sv": "företagsfrämjare", "en": "business support"},
    "actor.civil_society": {"sv": "civilsamhälle", "en": "civil society"},
    "actor.private": {"sv": "privat sektor", "en": "private sector"},
    "actor.forum": {"sv": "forum (råd, nätverk)", "en": "forum (council, network)"},
    "actor.other": {"sv": "annan", "en": "other"},
    "actor.none": {"sv": "okänd sort", "en": "unknown kind"},
    "status.none": {"sv": "utan status", "en": "no status"},
    # link types
    "link.CONTRIBUTES_TO": {"sv": "bidrar till", "en": "contributes to"},
    "link.INTERACTS_WITH": {"sv": "påverkar", "en": "affects"},
    "link.MEASURED_BY": {"sv": "följs upp med", "en": "measured by"},
    "link.RESPONSIBLE_FOR": {"sv": "ansvarig för", "en": "lead on"},
    "link.PARTICIPATES_IN": {"sv": "medverkar i", "en": "partner in"},
    "link.PART_OF": {"sv": "ingår i", "en": "part of"},
    "link.MEMBER_OF": {"sv": "sitter i", "en": "member of"},
    "link.SHARED": {"sv": "gemensamma insatser", "en": "shared actions"},
    # marks
    "mark.orphan": {"sv": "insats utan koppling till RUS", "en": "orphan action"},
    "mark.conflict": {"sv": "målkonflikt", "en": "goal conflict"},
    "mark.gap": {"sv": "lucka (mål utan insatser)", "en": "gap (goal without actions)"},
    "mark.synergy": {"sv": "synergi", "en": "synergy"},
    # analyses
    "analysis.chains": {"sv": "Målkedjor", "en": "Chains"},
    "analysis.orphan_actions": {"sv": "Insatser utan koppling till RUS", "en": "Orphan actions"},
    "analysis.uncovered_goals": {"sv": "Mål utan insatser", "en": "Goals without actions"},
    "analysis.unmeasured": {"sv": "Uppföljning saknas", "en": "Not measured"},
    "analysis.conflicts": {"sv": "Målkonflikter", "en": "Goal conflicts"},
    "analysis.synergies": {"sv": "Synergier", "en": "Synergies"},
    "analysis.complementarity": {"sv": "Stuprör, överlapp och geografiska luckor",
                                 "en": "Silos, overlaps and territorial gaps"},
    "analysis.actors": {"sv": "Aktörer: flaskhalsar och brobyggare", "en": "Actors: bottlenecks and bridges"},
    "analysis.contribution": {"sv": "Bidragsanalys per mål", "en": "Contribution scorecard"},
    "analysis.alignment": {"sv": "Koppling till nationella strategin och Agenda 2030",
                           "en": "Alignment with the national strategy and Agenda 2030"},
    "severity.high": {"sv": "hög", "en": "high"},
    "severity.medium": {"sv": "medel", "en": "medium"},
    "severity.low": {"sv": "låg", "en": "low"},
    # trends
    "trend.improving": {"sv": "går åt rätt håll", "en": "improving"},
    "trend.worsening": {"sv": "går åt fel håll", "en": "worsening"},
    "trend.flat": {"sv": "oförändrad", "en": "flat"},
    "trend.no_data": {"sv": "saknar data", "en": "no data"},

    # side panel and details
    "ui.id": {"sv": "Id", "en": "Id"},
    "ui.level": {"sv": "Nivå", "en": "Level"},
    "ui.status": {"sv": "Status", "en": "Status"},
    "ui.period": {"sv": "Period", "en": "Period"},
    "ui.budget": {"sv": "Budget", "en": "Budget"},
    "ui.areas": {"sv": "Kommuner", "en": "Municipalities"},
    "ui.actor_kind": {"sv": "Sort", "en": "Kind"},
    "ui.kind": {"sv": "Sort", "en": "Kind"},
    "ui.unit": {"sv": "Enhet", "en": "Unit"},
    "ui.source": {"sv": "Källa", "en": "Source"},
    "ui.source_ref": {"sv": "Id i källan", "en": "Id in the source"},
    "ui.baseline": {"sv": "Utgångsläge (basår)", "en": "Baseline (base year)"},
    "ui.target_value": {"sv": "Målvärde", "en": "Target value"},
    "ui.description": {"sv": "Beskrivning", "en": "Description"},
    "ui.trend_summary": {"sv": "Senaste utfall {last}: {trend}.", "en": "Latest observation {last}: {trend}."},
})
