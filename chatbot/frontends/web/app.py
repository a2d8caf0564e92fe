"""The HTTP API and the page, on Starlette: a thin front end over the session store.

    GET  /            the page (HTML; its CSS and JavaScript under /static/)
    GET  /api/meta    every word the page shows, example questions, topics, emergency number
    POST /api/ask     {"text": "..."} or {"pick": "<entry id>"}: the reply as JSON
                      (with "new": true, the cookie's conversation is dropped and a new one started)
    POST /api/reset   forget this browser's conversation
    GET  /healthz     {"status": "ok"}

A browser's conversation is found by a random token in an HttpOnly,
SameSite=Strict cookie; no patient text is ever in a cookie, a URL or a log.
All handlers run on the event loop (an answer takes well under a millisecond),
so the store is only ever used from one thread.
"""

from __future__ import annotations

import html
import json
import re
import secrets
from collections import OrderedDict
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from chatbot.frontends.web.hosts import AllowedHosts, allowed_hosts
from chatbot.frontends.web.meta import MAX_TEXT_CHARS, KioskTimes, emergency_number, page_meta, web_screens
from chatbot.frontends.web.security import SecurityHeaders
from chatbot.session_store import SessionStore

MAX_BODY_BYTES = 16 * 1024
COOKIE = "chat_session"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")  # secrets.token_urlsafe(32)
# How many tokens replaced by a new conversation are remembered (the tokens only), so that a reset still naming one
# does not drop the newer cookie (see `WebApp.reset`).
REMEMBERED_REPLACED = 10_000
STATIC_TYPES = {
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "icon.svg": "image/svg+xml",
}


class ApiError(Exception):
    """A request we refuse: its status and a short message for the integrator."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class AsciiJSON(JSONResponse):
    """JSON with every non-ASCII character escaped, so even a lone surrogate is written safely."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return AsciiJSON({"error": message}, status_code=status, headers=headers)


async def _api_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return _error(error.status, error.message)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    messages = {404: "no such path", 405: "method not allowed"}
    return _error(error.status_code, messages.get(error.status_code, str(error.detail)), error.headers)


async def _internal_error(request: Request, error: Exception) -> Response:
    # The fault is logged by NamedFaultsOnly, by its name only.
    return _error(500, "internal error")


