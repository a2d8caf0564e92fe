"""Round 16's hostile-input hunt: what broke, each with a test that failed before its fix (docs/operators.md,
"Round 14: hostile inputs, privacy and the health probe")."""

from __future__ import annotations

import json
import resource
import secrets
import signal
import socket
import subprocess
import sys
import time
import warnings

import httpx
import pytest
from web_support import Server

from chatbot.frontends.web.app import COOKIE, create_app
from chatbot.session_store import SessionStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

JSON = {"content-type": "application/json"}


def _ask(client, text, cookie=None, **extra):
    headers = dict(JSON)
    if cookie is not None:
        headers["cookie"] = f"{COOKIE}={cookie}"
    return client.post("/api/ask", content=json.dumps({"text": text, **extra}), headers=headers)


@pytest.fixture
def store(bot):
    return SessionStore(bot, max_sessions=20, ttl_seconds=600)


@pytest.fixture
def app(store):
    return create_app(store)


# Session fixation: a token the server never gave out must not become a conversation.


def test_a_planted_cookie_is_replaced_so_whoever_planted_it_cannot_follow_the_conversation(app, store):
    planted = secrets.token_urlsafe(32)  # well-formed, but never handed out by this server
    patient = TestClient(app, base_url="http://127.0.0.1")
    first = _ask(patient, "what is FOP, my own question", cookie=planted)
    assert first.status_code == 200 and first.json()["kind"] == "answer"
    issued = first.cookies.get(COOKIE)
    assert issued and issued != planted  # a fresh token of the server's own
    assert not store.knows(planted) and store.knows(issued)
    # Whoever planted the token asks a follow-up with it: a new conversation under yet another token.
    planter = TestClient(app, base_url="http://127.0.0.1")
    follow = _ask(planter, "what are its symptoms?", cookie=planted)
    assert follow.cookies.get(COOKIE) not in (None, planted, issued)
    assert "restarted" not in follow.json() and not store.knows(planted)


def test_the_server_s_own_cookie_still_carries_the_conversation(app):
    client = TestClient(app, base_url="http://127.0.0.1")
    first = _ask(client, "what is the brooker scale")
    token = client.cookies[COOKIE]
    second = _ask(client, "and grade 3?")
    assert second.json()["id"] == "grade-3" and "set-cookie" not in second.headers
    assert client.cookies[COOKIE] == token and first.json()["id"] == "brooker-scale"


def test_an_expired_conversation_still_says_it_started_again(bot):
    now = [0.0]
    store = SessionStore(bot, max_sessions=20, ttl_seconds=60, clock=lambda: now[0])
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    _ask(client, "what is the brooker scale")
    now[0] = 1000.0
    again = _ask(client, "and grade 3?").json()
    assert again.get("restarted") is True  # remembered as dropped, so not taken for a planted token


def test_the_store_knows_only_ids_it_keeps_or_remembers_dropping(bot):
    store = SessionStore(bot, max_sessions=1, ttl_seconds=600)
    assert not store.knows("a")
    store.lookup("a")
    assert store.knows("a")
    store.lookup("b")  # evicts "a", which is remembered as dropped
    assert store.knows("a") and store.knows("b")
    store.forget("a")
    assert not store.knows("a")


# /healthz under any host name: a prober names the address it reached the server by, which the operator cannot always
# list (a container platform probes the pod's own address), and a 400 there made the platform restart a healthy server.


@pytest.mark.parametrize("host", ["10.1.2.3:8000", "[fd00::7]:8000", "attacker.example", ""])
def test_a_health_probe_under_any_host_name_is_answered_with_the_status_only(app, host):
    client = TestClient(app, base_url="http://127.0.0.1")
    _ask(client, "what is HO")  # one live conversation, whose count a rebinding site must not learn
    response = client.get("/healthz", headers={"host": host})
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert response.headers["cache-control"] == "no-store" and "set-cookie" not in response.headers
    assert client.get("/healthz").json() == {"status": "ok", "sessions": 1}  # the allowed names see the count


@pytest.mark.parametrize(("method", "path"), [("POST", "/healthz"), ("GET", "/healthz/"), ("GET", "/healthz?x=1/../")])
def test_only_the_health_probe_itself_escapes_the_host_check(app, method, path):
    client = TestClient(app, base_url="http://127.0.0.1")
    response = client.request(method, path, headers={"host": "attacker.example"})
    if path.startswith("/healthz?"):  # a query string is still the probe: the status only
        assert response.status_code == 200 and response.json() == {"status": "ok"}
    else:
        assert response.status_code == 400 and "host name" in response.json()["error"]


def test_the_real_server_answers_a_probe_by_an_address_it_was_not_told():
    server = Server("--host", "127.0.0.1")
    try:
        probe = httpx.get(server.url + "/healthz", headers={"host": "10.20.30.40:8000"}, timeout=20)
        assert probe.status_code == 200 and probe.json() == {"status": "ok"}
        page = httpx.get(server.url + "/", headers={"host": "10.20.30.40:8000"}, timeout=20)
        assert page.status_code == 400
    finally:
        assert server.stop() == 0


