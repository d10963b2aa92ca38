"""Rows in the import format from what a document states, optionally added to an existing workbook.

Ids are the strategy id plus the document's own numbering (`KFP-1`, `KFP-1.1`, `KFP-MO1`), so a reviewer
recognises them; actions and indicators are numbered in document order (`KFP-A1`, `KFP-I1`). Actors are
matched by name to the workbook's actors; only unknown names become new actors.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from importers.ingest.blocks import MAX_BYTES, Document, refuse
from importers.ingest.parse import Found, parse
from importers.ingest.resolve import kolada_ids, rus_link_or_note
from importers.load import read_dataset
from importers.model import Action, Actor, DatasetContent, Goal, Indicator, Link, Strategy
from importers.write import write_xlsx

_ACTOR_KINDS = (
    (r"\bkommun\b|kommuns?$", "municipality"),
    (r"^region\b", "region"),
    (r"universitet|högskola", "university"),
    (r"^länsstyrelsen", "county_board"),
    (r"almi|coompanion|företagsfabrik|inkubator", "business_support"),
    (r"förmedlingen|verket$|myndighet|kassan$|styrelsen$|^polisen", "state_agency"),
    (r"råd(et)?$|nätverk|forum", "forum"),
    (r"förening|förbund|sisu|lrf", "civil_society"),
    (r"\bab\b", "private"),
)


def read_document(path: Path, lang: str = "sv") -> Document:
    """The blocks of a .pdf or .docx; refuses other files, encrypted, scanned and over-long documents."""
    from importers.ingest.blocks import refuse

    if not path.is_file():
        raise refuse(path.name, "ingest.missing", lang)
    suffix = path.suffix.lower()
    head = path.read_bytes()[:8]
    if suffix == ".doc" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise refuse(path.name, "ingest.doc", lang)
    if suffix not in (".pdf", ".docx"):
        raise refuse(path.name, "ingest.format", lang, suffix=suffix)
    if path.stat().st_size > MAX_BYTES:
        raise refuse(path.name, "ingest.too_big", lang, mb=MAX_BYTES // (1024 * 1024))
    if suffix == ".pdf":
        from importers.ingest.read_pdf import read_pdf

        return read_pdf(path, lang)
    from importers.ingest.read_docx import read_docx

    return read_docx(path, lang)


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("–", "-").split())


def default_id(title: str) -> str:
    """Initials of the title's words that are not small words or years: "Handlingsplan för
    kompetensförsörjning 2024–2027" → "HK"."""
    words = [w for w in re.findall(r"[A-Za-zÅÄÖåäö]+", title) if len(w) > 3]
    return ("".join(w[0] for w in words[:4]).upper() or "DOK").translate(str.maketrans("ÅÄÖ", "AAO"))


class _Actors:
    """Actors by normalised name: the workbook's, then those the document adds."""

    def __init__(self, existing: list[Actor], prefix: str, source: str) -> None:
        self.by_name = {_norm(a.name): a.id for a in existing}
        self.new: list[Actor] = []
        self.prefix, self.source = prefix, source

    def id_of(self, name: str, page: int) -> str:
        key = _norm(name)
        if key in self.by_name:
            return self.by_name[key]
        # "Kommunförbundet" for "Kommunförbundet Västernorrland": a unique longer name that starts the same.
        longer = [n for n in self.by_name if n.startswith(key + " ") or key.startswith(n + " ")]
        if len(longer) == 1:
            return self.by_name[longer[0]]
        actor_id = f"{self.prefix}-AKT{len(self.new) + 1}"
        kind = next((k for pattern, k in _ACTOR_KINDS if re.search(pattern, key)), "other")
        self.new.append(Actor(id=actor_id, name=name, kind=kind, extra={"source": f"{self.source}, s. {page}"}))
        self.by_name[key] = actor_id
        return actor_id


