"""Word (.docx) documents as blocks: headings by style, list items, tables, pages from page breaks.

A .docx has no fixed pages; a page is counted at every explicit or rendered page break, which is where
Word put them when the file was last saved. Headers and footers live outside the body and are never read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from importers.ingest.blocks import Block, BlockKind, Document, refuse

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _page_breaks(paragraph, rendered: bool) -> int:
    """Page breaks in a paragraph: Word's rendered ones when the file has them (they include the explicit
    ones), else the explicit ones."""
    if rendered:
        return sum(1 for el in paragraph._p.iter() if el.tag == f"{_W}lastRenderedPageBreak")
    return sum(1 for el in paragraph._p.iter() if el.tag == f"{_W}br" and el.get(f"{_W}type") == "page")


def _kind(paragraph) -> BlockKind:
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    if style.startswith(("heading", "rubrik", "title")):
        return "heading"
    if "list" in style or "lista" in style or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return "bullet"
    return "paragraph"


def read_docx(path: Path, lang: str) -> Document:
    from docx import Document as open_docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = open_docx(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise refuse(path.name, "ingest.broken", lang, kind="Word", detail=type(e).__name__) from e
    blocks: list[Block] = []
    rendered = any(el.tag == f"{_W}lastRenderedPageBreak" for el in doc.element.body.iter())
    page = 1
    title = ""
    for child in doc.element.body.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, doc)
            text = " ".join(paragraph.text.split())
            breaks = _page_breaks(paragraph, rendered)
            if text:
                kind = _kind(paragraph)
                if not title and (paragraph.style is not None and paragraph.style.name.lower() == "title"):
                    title = text
                blocks.append(Block(kind, text, page))
            page += breaks
        elif child.tag == f"{_W}tbl":
            table = Table(child, doc)
            rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in table.rows]
            blocks.append(Block("table", "", page, rows=rows))
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading"), "")
    return Document(name=path.name, blocks=blocks, pages=page, title=title)
