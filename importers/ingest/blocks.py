"""What a document reader hands the parser: text blocks in reading order, each with its page.

PDF and Word differ in everything but this; the parser in `importers.ingest.parse` only sees blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from graph.errors import InvalidInput
from graph.i18n import register, t

BlockKind = Literal["heading", "paragraph", "bullet", "table"]

MAX_PAGES = 200
MAX_BYTES = 50 * 1024 * 1024

register(
    {
        "ingest.refused": {
            "sv": "Dokumentet {file} kan inte läsas in: {reason}",
            "en": "The document {file} cannot be read: {reason}",
        },
        "ingest.doc": {
            "sv": "det är ett äldre Word-dokument (.doc). Öppna det i Word och spara som .docx, eller "
            "spara som PDF, och läs in den filen.",
            "en": "it is an old Word document (.doc). Open it in Word and save it as .docx or as PDF, "
            "then read that file.",
        },
        "ingest.format": {
            "sv": "bara .pdf och .docx kan läsas in (filen slutar på {suffix!r}).",
            "en": "only .pdf and .docx can be read (the file ends in {suffix!r}).",
        },
        "ingest.missing": {"sv": "filen finns inte.", "en": "the file does not exist."},
        "ingest.too_big": {"sv": "filen är större än {mb} MB.", "en": "the file is larger than {mb} MB."},
        "ingest.encrypted": {
            "sv": "PDF-filen är krypterad eller lösenordsskyddad. Spara en kopia utan lösenord och läs in den.",
            "en": "the PDF is encrypted or password protected. Save a copy without a password and read that.",
        },
        "ingest.broken": {
            "sv": "filen är skadad eller inte en riktig {kind}-fil ({detail}).",
            "en": "the file is damaged or not a real {kind} file ({detail}).",
        },
        "ingest.pages": {
            "sv": "den har {pages} sidor, fler än gränsen {limit}. Dela upp dokumentet, till exempel "
            "en fil för mål och insatser.",
            "en": "it has {pages} pages, more than the limit of {limit}. Split the document, for "
            "example one file for goals and actions.",
        },
        "ingest.scanned": {
            "sv": "PDF-filen innehåller bara bilder (ett inskannat dokument) och ingen text. Kör "
            "textigenkänning (OCR) först eller använd originalfilen.",
            "en": "the PDF holds only images (a scanned document) and no text. Run text "
            "recognition (OCR) first or use the original file.",
        },
        "ingest.no_goals": {
            "sv": "inga mål hittades. ruslink känner igen rubriker och listor som börjar med "
            "”Målområde 1”, ”Mål 1”, ”Prioritering 1” eller ”Delmål 1.1”.",
            "en": "no goals were found. ruslink recognises headings and lists that start with "
            '"Målområde 1", "Mål 1", "Prioritering 1" or "Delmål 1.1".',
        },
    }
)


@dataclass
class Block:
    kind: BlockKind
    text: str
    page: int
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Document:
    """A document read: its file name, its blocks in reading order and its number of pages."""

    name: str
    blocks: list[Block]
    pages: int
    title: str = ""


class IngestRefused(InvalidInput):
    """A document that cannot be read; nothing is written."""

    code = "ingest_refused"


def refuse(file: str, key: str, lang: str, **values: object) -> IngestRefused:
    return IngestRefused(t("ingest.refused", lang, file=file, reason=t(key, lang, **values)))
