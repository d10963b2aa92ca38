"""The one driver of a process, and the only functions that hand catalogue queries to it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired, TransientError

from graph import local_neo4j
from graph.changes import Changes, mark_file
from graph.errors import DatabaseOutOfMemory, DatabaseTimeout, DatabaseUnavailable, DatasetNotFound
from graph.queries import QueryCatalogue, catalogue
from graph.settings import Settings

T = TypeVar("T")

UNAVAILABLE = "Databasen går inte att nå. Starta den lokala med 'ruslink neo4j start', eller kontrollera NEO4J_URI."
OTHER_STORE = (
    "Den lokala databasens port leder nu till en annan Neo4j än den här datamappens "
    "(en annan ruslink-mapp har tagit porten). Starta om ruslink med 'ruslink neo4j start'."
)


OUT_OF_MEMORY = (
    "Frågan behöver mer minne än databasen har (datamängden är för stor för den här installationen). "
    "Dela upp datamängden, eller ge Neo4j mer minne (RUSLINK_NEO4J_HEAP)."
)


def _raise_if_out_of_memory(e: Neo4jError) -> None:
    """Neo4j's memory errors (the transaction limit, the heap pool) become one clear, reported error."""
    code = e.code or ""
    if "MemoryPoolOutOfMemoryError" in code or "MemoryLimit" in code or "OutOfMemory" in code:
        raise DatabaseOutOfMemory(OUT_OF_MEMORY) from e


TIMED_OUT = (
    "Frågan tog längre tid än databasens gräns på {s} s och avbröts (datorn är hårt belastad, eller "
    "datamängden är mycket stor). Försök igen om en stund, dela upp datamängden eller höj "
    "RUSLINK_QUERY_TIMEOUT_S."
)
TIMED_OUT_EN = (
    "The query took longer than the database's limit of {s} s and was stopped (the machine is very busy, or "
    "the dataset is very large). Try again in a while, split the dataset or raise RUSLINK_QUERY_TIMEOUT_S."
)


def _raise_if_timed_out(e: Neo4jError, timeout: float | None) -> None:
    """Neo4j's transaction time limit becomes a clear 503, not a bug report."""
    if "TransactionTimedOut" in (e.code or ""):
        seconds = f"{timeout:g}" if timeout else "?"
        raise DatabaseTimeout(
            TIMED_OUT.format(s=seconds.replace(".", ",")), message_en=TIMED_OUT_EN.format(s=seconds)
        ) from e


GONE = "Datamängden togs bort medan den lästes. Ladda om sidan för att se vilka datamängder som finns."
GONE_EN = "The dataset was deleted while it was being read. Reload the page to see which datasets exist."


def _raise_if_deleted_while_read(e: Neo4jError) -> None:
    """A read of a version whose rows a delete removed meanwhile (Neo4j: "Node … was unexpectedly deleted")
    answers 404, as the dataset is gone: the version was resolved once, at the start of the request."""
    if (e.code or "").endswith("Statement.EntityNotFound"):
        raise DatasetNotFound(GONE, message_en=GONE_EN) from e


