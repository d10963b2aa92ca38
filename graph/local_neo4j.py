"""ruslink's own local Neo4j: Neo4j Community from Maven Central, run embedded by a small Java launcher.

The jars are resolved once by Maven (kept in its cache); the launcher is compiled once into the
data folder. `start` is idempotent and records the Bolt URI in a state file for later commands.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import neo4j

from graph.errors import LocalNeo4jError
from graph.settings import Settings

LAUNCHER_DIR = Path(__file__).resolve().parent / "launcher"
READY_MARK = "RUSLINK-NEO4J-READY"
MISSING_TOOLS = (
    "Den lokala Neo4j-databasen behöver Java 17 och Maven (apt-get install openjdk-17-jre-headless maven); "
    "du kan också köra 'docker compose up' eller sätta NEO4J_URI till en befintlig Neo4j."
)


@dataclass(frozen=True)
class LocalStatus:
    running: bool
    uri: str | None
    pid: int | None
    store: Path


def _dir(settings: Settings) -> Path:
    path = settings.ruslink_home / "neo4j"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _state_file(settings: Settings) -> Path:
    return _dir(settings) / "state.json"


def _store(settings: Settings) -> Path:
    return _dir(settings) / "store"


def _read_state(settings: Settings) -> dict | None:
    """The state this data folder wrote at its last start; None when absent, unreadable or another folder's.

    A state file copied from another data folder names that folder's store: trusting it would make this
    folder's commands stop or write into the other folder's database.
    """
    try:
        state = json.loads(_state_file(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("store") != str(_store(settings)):
        return None
    return state


def _is_launcher(pid: int, store: Path) -> bool:
    """Whether `pid` is a Neo4j launcher serving `store` (pids are reused: the command line must say so)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    args = cmdline.split(b"\0")
    return b"Launcher" in args and str(store).encode() in args


def _identity_file(settings: Settings) -> Path:
    return _dir(settings) / "store-id"


def expected_identity(settings: Settings) -> str | None:
    """The identity of this data folder's store, as written at its first start (None before that)."""
    try:
        return _identity_file(settings).read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def _claim_identity(settings: Settings, uri: str) -> str:
    """Make the store just started carry this folder's identity, and remember it in the folder.

    The store at this folder's path is this folder's by definition; the identity lets every later connection
    check that the port still leads to it and not to another folder's Neo4j that took the port since.
    """
    from graph.queries import catalogue  # the catalogue loads files; only needed here

    wanted = expected_identity(settings) or uuid.uuid4().hex
    query = catalogue()["system/store_identity_claim"].text
    with neo4j.GraphDatabase.driver(uri, auth=None, connection_timeout=5.0) as driver:
        with driver.session() as session:
            have = session.execute_write(lambda tx: tx.run(query, id=wanted).single(strict=True)["id"])
    _identity_file(settings).write_text(have, encoding="ascii")
    return have


def _answers(uri: str, timeout: float = 3.0) -> bool:
    try:
        with neo4j.GraphDatabase.driver(uri, auth=None, connection_timeout=timeout) as driver:
            driver.verify_connectivity()
        return True
    except Exception:  # any failure means "not answering"
        return False


