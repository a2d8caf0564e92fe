"""Which host names the web front end answers: a request naming any other host gets a 400, never a page.

A browser sends the name it was given in the Host header. A page fetched under a name that an attacker controls
(DNS rebinding: "evil.example" made to point at 127.0.0.1) would otherwise be served as if it were ours, and any
URL built from the header (Starlette's redirect of "/api/meta/" to "/api/meta" was one) would send the browser to
that host. So only the names an operator allows are answered: by default the loopback names a kiosk's own browser
uses, and the address the server listens on when it is one address (`chatbot serve --http --host 10.0.0.5`); more
with `--allowed-host`.
"""

from __future__ import annotations

import ipaddress
import json
import re

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
# A host name (letters, digits, dots, dashes; "*." before it for any name under it), or an IPv4 or IPv6 address;
# "*" alone answers every name (behind a proxy that checks them itself).
_NAME = re.compile(r"^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")
_PORT = re.compile(r"^:[0-9]*$")
REFUSED = json.dumps({"error": "this server does not answer for that host name (see serve --allowed-host)"}).encode()
# A health probe (a load balancer's, a container platform's) names whatever address it reached the server by, which
# the operator cannot always list in advance (Kubernetes sends the pod's own address). /healthz is answered under any
# name, but only with this: no page, no cookie, nothing a rebinding site could learn (not even the session count).
HEALTH_PATH = "/healthz"
HEALTHY = json.dumps({"status": "ok"}).encode()


class BadAllowedHost(ValueError):
    """An --allowed-host value that is not a host name or an address."""


def allowed_hosts(listen_on: str = "127.0.0.1", extra: tuple[str, ...] | list[str] = ()) -> frozenset[str]:
    """The names answered: the loopback names, the address listened on when it is one address, and `extra`."""
    names = set(LOOPBACK_NAMES)
    listened = _address(listen_on)
    if listened is not None and not listened.is_unspecified:  # not 0.0.0.0 or ::, which name no host
        names.add(str(listened))
    for value in extra:
        for name in value.split(","):
            name = _plain(name)
            if name != "*" and _address(name) is None and not _NAME.match(name):
                raise BadAllowedHost(f"not a host name or an address: {name!r}")
            names.add(str(_address(name) or name))
    return frozenset(names)


def host_of(header: str) -> str:
    """The host a Host header names, without its port, in lower case: "[::1]:8000" -> "::1".

    A port that is not digits ("127.0.0.1:8000.attacker.example") names no host: "" (refused), not the part before it.
    """
    header = header.strip()
    if header.startswith("["):  # an IPv6 address, in brackets, maybe with a port
        end = header.find("]")
        rest = header[end + 1 :] if end > 0 else ""
        if end <= 0 or (rest and not _PORT.match(rest)):
            return ""
        return header[1:end].lower()
    if header.count(":") == 1:
        name, port = header.split(":")
        return _plain(name) if port == "" or (port.isascii() and port.isdigit()) else ""
    return _plain(header)


def is_allowed(host: str, allowed: frozenset[str]) -> bool:
    """Whether a host (as `host_of` gives it) is one of the allowed names, or under an allowed "*.name"."""
    if not host:
        return False
    if "*" in allowed or host in allowed:
        return True
    address = _address(host)
    if address is not None:
        return str(address) in allowed
    return any(name.startswith("*.") and host.endswith(name[1:]) for name in allowed)


def _plain(name: str) -> str:
    return name.strip().lower().removesuffix(".")


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


class AllowedHosts:
    """ASGI middleware: answer only requests whose Host header names an allowed host; the rest get a 400."""

    def __init__(self, app, allowed: frozenset[str]):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = next((value for name, value in scope.get("headers", ()) if name == b"host"), b"")
        if is_allowed(host_of(header.decode("latin-1")), self.allowed):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":  # the app has none; refuse it all the same
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope.get("path") == HEALTH_PATH and scope.get("method") in ("GET", "HEAD"):
            await _send_json(send, 200, HEALTHY)
            return
        await _send_json(send, 400, REFUSED)


async def _send_json(send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
