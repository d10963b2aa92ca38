"""One settings object for the whole of ruslink, read from the environment."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ruslink"


class Settings(BaseSettings):
    """Configuration, from environment variables (names as in spec/interfaces.md).

    What only the web app reads (tokens, the upload limit, host names) is in `app.settings.AppSettings`."""

    model_config = SettingsConfigDict(extra="ignore", case_sensitive=False)

    neo4j_uri: str | None = Field(default=None, description="An existing Neo4j; none = ruslink's local Neo4j")
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str | None = None

    ruslink_home: Path = Field(default_factory=_default_home, description="Per-user data folder (local Neo4j store)")
    ruslink_query_timeout_s: float = 60.0
    ruslink_neo4j_heap: str = "1g"

    @field_validator("neo4j_uri", "neo4j_password", "neo4j_database", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def uses_local_neo4j(self) -> bool:
        return not self.neo4j_uri


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, built on first use (never at import time)."""
    return Settings()
