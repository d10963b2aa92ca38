"""Every command explains itself (as sqlite-utils pins its docs)."""

from __future__ import annotations

import click
import typer.main
from typer.testing import CliRunner

from app.cli import cli


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))


def test_cli_every_command_has_help() -> None:
    root = typer.main.get_command(cli)
    missing = [" ".join(path) for path, command in _commands(root) if not (command.help or "").strip()]
    assert not missing, f"commands without help: {missing}"


def test_cli_help_runs() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "ruslink" in result.output
