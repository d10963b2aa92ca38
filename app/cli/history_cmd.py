"""`ruslink history`: a dataset's changes (who, when, why, what), newest first."""

from __future__ import annotations

import json

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.i18n import register, t

register({
    "history.none": {"sv": "Datamängden {dataset!r} har inga ändringar.", "en": "Dataset {dataset!r} has no changes."},
    "history.head": {"sv": "ändring\tnär\tvem\tvarför\tvad", "en": "change\twhen\twho\twhy\twhat"},
    "history.reverts": {"sv": "ångrar {n}", "en": "undoes {n}"},
    "history.reverted": {"sv": "ångrad av {n}", "en": "undone by {n}"},
    "history.op": {"sv": "{op} {table} {named}", "en": "{op} {table} {named}"},
})


def describe(ops: list, lang: str) -> str:
    """The operations of a change in one line: `uppdatera actions "A-03" (status); lägg till links …`."""
    parts = []
    for op in ops if isinstance(ops, list) else []:
        if not isinstance(op, dict):
            continue
        if "id" in op:
            key = f'"{op["id"]}"'
        else:
            row = op.get("row") or {}
            key = " ".join(f'"{row[c]}"' for c in ("from", "type", "to", "indicator", "period", "id") if c in row)
        text = t("history.op", lang, op=t(f"change.op.{op.get('op')}", lang), table=op.get("table"), named=key)
        if isinstance(op.get("set"), dict):
            text += " (" + ", ".join(f"{k} = {v}" for k, v in op["set"].items()) + ")"
        parts.append(text)
    return "; ".join(parts)


@cli.command()
def history(
    dataset: str = typer.Option(..., "--dataset", help="Datamängden vars ändringar visas."),
    format: str = typer.Option("table", "--format", help="table (standard) eller json."),
    lang: str = typer.Option("sv", "--lang", help="Språk: sv (standard) eller en."),
) -> None:
    """Visa datamängdens ändringar, nyast först: vem, när, varför och vad."""
    import graph.change_ops  # noqa: F401  (registers the words of the operations)
    from graph.changes import list_changes

    lang = "en" if lang.lower().startswith("en") else "sv"
    with open_db() as db:
        changes = list_changes(db, dataset)
    if format.lower() == "json":
        typer.echo(json.dumps(changes, ensure_ascii=False, indent=2))
        return
    if not changes:
        typer.echo(t("history.none", lang, dataset=dataset))
        return
    typer.echo(t("history.head", lang))
    for c in changes:
        note = ""
        if c["reverts"] is not None:
            note = f" [{t('history.reverts', lang, n=c['reverts'])}]"
        if c["reverted_by"] is not None:
            note += f" [{t('history.reverted', lang, n=c['reverted_by'])}]"
        typer.echo(f"{c['change']}\t{c['at']}\t{c['by']}\t{c['why']}{note}\t{describe(c['changes'], lang)}")