class Database:
    """A Neo4j driver with ruslink's catalogue: run named queries in managed (retried) transactions."""

    def __init__(
        self,
        driver: neo4j.Driver,
        *,
        database: str | None = None,
        queries: QueryCatalogue | None = None,
        timeout: float | None = 60.0,
        expected_store: str | None = None,
        changes: Changes | None = None,
    ) -> None:
        self.driver = driver
        self.changes = changes or Changes()
        """Marks of the writes to this store (graph/changes.py): when `read_kept` answers may be trusted."""
        self._kept: dict[tuple[str, tuple[tuple[str, Any], ...]], tuple[tuple[int, str | None], float, list]] = {}
        self.database = database
        self.queries = queries or catalogue()
        self.timeout = timeout
        self.expected_store = expected_store
        """The identity of the local store this driver must reach; None for NEO4J_URI (any server)."""
        self._verified = expected_store is None
        self.schema_store: str | None = None
        """The store identity for which graph.schema last put constraints and reference data in place: a
        reconnect may reach a fresh store without them, and its identity then differs."""

    @classmethod
    def connect(cls, settings: Settings, *, start_local: bool = True) -> Database:
        """A driver for NEO4J_URI, or for the local Neo4j (started here when `start_local`)."""
        if settings.neo4j_uri:
            uri = settings.neo4j_uri
            password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
            auth = (settings.neo4j_user, password) if password is not None else None
        else:
            uri = local_neo4j.start(settings) if start_local else (local_neo4j.status(settings).uri or "")
            if not uri:
                raise DatabaseUnavailable(UNAVAILABLE)
            auth = None
        driver = neo4j.GraphDatabase.driver(
            uri,
            auth=auth,
            connection_acquisition_timeout=10.0,
            connection_timeout=5.0,
            max_transaction_retry_time=15.0,
            notifications_min_severity="OFF",
        )
        expected = None if settings.neo4j_uri else local_neo4j.expected_identity(settings)
        return cls(
            driver,
            database=settings.neo4j_database,
            timeout=settings.ruslink_query_timeout_s,
            expected_store=expected,
            changes=Changes(mark_file(uri, settings.neo4j_database)),
        )

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- running queries -------------------------------------------------

    def session(self, *, read: bool = False) -> neo4j.Session:
        access = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=access)

    def q(self, name: str) -> neo4j.Query:
        """A named query for `session.run` (auto-commit: schema statements)."""
        return self.queries[name].query(timeout=self.timeout)

    def text(self, name: str) -> str:
        """A named query's text, for `tx.run(db.text(name), params)` inside `run_in_tx`."""
        return self.queries[name].text

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a read query by name in a managed read transaction (routed to a secondary on a cluster)."""
        return self._managed(True, self._unit(name, lambda tx: [r.data() for r in tx.run(self.text(name), params)]))

    def read_small(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a small read query by name as one auto-commit query: one round trip to Neo4j instead of a managed
        transaction's two (begin and run, then commit). For the lookup every request makes first, the current
        version of its dataset; it sees exactly what a managed read would. A transient error (a cluster
        changing leader) is retried as a managed read."""
        try:
            return self._guarded(True, lambda session: [r.data() for r in session.run(self.q(name), params)])
        except TransientError:
            return self.read(name, **params)

    def read_kept(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """`read_small`, answered from what this driver kept when no write has been seen since (graph/changes.py)
        and it is younger than `changes.fresh_s` (a second): for the version lookup every request makes first.
        Callers get copies of the rows (nested values shared: read them, do not change them)."""
        key = (name, tuple(sorted(params.items())))
        mark = self.changes.mark()
        hit = self._kept.get(key)
        if hit is not None and hit[0] == mark and time.monotonic() - hit[1] < self.changes.fresh_s:
            return [dict(row) for row in hit[2]]
        asked = time.monotonic()
        rows = self.read_small(name, **params)
        if len(self._kept) > 4096:
            self._kept.clear()
        self._kept[key] = (mark, asked, rows)
        return [dict(row) for row in rows]

    def write(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a write query by name in a managed write transaction (retried on transient errors)."""
        return self._managed(False, self._unit(name, lambda tx: [r.data() for r in tx.run(self.text(name), params)]))

    def run_in_tx(
        self, work: Callable[[neo4j.ManagedTransaction], T], *, read: bool = False, label: str = "transaction"
    ) -> T:
        """Run `work` in one managed transaction; `work` uses `tx.run(db.text(name), params)`."""
        return self._managed(read, self._unit(label, work))

    def run_auto(self, name: str, **params: Any) -> None:
        """Run a named query as an auto-commit transaction with no time limit: for `CALL { … } IN
        TRANSACTIONS`, which commits its own batches and cannot run inside a managed transaction."""
        self._guarded(False, lambda session: session.run(self.queries[name].query(timeout=None), params).consume())

    def _unit(
        self, name: str, work: Callable[[neo4j.ManagedTransaction], T]
    ) -> Callable[[neo4j.ManagedTransaction], T]:
        return neo4j.unit_of_work(timeout=self.timeout, metadata={"app": "ruslink", "query": name})(work)

    def _managed(self, read: bool, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        return self._guarded(read, lambda session: session.execute_read(work) if read else session.execute_write(work))

    def _guarded(self, read: bool, run: Callable[[neo4j.Session], T]) -> T:
        """`run` on a session (read or write access), with the store checked once after a start or an outage, and
        the driver's errors turned into ruslink's: unavailable, out of memory, timed out, deleted while read. A
        write, committed or not, is marked as one (graph/changes.py)."""
        try:
            with self.session(read=read) as session:
                if not self._verified:
                    self._verify(session)
                return run(session)
        except (ServiceUnavailable, SessionExpired, AuthError, OSError) as e:
            self._verified = self.expected_store is None
            raise DatabaseUnavailable(UNAVAILABLE) from e
        except Neo4jError as e:
            _raise_if_out_of_memory(e)
            _raise_if_timed_out(e, self.timeout)
            if read:
                _raise_if_deleted_while_read(e)
            raise
        finally:
            if not read:
                self.changes.wrote()

    def _verify(self, session: neo4j.Session) -> None:
        """Check, after start or an outage, that the port still leads to this folder's own store."""
        query = self.text("system/store_identity")
        found = session.execute_read(lambda tx: tx.run(query).single())
        if found is None or found["id"] != self.expected_store:
            raise DatabaseUnavailable(OTHER_STORE)
        self._verified = True

    def ping(self) -> dict[str, Any]:
        """Reachability and server version; raises DatabaseUnavailable when the database is away."""
        try:
            info = self.driver.get_server_info()
            self.read("system/ping")
        except (ServiceUnavailable, SessionExpired, AuthError, OSError) as e:
            raise DatabaseUnavailable(UNAVAILABLE) from e
        return {"address": str(info.address), "agent": info.agent}
