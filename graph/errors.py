"""Domain exceptions. The CLI and the HTTP layer translate them; nothing else does.

They say what went wrong in the domain's terms (not found, invalid input, database away …) and carry a
stable `code` for programs; how that is answered over HTTP (statuses, headers, error pages) is decided in
`app/errors.py` alone.
"""

from __future__ import annotations


class RuslinkError(Exception):
    """Base of every error ruslink reports to a user."""

    code = "error"

    def __init__(self, message: str, *, details: list | None = None, message_en: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en
        self.details = details or []

    def message_in(self, lang: str) -> str:
        """The message in `lang` when the error was given one in English; Swedish otherwise."""
        return self.message_en if lang == "en" and self.message_en else self.message

    def shown_details(self) -> list[str]:
        """The text details a person should read after the message: those the message does not already
        say (a "dataset not found" message lists the datasets; its details list them again for programs)."""
        texts = [d for d in self.details if isinstance(d, str)]
        if texts and all(d in self.message and d in (self.message_en or self.message) for d in texts):
            return []
        return texts


class DatabaseUnavailable(RuslinkError):
    code = "database_unavailable"


class DatabaseOutOfMemory(RuslinkError):
    """A query needed more memory than the database may give one transaction."""

    code = "database_out_of_memory"


class DatabaseTimeout(RuslinkError):
    """Neo4j stopped a query at its time limit (RUSLINK_QUERY_TIMEOUT_S): a busy machine or a huge dataset."""

    code = "database_timeout"


class LocalNeo4jError(RuslinkError):
    """The local Neo4j could not be set up or started."""

    code = "local_neo4j"


class NotFound(RuslinkError):
    code = "not_found"


class DatasetNotFound(NotFound):
    code = "dataset_not_found"


class AnalysisNotFound(NotFound):
    code = "analysis_not_found"


class InvalidInput(RuslinkError):
    code = "invalid_input"


class ImportRefused(InvalidInput):
    """An import found problems; `details` lists every one of them."""

    code = "import_refused"


class DatasetBusy(RuslinkError):
    """Another import of the same dataset is running."""

    code = "dataset_busy"


class WrongKey(RuslinkError):
    """A key that opens one thing (a workshop) was missing or did not match."""

    code = "unauthorized"


class DiskFull(RuslinkError):
    """The disk under ruslink's data folder or the database is full."""

    code = "disk_full"


class StorageUnwritable(RuslinkError):
    """ruslink's data folder cannot be written (read-only, or no permission)."""

    code = "storage_unwritable"


def _chain(exc: BaseException):
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def explain_environment_error(exc: BaseException) -> RuslinkError | None:
    """A full disk, an unwritable folder or input nested too deeply, told as what it is, or None.

    These come from the machine or the input rather than from a bug, so they are reported as such (app/errors.py
    gives their HTTP answers; the CLI one sentence) wherever they surface, and recovery needs no restart.
    """
    import errno

    for link in _chain(exc):
        if isinstance(link, RuslinkError):
            return None
        if isinstance(link, OSError) and link.errno in (errno.ENOSPC, errno.EDQUOT):
            where = f" ({link.filename})" if link.filename else ""
            return DiskFull(
                f"Disken är full{where}. Frigör utrymme; ruslink fortsätter av sig själv när det finns plats igen."
            )
        if isinstance(link, OSError) and link.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            where = f" {link.filename}" if link.filename else " datamappen"
            return StorageUnwritable(
                f"ruslink kan inte skriva i{where}. Ge skrivrätt, eller välj en annan datamapp med RUSLINK_HOME."
            )
        if "No space left on device" in str(link):
            return DiskFull(
                "Databasens disk är full. Frigör utrymme; ruslink fortsätter av sig själv när det finns plats igen."
            )
        if isinstance(link, RecursionError):
            return InvalidInput("Filen är nästlad för djupt för att läsas (för många nivåer av listor eller objekt).")
    return None


class ChangeConflict(RuslinkError):
    """A change cannot be undone because later changes touched the same rows (or it was undone already)."""

    code = "change_conflict"
