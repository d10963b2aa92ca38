"""Response headers that keep what ruslink serves inert in a browser, whatever text a dataset holds."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADERS = (
    (b"x-content-type-options", b"nosniff"),  # JSON holding "<script>" is never sniffed into HTML
    (b"x-frame-options", b"DENY"),  # pages shown in meetings cannot be framed by another site
    (b"referrer-policy", b"no-referrer"),
)


class SecurityHeaders:
    """Add HEADERS to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((n, v) for n, v in HEADERS if n not in present)]
            await send(message)

        await self.app(scope, receive, with_headers)
