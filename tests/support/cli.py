"""Running the `ruslink` command as a user does, and datasets big enough to be caught midway."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

RUSLINK = str(Path(sys.executable).parent / "ruslink")


def run(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RUSLINK, *args], env=env, capture_output=True, text=True, timeout=300)


def big_dataset(folder: Path, actions: int) -> Path:
    """A generated dataset large enough that writing it takes many batches."""
    folder.mkdir(parents=True)
    (folder / "strategies.csv").write_text("id;name;kind;parent\nRUS;RUS;rus;\nP;Plan;plan;RUS\n", encoding="utf-8")
    with (folder / "goals.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["id", "strategy", "name"])
        writer.writerows([f"G-{i}", "RUS", f"Mål {i}"] for i in range(200))
    with (folder / "actions.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["id", "strategy", "name", "budget_sek"])
        writer.writerows([f"A-{i}", "P", f"Insats {i}", f"{i},5"] for i in range(actions))
    with (folder / "links.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["from", "type", "to", "score"])
        writer.writerows([f"A-{i}", "contributes_to", f"G-{i % 200}", "2"] for i in range(actions))
    return folder


def writing_version(db, dataset: str) -> tuple[str | None, int]:
    rows = db.run_in_tx(
        lambda tx: tx.run(
            "MATCH (v:Version {dataset: $d, state: 'writing'}) "
            "RETURN v.key AS key, COUNT { (n:Item {dsv: v.key}) } AS n",
            d=dataset,
        ).data(),
        read=True,
    )
    return (rows[0]["key"], rows[0]["n"]) if rows else (None, 0)


def ruslink(settings, *args: str) -> subprocess.CompletedProcess:
    """`ruslink ARGS` against the Neo4j that `settings` name."""
    env = {**os.environ, "NEO4J_URI": settings.neo4j_uri}
    if settings.neo4j_password is not None:
        env["NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
        env["NEO4J_USER"] = settings.neo4j_user
    return subprocess.run([str(RUSLINK), *args], capture_output=True, text=True, env=env, timeout=300)