class NamedFaultsOnly:
    """ASGI middleware: a fault is logged by its name, never its message or traceback.

    Starlette answers a fault with our JSON 500 and then raises it again, for
    the server to log; uvicorn would print the whole traceback, with the
    exception's message, which may quote what a patient typed. As the engine
    and `serve --stdio` do, only the fault's name reaches the log.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        try:
            await self.app(scope, receive, send)
        except Exception as error:  # noqa: BLE001 - the response (a 500) is already sent
            import logging

            logging.getLogger("chatbot").error("chatbot: could not serve a web request (%s)", type(error).__name__)


async def _read_json(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, read in bounded pieces so no body can fill memory."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        # A cross-site form cannot send application/json without the browser asking first.
        raise ApiError(415, "send the request as application/json")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, f"the request body must be at most {MAX_BODY_BYTES} bytes")
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                raise ApiError(413, f"the request body must be at most {MAX_BODY_BYTES} bytes")
    except ClientDisconnect:  # gone before its body arrived (or cut off as too slow): nobody to answer
        raise ApiError(400, "the request body did not arrive whole") from None
    try:
        # utf-8-sig: a byte-order mark some Windows tools put first is ignored, as RFC 8259 allows.
        value = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ApiError(400, "the request body is not UTF-8") from None
    except json.JSONDecodeError as error:
        raise ApiError(400, f"not valid JSON ({error.msg})") from None
    except RecursionError:  # arrays nested thousands deep fit in 16 KB
        raise ApiError(400, "not valid JSON (nested too deeply)") from None
    except ValueError:  # a number of thousands of digits: the client's fault, not the server's
        raise ApiError(400, "not valid JSON (a value is too large)") from None
    if not isinstance(value, dict):
        raise ApiError(400, 'the request must be a JSON object like {"text": "your question"}')
    return value


def _valid_token(request: Request) -> str | None:
    token = request.cookies.get(COOKIE, "")
    return token if _TOKEN.match(token) else None


class WebApp:
    """The routes, sharing one session store."""

    def __init__(self, store: SessionStore, kiosk: KioskTimes | None = None):
        self.store = store
        if kiosk is not None:
            # A kiosk's conversation is forgotten on the server after its idle time without a question, as
            # the page forgets it after that time without a touch: if the page never gets to say so (the
            # browser crashed, the network was down), the server does not keep it for --session-ttl.
            store.ttl_seconds = min(store.ttl_seconds, kiosk.idle_seconds)
        self.meta = page_meta(store.bot, kiosk)
        self.number = emergency_number(store.bot)
        package = resources.files("chatbot.frontends.web") / "static"
        # Without JavaScript the page would be blank: one line, from the bank's wording, says why and what to do.
        no_script = html.escape(" ".join(web_screens(store.bot)["web_no_script"].split()))
        self.page = (package / "index.html").read_text(encoding="utf-8").replace("{no_script}", no_script).encode()
        self.static = {name: (package / name).read_bytes() for name in STATIC_TYPES}
        # Tokens whose conversation a question with "new": true replaced; see `reset`.
        self._replaced: OrderedDict[str, None] = OrderedDict()

    async def index(self, request: Request) -> Response:
        return Response(self.page, media_type="text/html; charset=utf-8")

    async def static_file(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in self.static:
            raise HTTPException(404)
        return Response(self.static[name], media_type=STATIC_TYPES[name])

    async def get_meta(self, request: Request) -> Response:
        return AsciiJSON(self.meta)

    async def healthz(self, request: Request) -> Response:
        return AsciiJSON({"status": "ok", "sessions": len(self.store)})

    async def ask(self, request: Request) -> Response:
        body = await _read_json(request)
        text, pick = body.get("text"), body.get("pick")
        if (text is None) == (pick is None):
            raise ApiError(422, 'send either "text" (your question) or "pick" (the id of a suggested question)')
        if text is not None and not isinstance(text, str):
            raise ApiError(422, '"text" must be a string')
        if text is not None and len(text) > MAX_TEXT_CHARS:
            raise ApiError(422, f'"text" must be at most {MAX_TEXT_CHARS} characters')
        if pick is not None and (not isinstance(pick, str) or pick not in self.store.bot.bank.by_id):
            raise ApiError(422, '"pick" must be the id of a question in the bank')
        start_new = body.get("new", False)
        if not isinstance(start_new, bool):
            raise ApiError(422, '"new" must be true or false')

        token = _valid_token(request)
        if token is not None and not self.store.knows(token):
            # A well-formed token this server never handed out (or long forgotten): a cookie planted by someone
            # else (another site under the same domain, a shared machine) must not become a conversation that
            # whoever planted it can then continue, and read the context of, with the same token. A new one.
            token = None
        if start_new and token is not None:
            # The page's first question after a wipe (or a load): whatever conversation the cookie still
            # names is the last person's, kept only because the page's /api/reset did not arrive. Drop it.
            self.store.forget(token)
            self._remember_replaced(token)
            token = None
        fresh = token is None
        if fresh:
            token = secrets.token_urlsafe(32)
        session, restarted = self.store.lookup(token)
        if fresh:
            # The page shows the bank's examples first, so a typed "2" asks the second of them.
            session.offer(self.store.bot.bank.example_ids)
        if pick is not None:
            # Picking a shown question is the engine's numbered choice, made exact by offering only it.
            session.offer([pick])
            reply = session.ask("1")
        else:
            reply = session.ask(text)
        result = reply.to_dict()
        if restarted and not fresh:
            result = self.store.restarted_reply(result)
        if reply.kind == "emergency":
            result["emergency_number"] = self.number
        response = AsciiJSON(result)
        if fresh:
            response.set_cookie(
                COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https", path="/"
            )
        return response

    async def reset(self, request: Request) -> Response:
        token = _valid_token(request)
        if token is not None:
            self.store.forget(token)
        response = AsciiJSON({"reset": True})
        if token is not None and self._replaced.pop(token, False) is None:
            # A reset sent while the next question (with "new": true) was on its way, and answered after it: that
            # question already dropped this conversation and set a new cookie. Dropping the cookie now would drop
            # the new one, and the next person's follow-up ("and grade 3?") would silently lose its conversation.
            return response
        # The next question starts a new conversation under a new token.
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
        return response

    def _remember_replaced(self, token: str) -> None:
        self._replaced[token] = None
        while len(self._replaced) > REMEMBERED_REPLACED:
            self._replaced.popitem(last=False)


def create_app(
    store: SessionStore,
    kiosk: KioskTimes | None = None,
    frame_ancestors: str = "'none'",
    hosts: frozenset[str] | None = None,
):
    """The whole ASGI application: routes, JSON errors, the allowed host names (`hosts`, by default the loopback
    names: see `hosts.allowed_hosts`), and the security headers around everything."""
    web = WebApp(store, kiosk)
    routes = [
        Route("/", web.index, methods=["GET"]),
        Route("/static/{name}", web.static_file, methods=["GET"]),
        Route("/api/meta", web.get_meta, methods=["GET"]),
        Route("/api/ask", web.ask, methods=["POST"]),
        Route("/api/reset", web.reset, methods=["POST"]),
        Route("/healthz", web.healthz, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _internal_error},
    )
    # "/api/meta/" is a 404, not a redirect: Starlette builds the redirect's URL from the Host header.
    app.router.redirect_slashes = False
    return SecurityHeaders(AllowedHosts(NamedFaultsOnly(app), hosts or allowed_hosts()), frame_ancestors)
