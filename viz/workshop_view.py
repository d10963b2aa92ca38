"""What the two workshop pages get as JSON: the pairs with their goals' names, the scale and the words.

The pages' scripts read it with JSON.parse and set every name with textContent.
"""

from __future__ import annotations

from typing import Any

from graph.i18n import register, score_meaning, score_name, signed, t
from graph.views import DatasetGraph
from viz.network import display_name

SCALE = (3, 2, 1, 0, -1, -2, -3)

register({f"ws.{k}": v for k, v in {
    "title": {"sv": "Workshop: bedöm hur målen påverkar varandra", "en": "Workshop: score how goals affect each other"},
    "intro": {"sv": ("Bedöm ett par i taget: om vi gör framsteg för det första målet, hur påverkar det det andra? "
                     "Dina svar sparas direkt. Du kan ändra dem så länge workshoppen pågår."),
              "en": ("Score one pair at a time: if we make progress on the first goal, how does that affect the "
                     "second? Your answers are saved at once. You can change them while the workshop lasts.")},
    "name": {"sv": "Ditt namn och din organisation", "en": "Your name and organisation"},
    "name_hint": {"sv": "Skriv ditt namn först, så att dina svar hålls ihop.",
                  "en": "Give your name first, so that your answers stay together."},
    "start": {"sv": "Börja bedöma", "en": "Start scoring"},
    "change_name": {"sv": "Byt namn", "en": "Change name"},
    "you_are": {"sv": "Du bedömer som", "en": "You are scoring as"},
    "pair": {"sv": "Par {i} av {n}", "en": "Pair {i} of {n}"},
    "question": {"sv": "Om vi gör framsteg för", "en": "If we make progress on"},
    "question_to": {"sv": "hur påverkar det", "en": "how does that affect"},
    "rationale": {"sv": "Motivering (varför?)", "en": "Rationale (why?)"},
    "confidence": {"sv": "Hur säker är du?", "en": "How sure are you?"},
    "confidence.low": {"sv": "låg", "en": "low"},
    "confidence.medium": {"sv": "medel", "en": "medium"},
    "confidence.high": {"sv": "hög", "en": "high"},
    "saved": {"sv": "Sparat", "en": "Saved"},
    "saving": {"sv": "Sparar …", "en": "Saving …"},
    "not_saved": {"sv": "Inte sparat – försöker igen när du ändrar något.",
                  "en": "Not saved – tries again when you change something."},
    "progress": {"sv": "{done} av {n} par bedömda", "en": "{done} of {n} pairs scored"},
    "all_done": {"sv": "Klart! Du har bedömt alla par. Tack!", "en": "Done! You have scored every pair. Thank you!"},
    "next": {"sv": "Nästa par", "en": "Next pair"},
    "next_open": {"sv": "Till nästa obedömda", "en": "To the next open pair"},
    "coordinator": {"sv": "Samordnarvy", "en": "Coordinator view"},
    "join_here": {"sv": "Delta: öppna länken på telefonen eller datorn",
                  "en": "Join: open the link on your phone or laptop"},
    "participants": {"sv": "Deltagare", "en": "Participants"},
    "scores": {"sv": "Bedömningar", "en": "Scores"},
    "discuss": {"sv": "Diskutera dessa", "en": "Discuss these"},
    "discuss_help": {"sv": "Paren där bedömningarna går längst isär, störst spridning först.",
                     "en": "The pairs where the scores differ most, widest spread first."},
    "no_disagreement": {"sv": "Inga par med olika bedömningar än.", "en": "No pairs with differing scores yet."},
    "all_pairs": {"sv": "Alla par", "en": "All pairs"},
    "from": {"sv": "Från mål", "en": "From goal"},
    "to": {"sv": "Påverkar mål", "en": "Affects goal"},
    "n": {"sv": "Antal", "en": "Number"},
    "median": {"sv": "Median", "en": "Median"},
    "spread": {"sv": "Spridning", "en": "Spread"},
    "matrix": {"sv": "Påverkansmatris (median)", "en": "Interaction matrix (median)"},
    "matrix_help": {"sv": "Raden påverkar kolumnen. Färgen visar medianen; tomt = ingen bedömning än.",
                    "en": "The row affects the column. The colour shows the median; empty = no score yet."},
    "accept": {"sv": "Godkänn och skriv in i datamängden", "en": "Accept and write into the dataset"},
    "accept_help": {"sv": ("Varje par med minst så många bedömningar blir en påverkanskoppling med medianen "
                           "(avrundad bort från noll) och deltagarnas motiveringar, som en ändring."),
                    "en": ("Every pair with at least this many scores becomes an interaction link with the median "
                           "(rounded away from zero) and the participants' rationales, as one change.")},
    "min_n": {"sv": "Minsta antal bedömningar per par", "en": "Least number of scores per pair"},
    "token": {"sv": "Token för ändringar", "en": "Token for changes"},
    "accepted": {"sv": "{n} påverkanskopplingar skrevs in i datamängden.",
                 "en": "{n} interaction links were written into the dataset."},
    "accept_failed": {"sv": "Kunde inte skriva in:", "en": "Could not write:"},
    "see_matrix": {"sv": "Visa påverkansmatrisen", "en": "Show the interaction matrix"},
    "updated": {"sv": "Uppdateras automatiskt", "en": "Updates by itself"},
    "offline": {"sv": "Ingen kontakt med servern – försöker igen.", "en": "No contact with the server – retrying."},
    "scale": {"sv": "Skalan", "en": "The scale"},
    "rus_goal": {"sv": "RUS-mål {id}", "en": "RUS goal {id}"},
    "qr": {"sv": "QR-kod med länken för att delta", "en": "QR code with the link to join"},
}.items()})


