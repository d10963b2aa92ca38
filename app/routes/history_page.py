"""The change history page of a dataset: who changed what, when and why, with an undo button for token holders."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.cli.history_cmd import describe
from app.deps import Db, Reader
from app.rendering import page_lang, render
from graph import store
from graph.history import edits_since_import, list_changes
from graph.views import load_graph

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/datasets/{dataset}/history", response_class=HTMLResponse, dependencies=[Reader])
def history_page(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """Every change, newest first; reverting one is a new change (the buttons show only with the token)."""
    lang = page_lang(request)
    graph = load_graph(db, dataset)
    info = store.dataset_info(db, dataset)
    rows = [{**c, "what": describe(c["changes"], lang)} for c in list_changes(db, dataset)]
    return render(
        request,
        "history.html",
        dataset=dataset,
        graph=graph,
        changes=rows,
        imported_at=(info.get("imported_at") or "")[:19].replace("T", " "),
        pending=edits_since_import(db, dataset),
        page_state={"dataset": dataset, "lang": lang},
    )


def _install_globals() -> None:
    """The editor's texts are a template global, so pages opt in with one line and no route changes."""
    from app.edit_texts import edit_js_texts
    from app.rendering import templates

    templates.env.globals["edit_js_texts"] = edit_js_texts


_install_globals()