# Core dumps: a SIGQUIT (Ctrl-\ in the chat) or a crash wrote the whole memory, questions and all, to a file.


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core dumps as Linux writes them")
def test_a_core_dump_never_writes_what_a_patient_typed(tmp_path):
    def unlimited_cores():
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    process = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--stdio"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=tmp_path,  # where a core pattern of "core" puts the file
        preexec_fn=unlimited_cores,
    )
    try:
        process.stdin.write(b'{"session": "a", "text": "my knee hurts, I am Ottoline Quernby"}\n')
        process.stdin.flush()
        assert process.stdout.readline().startswith(b"{")
        process.send_signal(signal.SIGQUIT)  # the signal whose default action is to dump core
        assert process.wait(timeout=30) == -signal.SIGQUIT
    finally:
        if process.poll() is None:
            process.kill()
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith("core")]
    # And the process said so to the kernel, whatever the system's core pattern (a pipe ignores the size limit).
    script = (
        "import atexit, resource, sys; sys.argv = ['chatbot', '--version']; from chatbot.frontends import console; "
        "atexit.register(lambda: print(resource.getrlimit(resource.RLIMIT_CORE))); console.main()"
    )
    child = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, preexec_fn=unlimited_cores, timeout=60
    )
    assert "(0, 0)" in child.stdout, child.stdout + child.stderr


# Bank files a clinic writes in Notepad: "Unicode" is UTF-16 with a byte-order mark; "ANSI" is a Windows code page.

_SMALL_BANK = """meta:
  title: Heel Pain Basics
  topic: heel pain
  source: "A test bank"
  reviewed: 2025-03-14
entries:
  - id: what-is-heel-pain
    question: What is heel pain?
    alternates: [what does heel pain mean, explain heel pain]
    answer: >
      Heel pain is soreness under or behind the heel, often from the band of tissue
      in the sole of the café owner's foot.
    source: The basics
"""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_bank_saved_as_notepads_unicode_loads_as_if_it_were_utf8(tmp_path, encoding):
    from chatbot import Bot

    data = _SMALL_BANK.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its own byte-order mark; these two need one put first
        data = "\ufeff".encode(encoding) + data
    (tmp_path / "entries.yaml").write_bytes(data)
    reply = Bot.load(tmp_path).ask("what does heel pain mean")
    assert reply.id == "what-is-heel-pain" and "café" in reply.text


def test_a_bank_in_a_windows_code_page_names_the_line_and_how_to_save_it(tmp_path):
    (tmp_path / "entries.yaml").write_bytes(_SMALL_BANK.encode("cp1252"))
    result = subprocess.run(
        [sys.executable, "-m", "chatbot", "check", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    said = result.stdout + result.stderr
    assert "line 12 is not UTF-8 text" in said and "Encoding: UTF-8" in said


# A flood of idle connections: out of open files, asyncio logged a traceback for every connection it could not accept.


def test_each_kind_of_event_loop_fault_is_one_line_a_minute_with_a_count(caplog):
    from chatbot.frontends.web.server import QuietLoopFaults

    now = [0.0]
    quiet = QuietLoopFaults(clock=lambda: now[0])
    context = {"message": "socket.accept() out of system resource", "exception": OSError(24, "Too many open files")}
    with caplog.at_level("ERROR", logger="chatbot"):
        for _ in range(5000):
            quiet(None, context)
        now[0] = 61.0
        quiet(None, context)
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2 and "OSError" in lines[0] and "4999 more like it" in lines[1]
    assert "Too many open files" not in " ".join(lines)  # the name only, as every fault the server logs


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open-file limits as Linux sets them")
def test_a_flood_of_idle_connections_leaves_the_log_short_and_the_server_up():
    def few_files():  # hard and soft: the server cannot raise it, so it does run out
        resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128))

    process = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--http", "--port", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=few_files,
    )  # fmt: skip
    idle = []
    try:
        first = process.stderr.readline().decode()
        port = int(first.rsplit(":", 1)[1].split("/")[0])
        for _ in range(300):
            connection = socket.create_connection(("127.0.0.1", port), timeout=10)
            idle.append(connection)
        time.sleep(3)  # the server meets its limit again and again
        for connection in idle:
            connection.close()
        idle.clear()
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=60).status_code == 200
    finally:
        for connection in idle:
            connection.close()
        process.terminate()
        log = process.communicate(timeout=60)[1].decode()
    assert len(log.splitlines()) < 10 and "Traceback" not in log, log[:2000]


def test_the_server_raises_its_open_file_limit_where_the_system_allows():
    script = (
        "import resource; hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1];"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard));"
        "from chatbot.frontends.web.server import raise_open_file_limit; raise_open_file_limit(1000);"
        "print(resource.getrlimit(resource.RLIMIT_NOFILE)[0])"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    assert int(result.stdout) == (1000 if hard == resource.RLIM_INFINITY or hard >= 1000 else hard)