def build(
    document: Document,
    *,
    strategy_id: str | None,
    kind: str,
    parent: str | None,
    into: DatasetContent | None,
    lang: str = "sv",
) -> DatasetContent:
    """The document's rows as a dataset (with `into`'s rows first when given); refuses a document without goals."""
    found: Found = parse(document)
    if not found.goals:
        raise refuse(document.name, "ingest.no_goals", lang)
    base = into or DatasetContent()
    sid = strategy_id or default_id(document.title)
    if parent is None and kind == "plan":
        parent = next((s.id for s in base.strategies if s.kind == "rus"), None)
    src = document.name

    def where(page: int) -> dict[str, str]:
        return {"source": f"{src}, s. {page}"}

    years = found.years or (None, None)
    strategy = Strategy(
        id=sid,
        name=document.title or document.name,
        kind=kind,
        parent=parent,
        valid_from=years[0],
        valid_to=years[1],
        extra=where(1),
    )
    goal_ids = {g["local"]: f"{sid}-{g['local']}" for g in found.goals}
    goals = [
        Goal(
            id=goal_ids[g["local"]],
            strategy=sid,
            name=g["name"],
            level=g["level"],
            parent=goal_ids.get(g["parent"]) if g["parent"] else None,
            description=g["description"],
            extra=where(g["page"]),
        )
        for g in found.goals
    ]
    actors = _Actors(base.actors, sid, src)
    actions, links = [], []
    for n, a in enumerate(found.actions, start=1):
        aid = f"{sid}-A{n}"
        notes = []
        for ref in a["contributes_rus"] if kind == "plan" else ():
            rus_goal, note = rus_link_or_note(into, ref, lang)
            if rus_goal:
                links.append(
                    Link(
                        **{"from": aid, "type": "contributes_to", "to": rus_goal, "source": where(a["page"])["source"]}
                    )
                )
            elif note:
                notes.append(note)
        actions.append(
            Action(
                id=aid,
                strategy=sid,
                name=a["name"],
                description=a["description"],
                start=a["start"],
                end=a["end"],
                extra={**where(a["page"]), **({"note": "; ".join(notes)} if notes else {})},
            )
        )
        for name in a["responsible"]:
            links.append(
                Link(
                    **{
                        "from": actors.id_of(name, a["page"]),
                        "type": "responsible_for",
                        "to": aid,
                        "source": where(a["page"])["source"],
                    }
                )
            )
        for name in a["participants"]:
            links.append(
                Link(
                    **{
                        "from": actors.id_of(name, a["page"]),
                        "type": "participates_in",
                        "to": aid,
                        "source": where(a["page"])["source"],
                    }
                )
            )
        for local in dict.fromkeys(a["contributes"]):
            if local in goal_ids:
                links.append(
                    Link(
                        **{
                            "from": aid,
                            "type": "contributes_to",
                            "to": goal_ids[local],
                            "source": where(a["page"])["source"],
                        }
                    )
                )
    indicators = []
    known_kolada = kolada_ids(base)
    for n, i in enumerate(found.indicators, start=1):
        ref = (i["source_ref"] or "").upper()
        if ref and ref in known_kolada:
            # The workbook (or an earlier row of this document) already follows this Kolada measure.
            _measured_by(links, i, known_kolada[ref], goal_ids, where(i["page"])["source"])
            continue
        iid = f"{sid}-I{n}"
        if ref:
            known_kolada[ref] = iid
        indicators.append(
            Indicator(
                id=iid,
                name=i["name"],
                unit=i["unit"],
                source="kolada" if i["source_ref"] else "own",
                source_ref=i["source_ref"],
                direction=i["direction"],
                baseline_year=i["baseline_year"],
                baseline_value=i["baseline_value"],
                target_year=i["target_year"],
                target_value=i["target_value"],
                # `source` of an indicator is its statistics source (kolada, own).
                extra={"source_document": where(i["page"])["source"]},
            )
        )
        _measured_by(links, i, iid, goal_ids, where(i["page"])["source"])
    return DatasetContent(
        strategies=[*base.strategies, strategy],
        goals=[*base.goals, *goals],
        actions=[*base.actions, *actions],
        indicators=[*base.indicators, *indicators],
        observations=list(base.observations),
        actors=[*base.actors, *actors.new],
        links=[*base.links, *links],
        description=base.description,
        illustrative=base.illustrative,
    )


def _measured_by(links: list[Link], found: dict, indicator: str, goal_ids: dict[str, str], source: str) -> None:
    """The goals an indicator row says it follows up, each linked once."""
    have = {(lk.from_, lk.to) for lk in links if lk.type == "measured_by"}
    for local in dict.fromkeys(found["measures"]):
        if local in goal_ids and (goal_ids[local], indicator) not in have:
            links.append(Link(**{"from": goal_ids[local], "type": "measured_by", "to": indicator, "source": source}))


def notes_of(content: DatasetContent, before: DatasetContent | None) -> list[tuple[str, str]]:
    """(row id, review note) of the rows a document added: what a reviewer must settle by hand."""
    old = {a.id for a in before.actions} if before else set()
    return [(a.id, str(a.extra["note"])) for a in content.actions if a.id not in old and a.extra.get("note")]


def ingest(
    path: Path,
    to: Path,
    *,
    into: Path | None = None,
    strategy_id: str | None = None,
    kind: str = "plan",
    parent: str | None = None,
    lang: str = "sv",
) -> DatasetContent:
    """Read `path`, write the review workbook `to` (with `into`'s rows when given); nothing is written on
    refusal. With `into`, the written workbook is read back through the importer first, so a file that
    would not import is never left behind."""
    base = read_dataset(into, lang).content if into is not None else None
    content = build(read_document(path, lang), strategy_id=strategy_id, kind=kind, parent=parent, into=base, lang=lang)
    to.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=to.parent) as scratch:
        draft = Path(scratch) / to.name
        write_xlsx(content, draft)
        if into is not None:
            read_dataset(draft, lang)  # raises ImportRefused listing every problem
        draft.replace(to)
    return content