def _check_tools() -> None:
    if not shutil.which("java") or not shutil.which("mvn"):
        raise LocalNeo4jError(MISSING_TOOLS)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("pom.xml", "Launcher.java"):
        digest.update((LAUNCHER_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def fetch(settings: Settings) -> Path:
    """Resolve the Neo4j jars with Maven (downloads once) and compile the launcher; returns the build folder."""
    _check_tools()
    build = _dir(settings) / f"launcher-{_fingerprint()}"
    argfile = build / "java.args"
    if argfile.exists():
        return build
    build.mkdir(parents=True, exist_ok=True)
    classpath_file = build / "classpath.txt"
    result = subprocess.run(
        [
            "mvn",
            "-q",
            "-B",
            "-f",
            str(LAUNCHER_DIR / "pom.xml"),
            "dependency:build-classpath",
            f"-Dmdep.outputFile={classpath_file}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not classpath_file.exists():
        tail = (result.stdout + result.stderr).strip().splitlines()[-15:]
        raise LocalNeo4jError("Maven kunde inte hämta Neo4j: " + " | ".join(tail))
    classpath = classpath_file.read_text(encoding="utf-8").strip()
    classes = build / "classes"
    compile_args = build / "javac.args"
    compile_args.write_text(f'-cp "{classpath}"\n-d "{classes}"\n', encoding="utf-8")
    result = subprocess.run(
        ["javac", f"@{compile_args}", str(LAUNCHER_DIR / "Launcher.java")],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise LocalNeo4jError("Kunde inte kompilera Neo4j-startprogrammet: " + result.stderr.strip()[-800:])
    argfile.write_text(f'-cp "{classes}:{classpath}"\n', encoding="utf-8")
    return build


def _port(settings: Settings) -> int:
    """The port this data folder used before if it is free (so clients reconnect after a restart), else a new one."""
    remembered = _dir(settings) / "port"
    candidates = []
    try:
        candidates.append(int(remembered.read_text(encoding="ascii")))
    except (OSError, ValueError):
        pass
    candidates.append(0)
    for candidate in candidates:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Neo4j's own listener does
            try:
                sock.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            return sock.getsockname()[1]  # remembered only once a start succeeds
    raise LocalNeo4jError("Hittade ingen ledig port för den lokala Neo4j-databasen.")


@contextlib.contextmanager
def _start_lock(settings: Settings):
    with open(_dir(settings) / "start.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _running_launcher(store: Path) -> tuple[int, int] | None:
    """(pid, port) of a launcher already serving `store`, found by its command line (state file or not)."""
    wanted = str(store).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"Launcher" in args and wanted in args:
            at = args.index(wanted)
            if at + 1 < len(args) and args[at + 1].isdigit():
                return int(entry.name), int(args[at + 1])
    return None


def _adopt(settings: Settings) -> str | None:
    """A Neo4j already serving this folder's store whose state was lost (a corrupt or deleted state file):
    record it again instead of starting a second one beside it and orphaning it."""
    found = _running_launcher(_store(settings))
    if found is None:
        return None
    pid, port = found
    uri = f"bolt://127.0.0.1:{port}"
    if not _answers(uri):
        return None
    _state_file(settings).write_text(
        json.dumps({"pid": pid, "uri": uri, "store": str(_store(settings))}), encoding="utf-8"
    )
    (_dir(settings) / "port").write_text(str(port), encoding="ascii")
    return uri


def status(settings: Settings) -> LocalStatus:
    """Whether the local Neo4j of this data folder runs and answers."""
    store = _store(settings)
    state = _read_state(settings)
    if not state:
        adopted = _adopt(settings)
        if adopted:
            return status(settings)
        return LocalStatus(False, None, None, store)
    pid, uri = state.get("pid"), state.get("uri")
    running = bool(pid and _is_launcher(pid, store) and uri and _answers(uri))
    return LocalStatus(running, uri if running else None, pid if running else None, store)


def start(settings: Settings, *, timeout: float = 180.0) -> str:
    """Start the local Neo4j unless it already runs; returns its Bolt URI once the driver connects."""
    with _start_lock(settings):
        current = status(settings)
        if current.running and current.uri:
            return current.uri
        adopted = _adopt(settings)
        if adopted:
            return adopted
        build = fetch(settings)
        port = _port(settings)
        log_path = _dir(settings) / "neo4j.log"
        store = _store(settings)
        uri = f"bolt://127.0.0.1:{port}"
        with open(log_path, "w", encoding="utf-8") as log:
            process = subprocess.Popen(
                [
                    "java",
                    f"-Xmx{settings.ruslink_neo4j_heap}",
                    "-XX:+UseG1GC",
                    f"@{build / 'java.args'}",
                    "Launcher",
                    str(store),
                    str(port),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                cwd=str(_dir(settings)),
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-10:]
                raise LocalNeo4jError("Den lokala Neo4j-databasen stannade vid start: " + " | ".join(tail))
            if READY_MARK in log_path.read_text(encoding="utf-8", errors="replace") and _answers(uri):
                _claim_identity(settings, uri)
                (_dir(settings) / "port").write_text(str(port), encoding="ascii")
                _state_file(settings).write_text(
                    json.dumps({"pid": process.pid, "uri": uri, "store": str(store)}), encoding="utf-8"
                )
                return uri
            time.sleep(0.5)
        process.terminate()
        raise LocalNeo4jError(f"Den lokala Neo4j-databasen svarade inte inom {int(timeout)} s; se {log_path}.")


def stop(settings: Settings, *, timeout: float = 60.0) -> bool:
    """Stop the local Neo4j cleanly (SIGTERM, then SIGKILL after `timeout`); False if none ran."""
    state = _read_state(settings)
    store = _store(settings)
    if not state or not state.get("pid") or not _is_launcher(state["pid"], store):
        _state_file(settings).unlink(missing_ok=True)
        return False
    pid = state["pid"]
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _is_launcher(pid, store):
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.2)
    if _is_launcher(pid, store):
        os.kill(pid, signal.SIGKILL)
    _state_file(settings).unlink(missing_ok=True)
    return True


def resolve_uri(settings: Settings) -> str:
    """The Bolt URI to use: NEO4J_URI when set, else the local Neo4j (started if needed)."""
    if settings.neo4j_uri:
        return settings.neo4j_uri
    return start(settings)
