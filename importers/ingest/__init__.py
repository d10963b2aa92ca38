"""Reading Swedish strategy documents (PDF, DOCX) into the import format for review (`ruslink ingest`)."""
