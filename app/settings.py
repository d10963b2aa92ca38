"""The HTTP server's settings: the graph's settings plus what only the web app needs (tokens, upload limit,
host names), from the same environment variables (names as in spec/interfaces.md)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr, field_validator

from graph.settings import Settings


class ServerSettings(Settings):
    """Everything `Settings` reads, and the web app's own variables."""

    ruslink_token: SecretStr | None = Field(default=None, description="Bearer token for HTTP writes")
    ruslink_read_token: SecretStr | None = Field(default=None, description="Optional bearer token for HTTP reads")
    ruslink_max_upload_mb: int = 50
    ruslink_prepare_every_s: float = Field(
        default=2.0,
        ge=0,
        description="How often (seconds) the app looks for new dataset versions to prepare their explorer "
        "in the background (app/prepare.py); 0 turns it off",
    )
    ruslink_prepare_apart_over: int = Field(
        default=1500,
        ge=0,
        description="Versions with more rows than this (strategies, goals, actions, indicators and actors) are "
        "prepared in a process of their own, which returns its memory when it ends (app/prepare.py)",
    )
    ruslink_allowed_hosts: str = Field(
        default="",
        description="Extra host names (comma-separated) that may "
        "send anonymous writes, besides 127.0.0.1 and localhost",
    )

    @field_validator("ruslink_token", "ruslink_read_token", mode="before")
    @classmethod
    def _empty_token_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


def as_server_settings(settings: Settings) -> ServerSettings:
    """`settings` as the web app's: the web app's own variables read from the environment when `settings` is
    only the graph's (as `get_server_settings` would have read them)."""
    if isinstance(settings, ServerSettings):
        return settings
    return ServerSettings(**settings.model_dump())


@lru_cache(maxsize=1)
def get_server_settings() -> ServerSettings:
    """The web app's settings of this process, built on first use (never at import time)."""
    return ServerSettings()
