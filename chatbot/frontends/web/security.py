"""Headers on every response, errors included: no caching, a strict content policy, no referrer.

It wraps the whole application (outside Starlette's own error handling), so
even a failure's response carries them.
"""

from __future__ import annotations

import re

# A frame-ancestors value is a list of sources separated by spaces; anything
# that could end the header or start another directive is refused.
_FRAME_ANCESTORS = re.compile(r"^[A-Za-z0-9'*:/._\- ]+$")


class BadFrameAncestors(ValueError):
    """A --frame-ancestors value that is not a plain list of sources."""


def content_security_policy(frame_ancestors: str = "'none'") -> str:
    """Everything from our own origin; no inline script or style, no plugins, no other site."""
    if not _FRAME_ANCESTORS.match(frame_ancestors) or not frame_ancestors.strip():
        raise BadFrameAncestors(f"not a list of frame sources: {frame_ancestors!r}")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; "
        f"frame-ancestors {' '.join(frame_ancestors.split())}"
    )


def security_headers(frame_ancestors: str = "'none'") -> list[tuple[bytes, bytes]]:
    """The headers added to every response."""
    headers = {
        "cache-control": "no-store",
        "content-security-policy": content_security_policy(frame_ancestors),
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    }
    if frame_ancestors.strip() == "'none'":
        headers["x-frame-options"] = "DENY"  # for browsers that do not read frame-ancestors
    return [(name.encode(), value.encode()) for name, value in headers.items()]


class SecurityHeaders:
    """ASGI middleware: replace any caching or policy header with ours on every HTTP response."""

    def __init__(self, app, frame_ancestors: str = "'none'"):
        self.app = app
        self.headers = security_headers(frame_ancestors)
        self._names = {name for name, _ in self.headers} | {b"etag", b"last-modified"}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                kept = [(n, v) for n, v in message.get("headers", []) if n.lower() not in self._names]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
