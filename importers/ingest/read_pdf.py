"""PDF documents as blocks, with pdfplumber: lines with their font size and position, and ruled tables.

Running headers and footers are dropped: lines in the top or bottom band of a page whose text (digits
ignored) comes back on several pages, and page numbers alone. Lines are joined into paragraphs and list
items by their spacing; a line set larger or in bold than the body text is a heading.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from importers.ingest.blocks import MAX_PAGES, Block, BlockKind, Document, refuse

BULLET = re.compile(r"^\s*(?:[•●▪◦○■\-–*]\s+|\(cid:\d+\)\s*)")
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(sida|s\.|page)?\s*\d+(\s*(av|/|of)\s*\d+)?$", re.IGNORECASE)
BAND = 0.1


def _open(path: Path, lang: str):
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
        _ = pdf.pages  # the page tree is read here; a wrong password or a broken file fails now
        return pdf
    except Exception as e:  # pdfminer raises many types for the same two causes
        text = f"{type(e).__name__} {e!r}".lower()
        if "password" in text or "encrypt" in text or "decrypt" in text:
            raise refuse(path.name, "ingest.encrypted", lang) from e
        raise refuse(path.name, "ingest.broken", lang, kind="PDF", detail=type(e).__name__) from e


def _lines(page) -> tuple[list[dict[str, Any]], list[tuple[float, list[list[str]]]]]:
    """Text lines outside tables, each with top, bottom, x0, size and bold."""
    # Ruled tables need drawn lines; a page without any (most prose pages) skips the costly table search.
    tables = page.find_tables() if (page.lines or page.rects or page.edges) else []
    outside = page
    for table in tables:
        outside = outside.outside_bbox(table.bbox)
    lines = []
    for line in outside.extract_text_lines(return_chars=True, keep_blank_chars=False):
        chars = [c for c in line["chars"] if c["text"].strip()]
        if not chars:
            continue
        sizes = Counter(round(c["size"], 1) for c in chars)
        bold = sum("bold" in c.get("fontname", "").lower() for c in chars) > len(chars) / 2
        lines.append(
            {
                "text": " ".join(line["text"].split()),
                "top": line["top"],
                "bottom": line["bottom"],
                "x0": line["x0"],
                "size": sizes.most_common(1)[0][0],
                "bold": bold,
            }
        )
    rows = [(t.bbox[1], [[_cell(cell) for cell in row] for row in t.extract()]) for t in tables]
    return lines, rows


def _cell(text: str | None) -> str:
    """A table cell's lines as one line; a word hyphenated at a line end is joined again."""
    return " ".join(re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", text or "").split())


def _running(pages: list[tuple[float, list[dict[str, Any]]]]) -> set[str]:
    """Texts (digits ignored) of lines in the top or bottom band that recur on at least a third of pages."""
    seen: Counter[str] = Counter()
    for height, lines in pages:
        keys = {
            _DIGITS.sub("#", ln["text"].lower())
            for ln in lines
            if ln["top"] < BAND * height or ln["bottom"] > (1 - BAND) * height
        }
        seen.update(keys)
    need = max(2, len(pages) // 3)
    return {key for key, n in seen.items() if n >= need} if len(pages) > 1 else set()


def read_pdf(path: Path, lang: str) -> Document:
    pdf = _open(path, lang)
    try:
        if len(pdf.pages) > MAX_PAGES:
            raise refuse(path.name, "ingest.pages", lang, pages=len(pdf.pages), limit=MAX_PAGES)
        read = []
        images = 0
        for page in pdf.pages:
            lines, tables = _lines(page)
            images += len(page.images)
            read.append((page.height, lines, tables))
            page.flush_cache()
        if not any(lines or tables for _, lines, tables in read):
            raise refuse(path.name, "ingest.scanned", lang)
    finally:
        pdf.close()
    running = _running([(h, lines) for h, lines, _ in read])
    sizes = Counter(ln["size"] for _, lines, _ in read for ln in lines)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    blocks: list[Block] = []
    for number, (height, lines, tables) in enumerate(read, start=1):
        kept = [ln for ln in lines if not _is_furniture(ln, height, running)]
        items: list[tuple[float, str, Any]] = [(ln["top"], "line", ln) for ln in kept]
        items += [(top, "table", rows) for top, rows in tables]
        previous = None
        for _, what, item in sorted(items, key=lambda x: x[0]):
            if what == "table":
                blocks.append(Block("table", "", number, rows=item))
                previous = None
                continue
            heading = item["size"] >= body * 1.15 or (item["bold"] and len(item["text"]) < 120)
            kind: BlockKind = "heading" if heading else ("bullet" if BULLET.match(item["text"]) else "paragraph")
            text = BULLET.sub("", item["text"]) if kind == "bullet" else item["text"]
            joins = (
                previous is not None
                and kind != "bullet"
                and blocks
                and blocks[-1].page == number
                and item["top"] - previous["bottom"] < 0.6 * item["size"]
                and (
                    blocks[-1].kind == kind
                    or (blocks[-1].kind == "bullet" and kind == "paragraph" and item["x0"] > previous["x0"] - 1)
                )
                and (kind != "heading" or item["size"] == previous["size"])
            )
            if joins:
                blocks[-1].text += " " + text
            else:
                blocks.append(Block(kind, text, number))
            previous = item
    title = next((b.text for b in blocks if b.kind == "heading" and b.page == 1), "")
    return Document(name=path.name, blocks=blocks, pages=len(read), title=title)


def _is_furniture(line: dict, height: float, running: set[str]) -> bool:
    in_band = line["top"] < BAND * height or line["bottom"] > (1 - BAND) * height
    if not in_band:
        return False
    return _DIGITS.sub("#", line["text"].lower()) in running or bool(_PAGE_NUMBER.match(line["text"]))
