"""Candidate links for what is unlinked: text similarity weighted by the dataset's structure.

Three kinds (spec/interfaces.md, "Suggestions"): `action_goal` (an action → goals), `goal_goal` (a plan
goal → RUS goals), `goal_reference` (a RUS goal → national strategy areas and Agenda 2030 targets).
A candidate's score adds, with fixed weights, the TF-IDF cosine of the two texts, the best similarity
to texts already linked to the candidate ("what similar actions link to"), the same plan, and shared
responsible actors. It works on `DatasetContent` in memory, so the benchmark can hide links and ask
again without touching the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, Field

from graph.content import DatasetContent, Link
from graph.i18n import t
from graph.suggest.index import TextIndex, cosine, shared_terms
from graph.suggest.references import reference_texts
from graph.suggest.text import Vocabulary

KINDS = ("action_goal", "goal_goal", "goal_reference")
DEFAULT_TOP = 3

# Weights of the evidence, chosen on the demo dataset only (see BENCHMARKS.md); the total is the
# normaliser that keeps a score within 0…1.
W_TEXT, W_NEIGHBOUR, W_PLAN, W_ACTOR, W_SIBLING = 1.0, 0.3, 0.3, 0.1, 0.15
W_EXPAND = 0.0
W_GOAL_ACTIONS, W_PLAN_NAME = 0.5, 0.3
W_TOTAL = W_TEXT + W_NEIGHBOUR + W_PLAN + W_ACTOR + W_SIBLING


class Candidate(BaseModel):
    id: str
    score: float
    because: str


class Suggestion(BaseModel):
    subject: str
    kind: str
    candidates: list[Candidate] = Field(default_factory=list)


class Suggestions(BaseModel):
    dataset: str
    suggestions: list[Suggestion] = Field(default_factory=list)


@dataclass
class _Evidence:
    text: float = 0.0
    terms: tuple[str, ...] = ()
    neighbour: float = 0.0
    neighbour_id: str = ""
    plan: bool = False
    actor_id: str = ""
    siblings: float = 0.0

    def score(self) -> float:
        raw = (
            W_TEXT * self.text
            + W_NEIGHBOUR * self.neighbour
            + W_PLAN * self.plan
            + W_ACTOR * bool(self.actor_id)
            + W_SIBLING * self.siblings
        )
        return round(min(raw / W_TOTAL, 1.0), 3)


class Matcher:
    """Texts indexed once per dataset; links (which the benchmark hides) are read per question."""

    def __init__(self, content: DatasetContent) -> None:
        self.content = content
        self.goals = {g.id: g for g in content.goals}
        self.actions = {a.id: a for a in content.actions}
        self.strategy_kind = {s.id: s.kind for s in content.strategies}
        self.refs = reference_texts()
        texts: dict[str, str] = {}
        for g in content.goals:
            texts[g.id] = " ".join(x for x in (g.name, g.name, g.description or "") if x)
        for a in content.actions:
            texts[a.id] = " ".join(x for x in (a.name, a.name, a.description or "") if x)
        for strategy in content.strategies:
            texts[f"strategy:{strategy.id}"] = strategy.name
        texts.update(self.refs)
        self.index = TextIndex(texts, Vocabulary(texts.values()))
        self.set_links(content.links)

    def set_links(self, links: Iterable[Link]) -> None:
        """Index the links that count as known (all of them, or all but the hidden ones)."""
        self.links = list(links)
        self.out: dict[str, set[str]] = defaultdict(set)
        self.into: dict[str, set[str]] = defaultdict(set)
        self.leads: dict[str, set[str]] = defaultdict(set)
        for link in self.links:
            if link.type == "contributes_to" and link.score > 0:
                self.out[link.from_].add(link.to)
                self.into[link.to].add(link.from_)
            elif link.type == "responsible_for":
                self.leads[link.to].add(link.from_)
        self.linked = defaultdict(set)
        for link in self.links:
            if link.type == "contributes_to":
                self.linked[link.from_].add(link.to)

    # -- what counts as reaching ------------------------------------------------------------------

    def _reaches(self, start: str, done: callable) -> bool:
        seen, todo = set(), [start]
        while todo:
            node = todo.pop()
            for nxt in self.out.get(node, ()):
                if done(nxt):
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    def _is_rus_goal(self, gid: str) -> bool:
        goal = self.goals.get(gid)
        return goal is not None and self.strategy_kind.get(goal.strategy) == "rus"

    def reaches_rus(self, item: str) -> bool:
        return self._reaches(item, self._is_rus_goal)

    def reaches_reference(self, item: str) -> bool:
        return self._reaches(item, lambda x: x.startswith(("nat:", "sdg:")))

    # -- candidates ---------------------------------------------------------------------------------

    def _goal_pool(self, rus_only: bool) -> list[str]:
        return [
            g.id
            for g in self.content.goals
            if g.level in ("goal", "target") and (not rus_only or self._is_rus_goal(g.id))
        ]

    def _goal_vector(self, gid: str):
        goal = self.goals[gid]
        parts = [(gid, 1.0)]
        if goal.parent and goal.parent in self.goals:
            parts.append((goal.parent, 0.4))
        return self.index.combined(parts)

    def _best_neighbour(self, subject_vec, linked: set[str], exclude: str, kinds: dict) -> tuple[float, str]:
        best, best_id = 0.0, ""
        for other in sorted(linked):
            if other == exclude or other not in kinds:
                continue
            sim = cosine(subject_vec, self.index.vector(other))
            if sim > best:
                best, best_id = sim, other
        return best, best_id

    def rank_action(self, aid: str) -> list[tuple[str, _Evidence]]:
        """Every goal the action does not link to yet, with its evidence, best first."""
        action = self.actions[aid]
        vec = self.index.vector(aid)
        leads = self.leads.get(aid, set())
        ranked = []
        for gid in self._goal_pool(rus_only=False):
            if gid in self.linked.get(aid, ()):
                continue
            ev = _Evidence()
            gvec = self._goal_vector(gid)
            ev.text = cosine(vec, gvec)
            ev.terms = tuple(shared_terms(vec, gvec))
            ev.neighbour, ev.neighbour_id = self._best_neighbour(vec, self.into.get(gid, set()), aid, self.actions)
            ev.plan = self.goals[gid].strategy == action.strategy
            for other in sorted(self.into.get(gid, set())):
                if other != aid and other in self.actions and leads & self.leads.get(other, set()):
                    ev.actor_id = other
                    break
            ranked.append((gid, ev))
        return sorted(ranked, key=lambda pair: (-pair[1].score(), pair[0]))

    def _plan_goal_vector(self, gid: str):
        """A plan goal with its actions' words and its plan's name: plan goals are short titles."""
        actions = [a for a in self.into.get(gid, set()) if a in self.actions]
        parts = [(gid, 1.0), *((a, W_GOAL_ACTIONS) for a in sorted(actions))]
        if W_PLAN_NAME:
            parts.append((f"strategy:{self.goals[gid].strategy}", W_PLAN_NAME))
        return self.index.combined(parts)

    def _rus_goal_vector(self, rid: str, plan: str):
        """A RUS goal with the words of other plans' goals (and their actions) already tied to it."""
        goal = self.goals[rid]
        parts = [(rid, 1.0)]
        if goal.parent and goal.parent in self.goals:
            parts.append((goal.parent, 0.4))
        for other in sorted(self.into.get(rid, set())):
            if other in self.goals and self.goals[other].strategy != plan:
                parts.append((other, W_EXPAND))
                parts += [(a, W_EXPAND / 2) for a in sorted(self.into.get(other, set())) if a in self.actions]
        return self.index.combined(parts)

    def rank_plan_goal(self, gid: str) -> list[tuple[str, _Evidence]]:
        """Every RUS goal the plan goal does not link to yet, best first."""
        goal = self.goals[gid]
        vec = self._plan_goal_vector(gid)
        siblings = [g.id for g in self.content.goals if g.strategy == goal.strategy and g.id != gid]
        sibling_targets: dict[str, int] = defaultdict(int)
        for sib in siblings:
            for target in self.out.get(sib, ()):
                sibling_targets[target] += 1
        plan_goals = {g.id: g for g in self.content.goals if not self._is_rus_goal(g.id)}
        ranked = []
        for rid in self._goal_pool(rus_only=True):
            if rid in self.linked.get(gid, ()):
                continue
            ev = _Evidence()
            rvec = self._rus_goal_vector(rid, goal.strategy)
            ev.text = cosine(vec, rvec)
            ev.terms = tuple(shared_terms(vec, rvec))
            linked_goals = self.into.get(rid, set())
            best, best_id = 0.0, ""
            for other in sorted(linked_goals):
                # Goals of the same plan count through W_SIBLING; as neighbours they would only echo the plan.
                if other != gid and other in plan_goals and plan_goals[other].strategy != goal.strategy:
                    sim = cosine(vec, self._plan_goal_vector(other))
                    if sim > best:
                        best, best_id = sim, other
            ev.neighbour, ev.neighbour_id = best, best_id
            if siblings:
                ev.siblings = min(sibling_targets.get(rid, 0) / len(siblings), 1.0)
            ranked.append((rid, ev))
        return sorted(ranked, key=lambda pair: (-pair[1].score(), pair[0]))

    def rank_rus_goal(self, gid: str) -> list[tuple[str, _Evidence]]:
        """References (national strategy, Agenda 2030) for a RUS goal, best first."""
        goal = self.goals[gid]
        parts = [(gid, 1.0)] + [(p, 0.4) for p in sorted(self.into.get(gid, set())) if p in self.goals]
        if goal.parent in self.goals:
            parts.append((goal.parent, 0.4))
        vec = self.index.combined(parts)
        ranked = []
        for ref in self.refs:
            if ref in self.linked.get(gid, ()):
                continue
            ev = _Evidence()
            rvec = self.index.vector(ref)
            ev.text = cosine(vec, rvec)
            ev.terms = tuple(shared_terms(vec, rvec))
            ev.neighbour, ev.neighbour_id = self._best_neighbour(vec, self.into.get(ref, set()), gid, self.goals)
            ranked.append((ref, ev))
        return sorted(ranked, key=lambda pair: (-pair[1].score(), pair[0]))

    # -- reasons ------------------------------------------------------------------------------------

    def because(self, ev: _Evidence, kind: str, lang: str) -> str:
        reasons = []
        if ev.terms and ev.text >= 0.05:
            shown_words: list[str] = []
            for term in ev.terms:
                word = self.index.vocabulary.display(term)
                if not any(w[:5] == word[:5] for w in shown_words):
                    shown_words.append(word)
            shown = ", ".join(shown_words)
            reasons.append(t("suggest.shares", lang, terms=shown))
        if ev.neighbour >= 0.1 and ev.neighbour_id:
            key = "suggest.similar_action" if ev.neighbour_id in self.actions else "suggest.similar_goal"
            reasons.append(t(key, lang, id=ev.neighbour_id))
        if ev.actor_id:
            reasons.append(t("suggest.same_actor", lang, id=ev.actor_id))
        if ev.plan and kind == "action_goal":
            reasons.append(t("suggest.same_plan", lang))
        if ev.siblings > 0:
            reasons.append(t("suggest.siblings", lang))
        return "; ".join(reasons) or t("suggest.weak", lang)


