"""The upload form shows what the importer had to interpret before the analyst opens the dataset."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from app.main import create_app
from graph import store
from tests.data import analyst_files as af
from tests.support.browser import TOKEN, shot
from tests.support.serving import running

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[dict]:
    """The app on 127.0.0.1 (uvicorn in a thread), with the write token."""
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with running(create_app(settings, db=db)) as base:
        yield {"base": base}


@pytest.mark.parametrize(
    "lang, head, notice, link",
    [
        (
            "sv",
            "Inläst. Kontrollera det här:",
            'v.xlsx blad "Insatser": rubrikraden verkar vara rad 2; rad 1 läses inte in',
            "Öppna datamängden",
        ),
        (
            "en",
            "Loaded. Check these:",
            'v.xlsx sheet "Insatser": the header row seems to be row 2; row 1 is not read',
            "Open the dataset",
        ),
    ],
)
def test_ui_upload_notices_are_shown_before_opening(
    page,
    served,
    db,
    tmp_path,
    lang,
    head,  # noqa: F811
    notice,
    link,
) -> None:
    name = f"ui-notices-{lang}"
    workbook = af.write_workbook(tmp_path / "v.xlsx", titles=af.TITLES)
    page.goto(f"{served['base']}/?lang={lang}")
    page.fill("#up-name", name)
    page.set_input_files("#up-file", str(workbook))
    page.fill("#up-token", TOKEN)
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector(f'#upload-status a[href="/datasets/{name}"]', timeout=120_000)
    lines = page.inner_text("#upload-status").splitlines()
    assert lines[:2] == [head, notice] and lines[-1] == link
    assert any('"Kil"' in line and "1715" in line for line in lines)
    assert any(d["dataset"] == name for d in store.list_datasets(db))
    shot(page, f"upload-notices-{lang}")
    page.click(f'#upload-status a[href="/datasets/{name}"]', no_wait_after=True)
    page.wait_for_url(f"**/datasets/{name}", timeout=120_000)
    page.watch.check()
