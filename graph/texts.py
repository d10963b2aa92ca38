"""The words of the graph layer (analyses' explanations, trends, scores, statuses), Swedish first.

Loaded explicitly by `graph.i18n` with the other layers' catalogues; a key may appear once in all of them.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # graph.i18n
    "score.3": {"sv": "odelbar", "en": "indivisible"},
    "score.2": {"sv": "förstärkande", "en": "reinforcing"},
    "score.1": {"sv": "möjliggörande", "en": "enabling"},
    "score.0": {"sv": "förenlig", "en": "consistent"},
    "score.-1": {"sv": "begränsande", "en": "constraining"},
    "score.-2": {"sv": "motverkande", "en": "counteracting"},
    "score.-3": {"sv": "omöjliggörande", "en": "cancelling"},
    "status.planned": {"sv": "planerad", "en": "planned"},
    "status.ongoing": {"sv": "pågående", "en": "ongoing"},
    "status.completed": {"sv": "avslutad", "en": "completed"},
    "status.paused": {"sv": "pausad", "en": "paused"},
    "status.cancelled": {"sv": "avbruten", "en": "cancelled"},
    "illustrative": {
        "sv": "Exempeldata – illustrativt, inte regionens officiella uppföljning",
        "en": "Illustrative data, not the region's official follow-up",
    },
    "kolada_source": {"sv": "Källa: Kolada", "en": "Source: Kolada"},
    # graph.analyses.actors
    "actors.bottleneck": {
        "sv": "Flaskhals: {actor} ansvarar för {n} av {total} insatser som bidrar till målområdet {area} ({share} %).",
        "en": "Bottleneck: {actor} leads {n} of the {total} actions contributing to the goal area {area} ({share} %).",
    },
    "actors.bridge": {
        "sv": (
            "Brobyggande aktör: {actor} förbinder {n} andra aktörer genom gemensamma insatser "
            "(mellanhetscentralitet {value})."
        ),
        "en": "Bridging actor: {actor} connects {n} other actors through shared actions (betweenness {value}).",
    },
    "actors.absent_kind": {
        "sv": "Planen {plan} involverar ingen aktör av typen {kinds}.",
        "en": "The plan {plan} involves no actor of the kind {kinds}.",
    },
    "actor_kind.civil_society": {"sv": "civilsamhälle", "en": "civil society"},
    "actor_kind.private": {"sv": "privat", "en": "private"},
    "actor_kind.municipality": {"sv": "kommun", "en": "municipality"},
    "actor_kind.region": {"sv": "region", "en": "region"},
    "actor_kind.county_board": {"sv": "länsstyrelse", "en": "county board"},
    "actor_kind.state_agency": {"sv": "statlig myndighet", "en": "state agency"},
    "actor_kind.university": {"sv": "lärosäte", "en": "university"},
    "actor_kind.business_support": {"sv": "företagsstöd", "en": "business support"},
    "actor_kind.forum": {"sv": "forum", "en": "forum"},
    "actor_kind.other": {"sv": "annan", "en": "other"},
    # graph.analyses.alignment
    "alignment.national": {
        "sv": "RUS-målet {goal} bidrar till den nationella strategin för hållbar regional utveckling: {refs}.",
        "en": "The RUS goal {goal} contributes to the national strategy for sustainable regional development: {refs}.",
    },
    "alignment.sdg": {
        "sv": "RUS-målet {goal} bidrar till Agenda 2030: {refs}.",
        "en": "The RUS goal {goal} contributes to Agenda 2030: {refs}.",
    },
    "alignment.unaligned": {
        "sv": "RUS-målet {goal} är inte kopplat till den nationella strategin eller Agenda 2030.",
        "en": "The RUS goal {goal} is linked neither to the national strategy nor to Agenda 2030.",
    },
    # graph.analyses.chains
    "chains.chain": {
        "sv": "Insatsen {action} når RUS-målet {goal} via {steps}; svagaste länken är {weakest} ({weakest_name}).",
        "en": "The action {action} reaches the RUS goal {goal} through {steps}; the weakest link is {weakest} "
        "({weakest_name}).",
    },
    "chains.unknown_goal": {
        "sv": "{goal!r} är inget mål i datamängdens RUS. RUS-mål: {goals}.",
        "en": "{goal!r} is not a goal of the dataset's RUS. RUS goals: {goals}.",
    },
    # graph.analyses.complementarity
    "complementarity.silo": {
        "sv": (
            "Stuprör: {p1} och {p2} har båda insatser som bidrar till RUS-målet {goal}, men utan någon gemensam aktör."
        ),
        "en": "Silo: {p1} and {p2} both have actions contributing to the RUS goal {goal}, but share no actor.",
    },
    "complementarity.overlap": {
        "sv": (
            "Överlapp: insatserna {a1} och {a2} i olika planer bidrar båda till RUS-målet {goal}, leds av {actor} "
            "och gäller samma område."
        ),
        "en": (
            "Overlap: the actions {a1} and {a2} in different plans both contribute to the RUS goal {goal}, are "
            "led by {actor} and cover the same area."
        ),
    },
    "complementarity.territorial_gap": {
        "sv": "Geografisk lucka: ingen insats som bidrar till målområdet {area} gäller {missing}.",
        "en": "Territorial gap: no action contributing to the goal area {area} covers {missing}.",
    },
    # graph.analyses.conflicts
    "conflicts.declared": {
        "sv": "Målkonflikt: {a} påverkar {b} negativt ({score}, {score_name}).",
        "en": "Goal conflict: {a} affects {b} negatively ({score}, {score_name}).",
    },
    "conflicts.action_against_goal": {
        "sv": "Insatsen {action} motverkar {b} ({score}, {score_name}).",
        "en": "The action {action} works against {b} ({score}, {score_name}).",
    },
    "conflicts.trade_off": {
        "sv": (
            "Avvägning: insatsen {action} bidrar till RUS-målet {a} men motverkar RUS-målet {b} ({score}, "
            "{score_name})."
        ),
        "en": (
            "Trade-off: the action {action} contributes to the RUS goal {a} but works against the RUS goal {b} "
            "({score}, {score_name})."
        ),
    },
    "conflicts.indirect": {
        "sv": "Insatsen {action} bidrar till {a}, som påverkar {b} negativt ({score}, {score_name}).",
        "en": "The action {action} contributes to {a}, which affects {b} negatively ({score}, {score_name}).",
    },
    # graph.analyses.contribution
    "contribution.scorecard": {
        "sv": (
            "{level} {goal}: bidragande insatser: {actions} (aktiva: {active}), planer: {plans}, indikatorer: "
            "{indicators} ({trends}); kedjans fullständighet {completeness}."
        ),
        "en": (
            "{level} {goal}: contributing actions: {actions} (active: {active}), plans: {plans}, indicators: "
            "{indicators} ({trends}); chain completeness {completeness}."
        ),
    },
    "contribution.level.vision": {"sv": "Visionen", "en": "The vision"},
    "contribution.level.goal_area": {"sv": "Målområdet", "en": "The goal area"},
    "contribution.level.goal": {"sv": "RUS-målet", "en": "The RUS goal"},
    "contribution.level.target": {"sv": "Delmålet", "en": "The target"},
    "trend.improving": {"sv": "går åt rätt håll", "en": "improving"},
    "trend.worsening": {"sv": "går åt fel håll", "en": "worsening"},
    "trend.flat": {"sv": "oförändrad", "en": "flat"},
    "trend.no_data": {"sv": "saknar data", "en": "no data"},
    "contribution.no_indicators": {"sv": "ingen uppföljning", "en": "no follow-up"},
    # graph.analyses.orphan_actions
    "orphan_actions.unlinked": {
        "sv": "Insatsen {action} i {plan} har ingen koppling till något mål.",
        "en": "The action {action} in {plan} is not linked to any goal.",
    },
    "orphan_actions.only_negative": {
        "sv": (
            "Insatsen {action} i {plan} är bara kopplad med poäng 0 eller lägre (till {goals}) och bidrar därför "
            "inte till något RUS-mål."
        ),
        "en": (
            "The action {action} in {plan} only has links scored 0 or below (to {goals}), so it contributes to no "
            "RUS goal."
        ),
    },
    "orphan_actions.dead_end": {
        "sv": (
            "Insatsen {action} i {plan} är en återvändsgränd: den bidrar bara till {goals}, som inte leder vidare "
            "till något RUS-mål."
        ),
        "en": "The action {action} in {plan} is a dead end: it only contributes to {goals}, which lead to no RUS goal.",
    },
    # graph.analyses.synergies
    "synergies.declared": {
        "sv": "Synergi: {a} påverkar {b} positivt ({score}, {score_name}).",
        "en": "Synergy: {a} affects {b} positively ({score}, {score_name}).",
    },
    "synergies.multi_goal_action": {
        "sv": "Insatsen {action} bidrar till RUS-mål i {n} målområden: {areas}.",
        "en": "The action {action} contributes to RUS goals in {n} goal areas: {areas}.",
    },
    # graph.analyses.uncovered_goals
    "uncovered_goals.no_action": {
        "sv": "RUS-målet {goal} nås inte av någon insats.",
        "en": "No action reaches the RUS goal {goal}.",
    },
    "uncovered_goals.single_plan": {
        "sv": "RUS-målet {goal} nås bara genom insatser i en plan, {plan}.",
        "en": "The RUS goal {goal} is reached only through actions in one plan, {plan}.",
    },
    "uncovered_goals.no_active_action": {
        "sv": "RUS-målet {goal} nås bara av insatser som är avslutade, pausade eller avbrutna ({actions}).",
        "en": "The RUS goal {goal} is reached only by actions that are completed, paused or cancelled ({actions}).",
    },
    # graph.analyses.unmeasured
    "unmeasured.goal_without_indicator": {
        "sv": "RUS-målet {goal} följs inte upp med någon indikator, varken direkt eller via mål under det.",
        "en": "The RUS goal {goal} is not measured by any indicator, neither itself nor through goals under it.",
    },
    "unmeasured.indicator_without_data": {
        "sv": "Indikatorn {indicator} används för att följa upp {rows} men har inga utfall.",
        "en": "The indicator {indicator} measures {rows} but has no observations.",
    },
    "unmeasured.indicator_without_target": {
        "sv": "Indikatorn {indicator} saknar målvärde.",
        "en": "The indicator {indicator} has no target value.",
    },
    # words for codes and counts, shared by the CLI, the pages and the report
    "links.one": {"sv": "{n} koppling", "en": "{n} link"},
    "links.other": {"sv": "{n} kopplingar", "en": "{n} links"},
    "source.kolada": {"sv": "Kolada", "en": "Kolada"},
    "source.scb": {"sv": "SCB", "en": "Statistics Sweden (SCB)"},
    "source.brp_plus": {"sv": "BRP+", "en": "BRP+"},
    "source.own": {"sv": "egen uppföljning", "en": "own follow-up"},
    "source.other": {"sv": "annan källa", "en": "other source"},
    "direction.increase": {"sv": "högre är bättre", "en": "higher is better"},
    "direction.decrease": {"sv": "lägre är bättre", "en": "lower is better"},
    "error.dataset_not_found": {
        "sv": "Datamängden {dataset!r} finns inte. Inlästa datamängder: {listed}.",
        "en": "The dataset {dataset!r} does not exist. Loaded datasets: {listed}.",
    },
    "error.no_datasets": {"sv": "inga", "en": "none"},
    "error.dataset_too_large": {
        "sv": "Datamängden skulle få {n} rader (alla tabeller tillsammans), men ruslink tar emot högst {limit} "
        "rader per datamängd, så att den går att analysera, ta bort och läsa in igen inom databasens minne. "
        "Dela upp datamängden. Inget har ändrats.",
        "en": "The dataset would hold {n} rows (all tables together), but ruslink accepts at most {limit} rows "
        "per dataset, so that it can be analysed, deleted and re-imported within the database's memory. "
        "Split the dataset. Nothing was changed.",
    },
    # graph.suggest.engine
    "suggest.shares": {"sv": "delar: {terms}", "en": "shares: {terms}"},
    "suggest.similar_action": {"sv": "liknande insats {id} är kopplad hit", "en": "similar action {id} links here"},
    "suggest.similar_goal": {"sv": "liknande mål {id} är kopplat hit", "en": "similar goal {id} links here"},
    "suggest.same_plan": {"sv": "samma plan", "en": "same plan"},
    "suggest.same_actor": {"sv": "samma ansvariga aktör som {id}", "en": "same lead actor as {id}"},
    "suggest.siblings": {"sv": "andra mål i planen är kopplade hit", "en": "other goals of the plan link here"},
    "suggest.weak": {"sv": "svag likhet i texten", "en": "weak textual similarity"},
    "suggest.meaning": {"sv": "liknande innebörd", "en": "similar meaning"},
    "suggest.via": {"sv": "{terms} (via {ids})", "en": "{terms} (through {ids})"},
    # graph.workshops
    "workshop.not_found": {"sv": "Workshoppen {id!r} finns inte.", "en": "The workshop {id!r} does not exist."},
    "workshop.bad_key": {
        "sv": "Fel eller saknad nyckel till workshoppen. Använd länken du fick av samordnaren.",
        "en": "Wrong or missing workshop key. Use the link the coordinator gave you.",
    },
    "workshop.no_title": {
        "sv": 'Ge workshoppen en titel (fältet "title").',
        "en": 'Give the workshop a title (the field "title").',
    },
    "workshop.bad_pairs": {
        "sv": '"pairs" ska vara "suggested" eller en lista av målpar ["från", "till"].',
        "en": '"pairs" must be "suggested" or a list of goal pairs ["from", "to"].',
    },
    "workshop.pair_shape": {
        "sv": 'pairs[{i}]: ett par är två mål-id, ["från", "till"].',
        "en": 'pairs[{i}]: a pair is two goal ids, ["from", "to"].',
    },
    "workshop.pair_same": {
        "sv": "pairs[{i}]: ett mål kan inte paras med sig självt ({id!r}).",
        "en": "pairs[{i}]: a goal cannot be paired with itself ({id!r}).",
    },
    "workshop.pair_unknown": {
        "sv": "pairs[{i}]: datamängden har inget mål med id {id!r}.",
        "en": "pairs[{i}]: the dataset has no goal with id {id!r}.",
    },
    "workshop.pair_twice": {
        "sv": "pairs[{i}]: paret {a} → {b} finns redan i listan.",
        "en": "pairs[{i}]: the pair {a} → {b} is already in the list.",
    },
    "workshop.too_many": {"sv": "En workshop kan ha högst {n} par.", "en": "A workshop can have at most {n} pairs."},
    "workshop.no_pairs": {"sv": "Workshoppen har inga par att bedöma.", "en": "The workshop has no pairs to score."},
    "workshop.no_participant": {
        "sv": 'Skriv ditt namn (fältet "participant", högst {n} tecken).',
        "en": 'Give your name (the field "participant", at most {n} characters).',
    },
    "workshop.scores_list": {"sv": '"scores" ska vara en lista.', "en": '"scores" must be a list.'},
    "workshop.score_pair": {
        "sv": "scores[{i}]: paret {a} → {b} ingår inte i workshoppen.",
        "en": "scores[{i}]: the pair {a} → {b} is not part of the workshop.",
    },
    "workshop.score_value": {
        "sv": 'scores[{i}], fältet "score": ett heltal från −3 till +3, inte {value!r}.',
        "en": 'scores[{i}], field "score": a whole number from −3 to +3, not {value!r}.',
    },
    "workshop.score_confidence": {
        "sv": 'scores[{i}], fältet "confidence": low, medium eller high, inte {value!r}.',
        "en": 'scores[{i}], field "confidence": low, medium or high, not {value!r}.',
    },
    "workshop.score_text": {
        "sv": 'scores[{i}], fältet "{field}": text på högst {n} tecken.',
        "en": 'scores[{i}], field "{field}": text of at most {n} characters.',
    },
    # graph.analyses.influence
    "influence.influence": {
        "sv": (
            "{goal} påverkar {n_out} mål: direkt {ei1}, inklusive nästa steg {ei2} (plats {rank}); påverkas själv "
            "av andra med {in_sum}."
        ),
        "en": (
            "{goal} affects {n_out} goals: directly {ei1}, including the next step {ei2} (rank {rank}); is itself "
            "affected by others with {in_sum}."
        ),
    },
    "influence.influence_none": {
        "sv": "{goal} påverkar inga andra mål (plats {rank}); påverkas själv av andra med {in_sum}.",
        "en": "{goal} affects no other goal (rank {rank}); is itself affected by others with {in_sum}.",
    },
    "influence.influence_one": {
        "sv": (
            "{goal} påverkar 1 mål: direkt {ei1}, inklusive nästa steg {ei2} (plats {rank}); påverkas själv av "
            "andra med {in_sum}."
        ),
        "en": (
            "{goal} affects 1 goal: directly {ei1}, including the next step {ei2} (rank {rank}); is itself "
            "affected by others with {in_sum}."
        ),
    },
    "influence.leverage": {
        "sv": "Hävstång: framsteg för {goal} sprider sig till andra mål ({ei2} inklusive nästa steg, plats {rank}).",
        "en": "Leverage: progress on {goal} spreads to other goals ({ei2} including the next step, rank {rank}).",
    },
    "influence.risk": {
        "sv": "Risk: framsteg för {goal} försvårar för andra mål ({ei2} inklusive nästa steg), mest för {worst}.",
        "en": "Risk: progress on {goal} sets other goals back ({ei2} including the next step), most {worst}.",
    },
    "influence.risk_indirect": {
        "sv": "Risk: framsteg för {goal} försvårar i nästa steg för andra mål ({ei2} inklusive nästa steg).",
        "en": "Risk: progress on {goal} sets other goals back in the next step ({ei2} including the next step).",
    },
    # from graph/locks.py
    "lock.busy.import": {
        "sv": "Datamängden {dataset!r} importeras redan av en annan process. "
        "Vänta tills den är klar och försök igen; ingenting har ändrats.",
        "en": "Dataset {dataset!r} is already being imported by another process. "
        "Wait until it is done and try again; nothing was changed.",
    },
    "lock.busy": {
        "sv": "Datamängden {dataset!r} ändras just nu av en annan process ({purpose}). "
        "Vänta tills den är klar och försök igen; ingenting har ändrats.",
        "en": "Dataset {dataset!r} is being changed by another process right now ({purpose}). "
        "Wait until it is done and try again; nothing was changed.",
    },
    "lock.purpose.import": {"sv": "import", "en": "import"},
    "lock.purpose.edit": {"sv": "ändring", "en": "edit"},
    "lock.purpose.kolada": {"sv": "Kolada-uppdatering", "en": "Kolada update"},
    "lock.purpose.workshop": {"sv": "workshopresultat", "en": "workshop result"},
    "lock.purpose.delete": {"sv": "borttagning", "en": "deletion"},
    "lock.purpose.unknown": {"sv": "okänd", "en": "unknown"},
}
