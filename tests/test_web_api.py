"""The HTTP API of `chatbot serve --http`: replies, sessions by cookie, errors, headers, and the page's files."""

from __future__ import annotations

import asyncio
import json
import sys
import warnings
from html.parser import HTMLParser
from importlib import resources

import pytest

from chatbot import Bot
from chatbot.frontends.cli import main
from chatbot.frontends.web.app import COOKIE, MAX_BODY_BYTES, create_app
from chatbot.frontends.web.meta import MAX_TEXT_CHARS, WEB_SCREENS, KioskTimes, page_meta
from chatbot.frontends.web.security import BadFrameAncestors
from chatbot.session_store import SessionStore

with warnings.catch_warnings():
    # Starlette's test client asks for httpx2; httpx (what the load test and integrators use) works the same.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

JSON = {"content-type": "application/json"}


@pytest.fixture
def store(bot):
    return SessionStore(bot, max_sessions=50, ttl_seconds=600)


@pytest.fixture
def client(store):
    return TestClient(create_app(store), base_url="http://127.0.0.1")


def ask(client, text, **extra):
    return client.post("/api/ask", content=json.dumps({"text": text, **extra}), headers=JSON)


# Replies and sessions.


def test_ask_gives_the_same_reply_as_the_engine(client, bot):
    response = ask(client, "what are the symptoms of ho?")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == bot.ask("what are the symptoms of ho?").to_dict()


def test_the_session_cookie_is_a_random_token_httponly_and_samesite_strict(client):
    response = ask(client, "what is the brooker scale, my secret question")
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    token = client.cookies[COOKIE]
    assert len(token) == 43 and "brooker" not in cookie.lower() and "secret" not in cookie.lower()
    other = TestClient(client.app, base_url="http://127.0.0.1")
    ask(other, "hello")
    assert other.cookies[COOKIE] != token
    # Once set, the cookie is not sent again with every reply.
    assert "set-cookie" not in ask(client, "thanks").headers


def test_a_follow_up_uses_the_same_session(client):
    assert ask(client, "what is the brooker scale").json()["id"] == "brooker-scale"
    assert ask(client, "and grade 3?").json()["id"] == "grade-3"


def test_two_browsers_have_separate_conversations(client):
    other = TestClient(client.app, base_url="http://127.0.0.1")
    ask(client, "what is the brooker scale")
    ask(other, "what is FOP")
    assert ask(other, "what are its symptoms?").json()["id"] == "fop-symptoms"
    assert ask(client, "and grade 3?").json()["id"] == "grade-3"


def test_a_typed_number_on_a_new_session_asks_that_welcome_example(client, bot):
    reply = ask(client, "2").json()
    assert reply["id"] == bot.bank.example_ids[1]


def test_a_number_after_an_answer_picks_its_follow_up(client):
    first = ask(client, "what is HO").json()
    assert ask(client, "3").json()["id"] == first["suggestions"][2]["id"]


def test_pick_asks_a_shown_question_by_its_id_even_from_an_older_reply(client):
    first = ask(client, "what is the brooker scale").json()
    ask(client, "what is FOP")
    picked = client.post("/api/ask", json={"pick": first["suggestions"][0]["id"]}).json()
    assert picked["kind"] == "answer" and picked["id"] == first["suggestions"][0]["id"]
    assert picked["score"] == 100.0


def test_an_emergency_reply_carries_the_number(client, bot):
    reply = ask(client, "my husband collapsed and is not breathing").json()
    assert reply["kind"] == "emergency"
    assert reply["emergency_number"] == bot.emergency_number
    assert bot.emergency_number in reply["answer"]


def test_the_emergency_number_set_at_start_is_the_one_shown(bot):
    local = Bot(bot.bank, emergency_number="000 (Australia)")
    client = TestClient(create_app(SessionStore(local)), base_url="http://127.0.0.1")
    reply = ask(client, "I can't breathe").json()
    assert reply["emergency_number"] == "000 (Australia)" and "000 (Australia)" in reply["answer"]
    assert client.get("/api/meta").json()["emergency_number"] == "000 (Australia)"