register({f"wso.{k}": v for k, v in {
    "heading": {"sv": "Bedöm påverkan tillsammans (workshop)", "en": "Score interactions together (workshop)"},
    "help": {"sv": ("Öppna en workshop för målpar som ännu inte har någon bedömning men som delar insatser, aktörer, "
                    "målområde eller plan. Deltagarna bedömer på telefon eller dator; du följer resultatet i "
                    "samordnarvyn och skriver in det som en ändring."),
             "en": ("Open a workshop for goal pairs that have no score yet but share actions, actors, a goal area or "
                    "a plan. Participants score on their phones or laptops; you follow the result on the "
                    "coordinator view and write it in as one change.")},
    "title": {"sv": "Titel", "en": "Title"},
    "default_title": {"sv": "Målkonflikter och synergier", "en": "Goal conflicts and synergies"},
    "open": {"sv": "Öppna workshop", "en": "Open workshop"},
    "keep": {"sv": "Spara länkarna nu – nyckeln i dem visas bara en gång.",
             "en": "Save the links now – the key in them is shown only once."},
    "join": {"sv": "Länk för deltagare", "en": "Link for participants"},
    "coordinator": {"sv": "Samordnarvy (för projektorn)", "en": "Coordinator view (for the projector)"},
}.items()})


def _pairs(graph: DatasetGraph, workshop: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    def name(goal: str) -> str:
        node = graph.nodes.get(goal)
        return display_name(node, lang) if node is not None else goal

    rus = graph.rus

    def plan(goal: str) -> str:
        """The plan a goal belongs to; for the RUS's own goals just 'RUS-mål' (its long name says little)."""
        node = graph.nodes.get(goal)
        strategy = graph.nodes.get(str(node.get("strategy"))) if node is not None else None
        if strategy is None:
            return ""
        return t("ws.rus_goal", lang, id=goal) if rus is not None and strategy.id == rus.id else strategy.name

    return [{"from": a, "to": b, "fromName": name(a), "toName": name(b), "fromPlan": plan(a), "toPlan": plan(b)}
            for a, b in zip(workshop["sources"], workshop["targets"], strict=True)]


def _scale(lang: str) -> list[dict[str, Any]]:
    return [{"score": s, "label": signed(s), "name": score_name(s, lang), "meaning": score_meaning(s, lang)}
            for s in SCALE]


def _raw(key: str, lang: str) -> str:
    """A text with its {placeholders} left for the page's script to fill."""
    fields = {"done", "n", "i"}
    return t(key, lang, **{f: "{" + f + "}" for f in fields})


def _texts(lang: str) -> dict[str, str]:
    return {k.removeprefix("ws.").replace(".", "_"): _raw(k, lang) for k in _KEYS}


_KEYS = [k for k in ("ws.progress", "ws.pair", "ws.question", "ws.question_to", "ws.rationale", "ws.confidence",
                     "ws.confidence.low", "ws.confidence.medium", "ws.confidence.high", "ws.saved", "ws.saving",
                     "ws.not_saved", "ws.all_done", "ws.next", "ws.no_disagreement", "ws.accepted",
                     "ws.accept_failed", "ws.offline", "ws.n", "ws.median", "ws.spread", "ws.participants",
                     "ws.scores", "ws.name_hint")]


def participant_state(graph: DatasetGraph, workshop: dict[str, Any], lang: str) -> dict[str, Any]:
    return {"workshop": workshop["id"], "lang": lang, "pairs": _pairs(graph, workshop, lang), "scale": _scale(lang),
            "texts": _texts(lang)}


def coordinator_state(graph: DatasetGraph, workshop: dict[str, Any], lang: str, *,
                      token_needed: bool) -> dict[str, Any]:
    pairs = _pairs(graph, workshop, lang)
    goals: list[str] = []
    for p in pairs:
        for g in (p["from"], p["to"]):
            if g not in goals:
                goals.append(g)
    names = {p["from"]: p["fromName"] for p in pairs} | {p["to"]: p["toName"] for p in pairs}
    return {"workshop": workshop["id"], "dataset": workshop["dataset"], "lang": lang, "pairs": pairs,
            "goals": [{"id": g, "name": names[g]} for g in goals], "scale": _scale(lang), "texts": _texts(lang),
            "tokenNeeded": token_needed, "accepted": workshop.get("accepted_links")}
