"""The write token the HTTP tests serve with."""

from __future__ import annotations

TOKEN = "test-token"


AUTH = {"Authorization": f"Bearer {TOKEN}"}