def test_reset_forgets_the_session_on_the_server_and_drops_the_cookie(client, store):
    ask(client, "what is FOP")
    assert ask(client, "what are its symptoms?").json()["id"] == "fop-symptoms"
    assert len(store) == 1
    response = client.post("/api/reset")
    assert response.status_code == 200 and response.json() == {"reset": True}
    assert len(store) == 0
    assert COOKIE not in client.cookies
    # The next question starts afresh: a follow-up has nothing to lean on.
    assert ask(client, "what are its symptoms?").json()["id"] != "fop-symptoms"
    assert len(store) == 1


def test_text_up_to_the_engines_limit_is_read_whole(client, bot):
    story = "My dad had his hip replaced last spring and we have been reading a lot about it. " * 24
    text = (story + "What is HO?")[-MAX_TEXT_CHARS:]
    assert len(text) > 1900
    reply = ask(client, text).json()
    assert not reply["answer"].startswith(bot.bank.messages["too_long"].split("{limit}")[0].strip())
    assert reply["kind"] == "answer" and reply["id"] == "what-is-ho"


def test_a_lone_surrogate_or_control_text_gets_a_safe_ascii_reply(client):
    response = client.post("/api/ask", content=b'{"text": "what is HO \\ud800 \\u001b[31m"}', headers=JSON)
    assert response.status_code == 200
    response.content.decode("ascii")
    assert response.json()["kind"] == "answer"


def test_sessions_are_capped_like_the_stdio_server(bot):
    store = SessionStore(bot, max_sessions=3)
    app = create_app(store)
    for _ in range(6):
        ask(TestClient(app, base_url="http://127.0.0.1"), "hello")
    assert len(store) == 3


def test_a_dropped_session_says_the_conversation_started_again(bot):
    store = SessionStore(bot, max_sessions=1)
    app = create_app(store)
    first, second = TestClient(app, base_url="http://127.0.0.1"), TestClient(app, base_url="http://127.0.0.1")
    assert "restarted" not in ask(first, "what is the brooker scale").json()
    ask(second, "what is HO")  # the cap of one session drops the first person's conversation
    reply = ask(first, "and grade 3?").json()
    assert reply["restarted"] is True
    assert reply["answer"].startswith(bot.bank.messages["session_restarted"])
    assert "restarted" not in ask(first, "what is HO").json()  # said once


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


# Bad requests: a JSON error with the right status, never a traceback.


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"", 400, "not valid JSON"),
        (b'["what is HO"]', 400, "JSON object"),
        (b'"what is HO"', 400, "JSON object"),
        (b'{"text": "\xff\xfe"}', 400, "UTF-8"),
        (b"{}", 422, "either"),
        (b'{"text": 42}', 422, "string"),
        (b'{"text": null, "pick": null}', 422, "either"),
        (b'{"text": "hi", "pick": "what-is-ho"}', 422, "either"),
        (b'{"pick": "no-such-entry"}', 422, "pick"),
        (b'{"pick": ["what-is-ho"]}', 422, "pick"),
        (b"[" * 5000 + b"]" * 5000, 400, "nested too deeply"),
        (b'{"text": "what is HO", "n": ' + b"9" * 5000 + b"}", 400, "too large"),
    ],
)
def test_bad_bodies_get_json_errors(client, body, status, words):
    response = client.post("/api/ask", content=body, headers=JSON)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert words in response.json()["error"]
    assert "Traceback" not in response.text


def test_a_body_that_starts_with_a_byte_order_mark_is_read(client):
    response = client.post("/api/ask", content=b"\xef\xbb\xbf" + b'{"text": "what is HO"}', headers=JSON)
    assert response.status_code == 200 and response.json()["id"] == "what-is-ho"


def test_text_over_the_length_limit_is_422(client):
    assert ask(client, "a" * MAX_TEXT_CHARS).status_code == 200
    response = ask(client, "a" * (MAX_TEXT_CHARS + 1))
    assert response.status_code == 422 and str(MAX_TEXT_CHARS) in response.json()["error"]


