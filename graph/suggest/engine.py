"""Candidate links for what is unlinked: text similarity weighted by the dataset's structure.

Three kinds (spec/interfaces.md, "Suggestions"): `action_goal` (an action → goals), `goal_goal` (a plan
goal → RUS goals), `goal_reference` (a RUS goal → national strategy areas and Agenda 2030 targets).

Each kind of evidence (TF-IDF cosine of Swedish stems and compound parts; the cosine of sentence
embeddings where the bundled model loads; the most similar text already linked to the candidate; a
shared actor; the plan's other goals) is put on one scale by standardising it over the candidate pool
of the question (a z-score), and the z-scores are added with fixed, round weights: no weights are
learned, so nothing is fitted to the datasets the benchmark measures on. An action's own plan is a
strong prior (`P_PLAN` standard deviations): its goals come first unless another goal stands out by
far. It works on `DatasetContent` in memory, so the benchmark can hide links and ask again without
touching the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from pydantic import BaseModel, Field

from graph.i18n import t
from graph.suggest import embed
from graph.suggest.combine import Evidence, combine, unit
from graph.suggest.index import TextIndex, Vector, cosine, shared_terms
from graph.suggest.references import reference_texts
from graph.suggest.text import Vocabulary
from importers.model import DatasetContent, Link

KINDS = ("action_goal", "goal_goal", "goal_reference")
DEFAULT_TOP = 3

# Weights in standard deviations of each kind of evidence (see BENCHMARKS.md for what was tried).
P_PLAN = 8.0
W_TEXT, W_EMBED, W_NEIGHBOUR, W_ACTOR, W_SIBLING = 1.0, 1.0, 0.0, 0.2, 0.3
W_REF_NEIGHBOUR = 0.3
# Within texts: a goal's parent, and the RUS goals a plan goal contributes to, lend it their words.
W_PARENT, W_UP, W_UP_EMBED = 0.4, 0.5, 0.25
W_GOAL_ACTIONS, W_PLAN_NAME = 0.5, 0.3
# Beyond this many goal and action texts per question set, the sentence model is not used (see `warm`).
MAX_EMBEDDED = 3000


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


class Matcher:
    """Texts indexed once per dataset; links (which the benchmark hides) are read per question."""

    def __init__(self, content: DatasetContent, embeddings: bool | None = None) -> None:
        self.content = content
        self.goals = {g.id: g for g in content.goals}
        self.actions = {a.id: a for a in content.actions}
        self.strategy_kind = {s.id: s.kind for s in content.strategies}
        self.refs = reference_texts()
        texts: dict[str, str] = {}
        self.plain: dict[str, str] = {}
        for g in content.goals:
            texts[g.id] = " ".join(x for x in (g.name, g.name, g.description or "") if x)
            self.plain[g.id] = ". ".join(x for x in (g.name, g.description or "") if x)
        for a in content.actions:
            texts[a.id] = " ".join(x for x in (a.name, a.name, a.description or "") if x)
            self.plain[a.id] = ". ".join(x for x in (a.name, a.description or "") if x)
        for strategy in content.strategies:
            texts[f"strategy:{strategy.id}"] = strategy.name
        texts.update(self.refs)
        self.index = TextIndex(texts, Vocabulary(texts.values()))
        self.use_embeddings = embed.enabled() if embeddings is None else embeddings and embed.enabled()
        self._emb: dict[str, object] = {}
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

    def _reaches(self, start: str, done: Callable[[str], bool]) -> bool:
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

    # -- evidence -----------------------------------------------------------------------------------

    def _goal_pool(self, rus_only: bool) -> list[str]:
        return [
            g.id
            for g in self.content.goals
            if g.level in ("goal", "target") and (not rus_only or self._is_rus_goal(g.id))
        ]

    def warm(self, actions: Iterable[str]) -> None:
        """Embed every goal and the given actions in one batch (the model is fastest in batches).

        Above `MAX_EMBEDDED` texts the lexical method alone is used, so a page over a very large dataset
        stays quick; the in-process cache makes the second question about the same texts cheap.
        """
        if not self.use_embeddings:
            return
        keys = [k for k in (*self.goals, *actions) if k in self.plain and k not in self._emb]
        if len(self._emb) + len(keys) > MAX_EMBEDDED:
            self.use_embeddings = False
            return
        if keys:
            vectors = embed.vectors(self.plain[k] for k in keys)
            self._emb.update({k: vectors[self.plain[k]] for k in keys})

    def _embedding(self, key: str):
        """The sentence vector of a goal's or action's name and description (None without the model)."""
        if self.use_embeddings and key not in self._emb:
            self.warm([key] if key in self.actions else [])
        return self._emb.get(key) if self.use_embeddings else None

    def _goal_vector(self, gid: str) -> Vector:
        """A goal with its parent and the RUS goals it contributes to: plan goals are short titles."""
        goal = self.goals[gid]
        parts = [(gid, 1.0)]
        if goal.parent and goal.parent in self.goals:
            parts.append((goal.parent, W_PARENT))
        parts += [(up, W_UP) for up in sorted(self.out.get(gid, ())) if up in self.goals]
        return self.index.combined(parts)

    def _borrowed_from(self, gid: str, terms: tuple[str, ...]) -> tuple[str, ...]:
        """The RUS goals that lent a goal the shared terms its own text and parent lack (for the reason)."""
        goal = self.goals[gid]
        own = set(self.index.bags.get(gid, {})) | set(self.index.bags.get(goal.parent or "", {}))
        lent = [t for t in terms if t not in own]
        ups = sorted(u for u in self.out.get(gid, ()) if u in self.goals)
        return tuple(u for u in ups if any(t in self.index.bags.get(u, {}) for t in lent))

    def _goal_embedding(self, gid: str):
        """A goal's sentence vector, with those of the RUS goals it contributes to (`W_UP_EMBED`)."""
        own = self._embedding(gid)
        if own is None or not W_UP_EMBED:
            return own
        ups = [self._embedding(up) for up in sorted(self.out.get(gid, ())) if up in self.goals]
        return unit([own, *(W_UP_EMBED * u for u in ups if u is not None)])

    def _best_neighbour(self, subject_vec, linked: set[str], exclude: str, kinds: dict) -> tuple[float, str]:
        best, best_id = 0.0, ""
        for other in sorted(linked):
            if other == exclude or other not in kinds:
                continue
            sim = cosine(subject_vec, self.index.vector(other))
            if sim > best:
                best, best_id = sim, other
        return best, best_id

    def rank_action(self, aid: str) -> list[tuple[str, Evidence]]:
        """Every goal the action does not link to yet, with its evidence, best first."""
        action = self.actions[aid]
        vec = self.index.vector(aid)
        own = self._embedding(aid)
        leads = self.leads.get(aid, set())
        ranked = []
        for gid in self._goal_pool(rus_only=False):
            if gid in self.linked.get(aid, ()):
                continue
            ev = Evidence()
            gvec = self._goal_vector(gid)
            ev.text = cosine(vec, gvec)
            ev.terms = tuple(shared_terms(vec, gvec))
            ev.via = self._borrowed_from(gid, ev.terms)
            other = self._goal_embedding(gid)
            ev.embed = float(own @ other) if own is not None and other is not None else 0.0
            if W_NEIGHBOUR:
                linked = self.into.get(gid, set())
                ev.neighbour, ev.neighbour_id = self._best_neighbour(vec, linked, aid, self.actions)
            ev.plan = self.goals[gid].strategy == action.strategy
            ev.prior = 0.0 if ev.plan else -P_PLAN
            for other_id in sorted(self.into.get(gid, set())):
                if other_id != aid and other_id in self.actions and leads & self.leads.get(other_id, set()):
                    ev.actor_id = other_id
                    break
            ranked.append((gid, ev))
        weights = {"text": W_TEXT, "embed": W_EMBED, "neighbour": W_NEIGHBOUR, "actor": W_ACTOR}
        return combine(ranked, weights)

    def _plan_goal_vector(self, gid: str) -> Vector:
        """A plan goal with its actions' words and its plan's name: plan goals are short titles."""
        actions = [a for a in self.into.get(gid, set()) if a in self.actions]
        parts = [(gid, 1.0), *((a, W_GOAL_ACTIONS) for a in sorted(actions))]
        if W_PLAN_NAME:
            parts.append((f"strategy:{self.goals[gid].strategy}", W_PLAN_NAME))
        return self.index.combined(parts)

    def _rus_goal_embedding(self, rid: str):
        goal = self.goals[rid]
        own = self._embedding(rid)
        if own is None:
            return None
        parent = self._embedding(goal.parent) if goal.parent else None
        return unit([own, W_PARENT * parent] if parent is not None else [own])

    def rank_plan_goal(self, gid: str) -> list[tuple[str, Evidence]]:
        """Every RUS goal the plan goal does not link to yet, best first."""
        goal = self.goals[gid]
        vec = self._plan_goal_vector(gid)
        own = self._embedding(gid)
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
            ev = Evidence()
            rgoal = self.goals[rid]
            parts = [(rid, 1.0)] + ([(rgoal.parent, W_PARENT)] if rgoal.parent in self.goals else [])
            rvec = self.index.combined(parts)
            ev.text = cosine(vec, rvec)
            ev.terms = tuple(shared_terms(vec, rvec))
            remb = self._rus_goal_embedding(rid)
            ev.embed = float(own @ remb) if own is not None and remb is not None else 0.0
            best, best_id = 0.0, ""
            for other in sorted(self.into.get(rid, set())):
                # Goals of the same plan count through W_SIBLING; as neighbours they would only echo the plan.
                if other != gid and other in plan_goals and plan_goals[other].strategy != goal.strategy:
                    sim = cosine(vec, self._plan_goal_vector(other))
                    if sim > best:
                        best, best_id = sim, other
            ev.neighbour, ev.neighbour_id = best, best_id
            if siblings:
                ev.siblings = min(sibling_targets.get(rid, 0) / len(siblings), 1.0)
            ranked.append((rid, ev))
        return combine(ranked, {"text": W_TEXT, "embed": W_EMBED, "neighbour": 0.0, "siblings": W_SIBLING})

    def rank_rus_goal(self, gid: str) -> list[tuple[str, Evidence]]:
        """References (national strategy, Agenda 2030) for a RUS goal, best first (lexical only)."""
        goal = self.goals[gid]
        parts = [(gid, 1.0)] + [(p, 0.4) for p in sorted(self.into.get(gid, set())) if p in self.goals]
        if goal.parent in self.goals:
            parts.append((goal.parent, W_PARENT))
        vec = self.index.combined(parts)
        ranked = []
        for ref in self.refs:
            if ref in self.linked.get(gid, ()):
                continue
            ev = Evidence()
            rvec = self.index.vector(ref)
            ev.text = cosine(vec, rvec)
            ev.terms = tuple(shared_terms(vec, rvec))
            ev.neighbour, ev.neighbour_id = self._best_neighbour(vec, self.into.get(ref, set()), gid, self.goals)
            ranked.append((ref, ev))
        return combine(ranked, {"text": W_TEXT, "neighbour": W_REF_NEIGHBOUR})

    # -- reasons ------------------------------------------------------------------------------------

    def because(self, ev: Evidence, kind: str, lang: str) -> str:
        reasons = []
        if ev.terms and ev.text >= 0.05:
            shown_words: list[str] = []
            for term in ev.terms:
                word = self.index.vocabulary.display(term)
                if not any(w[:5] == word[:5] for w in shown_words):
                    shown_words.append(word)
            shown = ", ".join(shown_words)
            if ev.via:
                shown = t("suggest.via", lang, terms=shown, ids=", ".join(ev.via))
            reasons.append(t("suggest.shares", lang, terms=shown))
        if ev.meaning:
            reasons.append(t("suggest.meaning", lang))
        if ev.neighbour >= 0.1 and ev.neighbour_id and kind != "goal_goal":
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
    content: DatasetContent,
    *,
    dataset: str,
    top: int = DEFAULT_TOP,
    every: bool = False,
    lang: str = "sv",
    embeddings: bool | None = None,
) -> Suggestions:
    """Candidate links for every unlinked action, plan goal and RUS goal (or every action and plan goal);
    `embeddings=False` asks for the lexical method alone."""
    matcher = Matcher(content, embeddings=embeddings)
    rankers = {
        "action_goal": matcher.rank_action,
        "goal_goal": matcher.rank_plan_goal,
        "goal_reference": matcher.rank_rus_goal,
    }
    out = []
    subjects = _subjects(matcher, every)
    matcher.warm(subject for kind, subject in subjects if kind == "action_goal")
    for kind, subject in subjects:
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
