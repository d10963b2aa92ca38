"""`python -m app.cli` is the same as the `ruslink` command."""

from app.cli import main

main()