def test_a_body_over_16_kb_is_413_declared_or_streamed(client):
    big = json.dumps({"text": "a" * MAX_BODY_BYTES}).encode()
    response = client.post("/api/ask", content=big, headers=JSON)
    assert response.status_code == 413 and "16384" in response.json()["error"]

    def pieces():  # no Content-Length: the server must count as it reads
        for _ in range(40):
            yield b" " * 1024

    streamed = client.post("/api/ask", content=pieces(), headers=JSON)
    assert streamed.status_code == 413


def test_a_body_just_under_the_limit_is_read(client):
    body = json.dumps({"text": "what is HO"}).encode()
    body += b" " * (MAX_BODY_BYTES - len(body))
    assert client.post("/api/ask", content=body, headers=JSON).status_code == 200


def test_a_form_post_from_another_site_is_refused(client):
    response = client.post("/api/ask", data={"text": "what is HO"})
    assert response.status_code == 415 and COOKIE not in client.cookies


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [("GET", "/api/ask", "POST"), ("PUT", "/api/reset", "POST"), ("POST", "/api/meta", "GET"), ("DELETE", "/", "GET")],
)
def test_wrong_method_is_405_with_allow(client, method, path, allowed):
    response = client.request(method, path)
    assert response.status_code == 405
    assert allowed in response.headers["allow"]
    assert response.json() == {"error": "method not allowed"}


@pytest.mark.parametrize("path", ["/nope", "/api", "/static/../app.py", "/static/index.py", "/api/ask/extra"])
def test_unknown_path_is_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json() == {"error": "no such path"}


def test_an_internal_fault_is_a_json_500_without_a_traceback(bot):
    class BrokenStore(SessionStore):
        def lookup(self, session_id):
            raise RuntimeError("the store broke: secret patient words")

    client = TestClient(create_app(BrokenStore(bot)), base_url="http://127.0.0.1", raise_server_exceptions=False)
    response = ask(client, "what is HO")
    assert response.status_code == 500
    assert response.json() == {"error": "internal error"}
    assert "secret" not in response.text and "Traceback" not in response.text
    assert response.headers["cache-control"] == "no-store"


def test_an_internal_fault_reaches_the_log_by_its_name_only(bot, caplog):
    # Starlette raises a fault again after its 500, and uvicorn printed the whole traceback with the
    # exception's message, which may quote what a patient typed.
    class BrokenStore(SessionStore):
        def lookup(self, session_id):
            raise RuntimeError("the store broke: secret patient words")

    client = TestClient(create_app(BrokenStore(bot)), base_url="http://127.0.0.1")  # a fault escaping would raise
    with caplog.at_level("ERROR"):
        response = ask(client, "what is HO")
    assert response.status_code == 500 and response.json() == {"error": "internal error"}
    assert "RuntimeError" in caplog.text and "secret" not in caplog.text and "Traceback" not in caplog.text


def test_a_client_gone_before_its_body_arrived_is_no_fault(store, caplog):
    # A slow client cut off by the request deadline: uvicorn logged a 50-line traceback for each one.
    app = create_app(store)
    sent = []
    events = iter([{"type": "http.request", "body": b'{"text": "wh', "more_body": True}, {"type": "http.disconnect"}])

    async def receive():
        return next(events)

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http", "http_version": "1.1", "method": "POST", "path": "/api/ask", "raw_path": b"/api/ask",
        "root_path": "", "scheme": "http", "query_string": b"", "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 5000), "headers": [(b"content-type", b"application/json")],
    }
    with caplog.at_level("ERROR"):
        asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 400 and caplog.text == ""


# Headers.


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/app.css", "/api/meta", "/healthz", "/nope"])
def test_every_response_has_the_security_headers(client, path):
    headers = client.get(path).headers
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe" not in csp and "frame-ancestors 'none'" in csp
    assert headers["x-frame-options"] == "DENY"
    assert "etag" not in headers and "server" not in headers


def test_frame_ancestors_can_allow_a_portal(store):
    client = TestClient(create_app(store, frame_ancestors="'self' https://portal.example"), base_url="http://127.0.0.1")
    headers = client.get("/").headers
    assert headers["content-security-policy"].endswith("frame-ancestors 'self' https://portal.example")
    assert "x-frame-options" not in headers


