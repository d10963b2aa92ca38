"""`ruslink history`: a dataset's changes (who, when, why, what), newest first."""

from __future__ import annotations

import json

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.change_ops import OPS
from graph.i18n import t


def describe(ops: list, lang: str) -> str:
    """The operations of a change in one line, in words: `uppdatera insats "A-03": status = avslutad; …`."""
    import app.edit_texts  # noqa: F401  (registers the editor's words)
    from app.edit_support import column_label, value_name
    from graph.i18n import score_name, signed
    from importers.columns import TABLE_COLUMNS

    def shown(table: str, column: str, value: object) -> str:
        spec = TABLE_COLUMNS.get(table, {}).get(column)
        if value is None or value == "":
            return t("edit.empty", lang)
        if spec is not None and spec.kind.startswith("enum:") and isinstance(value, str):
            try:
                return value_name(spec.kind[5:], value.lower() if column != "gender" else value.upper(), lang)
            except KeyError:
                return str(value)
        if spec is not None and spec.kind == "score" and isinstance(value, int):
            return f"{signed(value)} {score_name(value, lang)}"
        return str(value)

    parts = []
    for op in ops if isinstance(ops, list) else []:
        if not isinstance(op, dict) or op.get("table") not in TABLE_COLUMNS or op.get("op") not in OPS:
            continue
        table = op["table"]
        row: dict = op["row"] if isinstance(op.get("row"), dict) else {}
        if table == "links":
            named = f'"{row.get("from")}" {shown(table, "type", row.get("type"))} "{row.get("to")}"'
            if "score" in row:
                named += f" ({shown(table, 'score', row.get('score'))})"
        elif table == "observations":
            named = f'"{row.get("indicator")}" {row.get("period")}'
        else:
            named = f'"{op.get("id", row.get("id"))}"'
        text = t("history.op", lang, op=t(f"change.op.{op['op']}", lang), table=t(f"table1.{table}", lang), named=named)
        if isinstance(op.get("set"), dict):
            text += ": " + ", ".join(f"{column_label(k, lang)} = {shown(table, k, v)}" for k, v in op["set"].items())
        parts.append(text)
    return "; ".join(parts)


@cli.command()
def history(
    dataset: str = typer.Option(..., "--dataset", help="Datamängden vars ändringar visas."),
    format: str = typer.Option("table", "--format", help="table (standard) eller json."),
    lang: str = typer.Option("sv", "--lang", help="Språk: sv (standard) eller en."),
) -> None:
    """Visa datamängdens ändringar, nyast först: vem, när, varför och vad."""
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
