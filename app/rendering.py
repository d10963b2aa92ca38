"""Rendering a page: the Jinja templates, the page's language and the helpers every template gets.

Its own module so that both the pages and the one exception hook (app/errors.py) can render without
importing each other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.assets import asset_url
from graph.i18n import local_date, number, score_name, signed, t
from viz.texts import kind_name

templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
templates.env.globals["asset"] = asset_url  # a file of app/static by its versioned URL (app/assets.py)
LANG_COOKIE = "ruslink_lang"


def page_lang(request: Request) -> str:
    """`?lang=` if given, else the remembered choice, else Swedish."""
    asked = request.query_params.get("lang")
    if asked in ("sv", "en"):
        return asked
    return "en" if request.cookies.get(LANG_COOKIE) == "en" else "sv"


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render a page in the request's language and remember an explicit `?lang=`."""
    lang = page_lang(request)

    def tr(key: str, **values: Any) -> str:
        return t(key, lang, **values)

    def lang_url(target: str) -> str:
        return str(request.url.include_query_params(lang=target))

    response = templates.TemplateResponse(
        request,
        template,
        {
            "lang": lang,
            "t": tr,
            "number": lambda v, d=1: number(v, lang, d),
            "signed": signed,
            "score_name": lambda s: score_name(s, lang),
            "kind_name": lambda k: kind_name(k, lang),
            "lang_url": lang_url,
            "local_date": local_date,
            **context,
        },
        status_code=status,
    )
    if request.query_params.get("lang") in ("sv", "en"):
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response