@pytest.mark.parametrize("value", ["'self'; script-src *", "https://a.example\r\nSet-Cookie: x=1", "", "a,b"])
def test_frame_ancestors_that_could_inject_a_directive_are_refused(store, value):
    with pytest.raises(BadFrameAncestors):
        create_app(store, frame_ancestors=value)


# The page and its words.


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.scripts, self.inline, self.links = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs.get("src"))
        self.inline += [name for name in attrs if name == "style" or name.startswith("on")]
        self.links += [attrs[name] for name in ("src", "href") if name in attrs]
        if tag == "style":
            self.inline.append("<style>")

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


def test_the_page_has_no_wording_no_inline_code_and_nothing_from_another_site(client, bot):
    response = client.get("/")
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = _PageParser()
    page.feed(response.text)
    # Every word comes from /api/meta, but for the note a browser without JavaScript shows instead.
    assert page.text == [" ".join(bot.bank.screens["web_no_script"].split())]
    assert "<noscript>" in response.text and "{no_script}" not in response.text
    assert page.scripts == ["/static/app.js"] and page.inline == []
    assert all(link.startswith("/static/") for link in page.links)
    static = resources.files("chatbot.frontends.web") / "static"
    for name in ("app.js", "app.css"):
        code = (static / name).read_text(encoding="utf-8")
        assert "http://" not in code and "https://" not in code and "@import" not in code
    script = (static / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script
    assert "localStorage.setItem" not in script and "pushState" not in script


def test_meta_serves_the_banks_words(client, bot):
    meta = client.get("/api/meta").json()
    screens = bot.bank.screens
    assert meta["title"] == screens["title"]
    assert meta["words"]["welcome"] == " ".join(screens["welcome"].split())
    assert "not a doctor" in meta["words"]["notice"]
    assert meta["words"]["start_again"] == screens["web_start_again"]
    assert meta["words"]["idle_title"] == screens["web_idle_title"]
    assert "{seconds}" in meta["words"]["idle_warning"]
    assert meta["words"]["idle_warning_one"] == " ".join(screens["web_idle_warning_one"].split())
    assert [e["id"] for e in meta["examples"]] == list(bot.bank.example_ids)
    assert sum(len(group["questions"]) for group in meta["topics"]) == len(bot.bank.entries)
    assert meta["emergency_number"] == bot.emergency_number
    assert meta["max_chars"] == MAX_TEXT_CHARS and meta["kiosk"] is None


def test_meta_gives_the_kiosk_times(bot):
    meta = page_meta(bot, KioskTimes(90.0, 25.0))
    assert meta["kiosk"] == {"idle_seconds": 90.0, "warn_seconds": 25.0}


def test_a_bank_without_the_web_words_borrows_the_packaged_ones(bot):
    screens = {key: value for key, value in bot.bank.screens.items() if not key.startswith("web_")}
    clinic = Bot(bot.bank._replace(screens={**screens, "web_send": "Ask now"}))
    words = page_meta(clinic)["words"]
    assert words["send"] == "Ask now"
    assert words["keep_going"] == bot.bank.screens["web_keep_going"]


def test_every_web_word_is_in_the_packaged_bank(bot):
    for key in WEB_SCREENS:
        assert isinstance(bot.bank.screens[key], str) and bot.bank.screens[key].strip()


# The command line.


def test_serve_http_without_the_web_extra_names_it(monkeypatch, capsys):
    for name in [n for n in sys.modules if n == "starlette" or n.startswith(("starlette.", "chatbot.frontends.web"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "starlette", None)
    assert main(["serve", "--http", "--port", "0"]) == 2
    error = capsys.readouterr().err
    assert "[web]" in error and "starlette" in error and "Traceback" not in error


@pytest.mark.parametrize(
    "args",
    [
        ["--kiosk", "--idle-seconds", "10", "--warn-seconds", "10"],
        ["--kiosk", "--warn-seconds", "0"],
        ["--frame-ancestors", "'self'; script-src *"],
    ],
)
def test_serve_http_refuses_bad_options(args, capsys):
    assert main(["serve", "--http", "--port", "0", *args]) == 2
    assert capsys.readouterr().err.startswith("Error: ")


def test_serve_needs_stdio_or_http_not_both(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--stdio", "--http"])
    assert stopped.value.code == 2