def _subjects(matcher: Matcher, every: bool) -> list[tuple[str, str]]:
    content = matcher.content
    subjects = [("action_goal", a.id) for a in content.actions if every or not matcher.reaches_rus(a.id)]
    subjects += [
        ("goal_goal", g.id)
        for g in content.goals
        if not matcher._is_rus_goal(g.id) and g.level != "vision" and (every or not matcher.reaches_rus(g.id))
    ]
    subjects += [
        ("goal_reference", g.id)
        for g in content.goals
        if matcher._is_rus_goal(g.id) and g.level in ("goal", "target") and not matcher.reaches_reference(g.id)
    ]
    return subjects


def suggest(
    content: DatasetContent, *, dataset: str, top: int = DEFAULT_TOP, every: bool = False, lang: str = "sv"
) -> Suggestions:
    """Candidate links for every unlinked action, plan goal and RUS goal (or every action and plan goal)."""
    matcher = Matcher(content)
    rankers = {
        "action_goal": matcher.rank_action,
        "goal_goal": matcher.rank_plan_goal,
        "goal_reference": matcher.rank_rus_goal,
    }
    out = []
    for kind, subject in _subjects(matcher, every):
        ranked = [(cid, ev) for cid, ev in rankers[kind](subject) if ev.score() > 0][: max(top, 0)]
        out.append(
            Suggestion(
                subject=subject,
                kind=kind,
                candidates=[
                    Candidate(id=cid, score=ev.score(), because=matcher.because(ev, kind, lang)) for cid, ev in ranked
                ],
            )
        )
    return Suggestions(dataset=dataset, suggestions=out)
