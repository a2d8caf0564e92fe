"""Round 30 hostile-input hunt (hostile32): what the hunt on the front ends people use found. Each test failed
before this round, or is the near miss beside such a test that must not move."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from chatbot import BankError

REQUEST = b"GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def _stalled_then_closed(host: str, port: int, within: float) -> tuple[bool, float]:
    """Pipeline requests on one connection and never read an answer: whether the server closes the connection
    within `within` seconds of its first stall (it stops reading our requests), and how long after it did."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a small window: the answers back up soon
        sock.connect((host, port))
        sock.settimeout(0.5)
        stalled = None
        give_up = time.monotonic() + within + 60  # the stall itself comes within seconds
        while time.monotonic() < give_up:
            try:
                sock.send(REQUEST * 100)
            except TimeoutError:  # the server no longer reads: its answers wait for us
                if stalled is None:
                    stalled = time.monotonic()
                    give_up = stalled + within
            except OSError:  # reset by the server
                return True, time.monotonic() - (stalled or time.monotonic())
        return False, 0.0


def test_a_client_that_never_reads_its_answers_is_dropped_after_the_request_timeout():
    # Answers to pipelined requests that were never read stalled the server's writes, and the request deadline
    # (slowloris) did not apply, since each request was in: a connection so held stayed open for good (60 s and
    # more at the hunt, with 4 MB of the kernel's socket memory each), and a few thousand held every descriptor.
    pytest.importorskip("uvicorn")
    from web_support import Server

    from chatbot.frontends.web.server import REQUEST_SECONDS

    server = Server()
    try:
        host, port = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
        closed, after = _stalled_then_closed(host, int(port), REQUEST_SECONDS + 20)
        assert closed
        assert after >= REQUEST_SECONDS - 1  # not dropped at the first full buffer: a slow network is no attack
        with socket.create_connection((host, int(port))) as quick:  # and a client that reads is served as before
            quick.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            quick.settimeout(10)
            assert quick.recv(4096).startswith(b"HTTP/1.1 200")
    finally:
        assert server.stop() == 0


def test_many_pipelined_requests_read_as_they_come_are_all_answered():
    # The near miss: a client that pipelines as many requests and reads its answers gets every one of them.
    pytest.importorskip("uvicorn")
    from web_support import Server

    server = Server()
    try:
        host, port = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
        count = 300
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(REQUEST * (count - 1) + REQUEST.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"))
            sock.settimeout(30)
            received = bytearray()
            while chunk := sock.recv(65536):
                received += chunk
        assert received.count(b"HTTP/1.1 200 OK") == count
    finally:
        assert server.stop() == 0


def _record(message: str, *args) -> logging.LogRecord:
    return logging.LogRecord("uvicorn.error", logging.WARNING, __file__, 1, message, args, None)


def test_the_same_server_warning_is_one_line_a_minute_with_a_count():
    from chatbot.frontends.web.log_throttle import LogThrottle, QuietServerWarnings

    now = [0.0]
    quiet = QuietServerWarnings(LogThrottle(clock=lambda: now[0]))
    kept = [
        record for record in (_record("Invalid HTTP request received.") for _ in range(5000)) if quiet.filter(record)
    ]
    assert len(kept) == 1 and kept[0].getMessage() == "Invalid HTTP request received."
    now[0] = 61.0
    later = _record("Invalid HTTP request received.")
    assert (
        quiet.filter(later)
        and later.getMessage() == "Invalid HTTP request received.; 4999 more like it since the last note"
    )
    # The near miss: another kind of line, in the same minute, is logged at once; and its arguments are filled in.
    other = _record("Unsupported upgrade request %s.", "(websocket)")
    assert quiet.filter(other) and other.getMessage() == "Unsupported upgrade request (websocket)."


def test_a_loop_of_bad_requests_leaves_the_server_log_short():
    # uvicorn logged "Invalid HTTP request received." for each request that was not HTTP: a loop of them from one
    # client wrote 440 lines a second to the server's log (a journal filled by whoever can connect).
    pytest.importorskip("uvicorn")
    from web_support import Server

    server = Server()
    try:
        host, port = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
        for _ in range(200):
            with socket.create_connection((host, int(port))) as bad:
                bad.sendall(b"\x00 not HTTP\r\n\r\n")
                bad.settimeout(10)
                assert bad.recv(4096).startswith(b"HTTP/1.1 400")
    finally:
        assert server.stop() == 0
    assert server.log.count("Invalid HTTP request received.") == 1


def _chat_screen(typed: str) -> str:
    import io

    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import ColorDepth
    from prompt_toolkit.output.vt100 import Vt100_Output

    from chatbot import Bot
    from chatbot.frontends.repl import run_interactive

    written = io.StringIO()
    output = Vt100_Output(written, lambda: Size(rows=24, columns=80), default_color_depth=ColorDepth.DEPTH_1_BIT)
    with create_pipe_input() as keys:
        keys.send_text(typed + "quit\r")
        assert run_interactive(Bot.load(), color=False, terminal_input=keys, terminal_output=output) == 0
    return written.getvalue()


SECRET_MACRO = "\x18(my zebra question\x18)\r"  # Ctrl-X ( ... Ctrl-X ): the keys typed are kept as a macro


def test_restart_in_the_chat_forgets_a_recorded_macro():
    # `restart` forgot the history and the kill ring, but Ctrl-X e still replayed the keys of a macro recorded
    # before it: the last conversation's question typed again at the prompt.
    screen = _chat_screen(SECRET_MACRO + "restart\r" + "\x18e\r")
    after = screen.split("I have forgotten our conversation")[-1]
    assert "zebra" in screen.split("I have forgotten our conversation")[0] and "zebra" not in after


def test_a_macro_still_replays_within_one_conversation():
    # The near miss: before a restart, Ctrl-X e is the editor's own key and types the macro again.
    screen = _chat_screen(SECRET_MACRO + "\x18e\r")
    assert screen.count("my zebra question") >= 2


def _bank_with(tmp_path, more: str):
    from conftest import META, entry_yaml

    (tmp_path / "entries.yaml").write_text(
        META + "entries:\n" + entry_yaml("heel-rest", "Does rest help heel pain?") + more, encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize(
    "more, said",
    [
        (
            'screens:\n  welcome: "Hello\\e]0;PWNED\\a there"\n',
            "'welcome' holds an invisible control character (U+001B)",
        ),
        ('screens:\n  prompt: "Ask\\e[6n: "\n', "'prompt' holds an invisible control character (U+001B)"),
        (
            'messages:\n  fallback: "Sorry\\x9b2J, ask your doctor."\n',
            "'fallback' holds an invisible control character",
        ),
        (
            'smalltalk:\n  - id: cheers\n    patterns: [cheers mate]\n    answer: "You\'re welcome!\\u202e"\n',
            "[cheers]: the answer holds an invisible control character (U+202E)",
        ),
    ],
    ids=["window title in the welcome", "status request in the prompt", "8-bit CSI in a message", "RTL override"],
)
def test_a_control_character_in_a_screen_or_small_talk_is_refused_as_in_an_entry(tmp_path, more, said):
    # An entry or the meta holding ESC, a C1 control or a direction override was refused, but a clinic's own
    # screens, messages and small-talk answers were taken as they were: the chat showed "Ask^[[6n:" as its
    # prompt, and the JSON front ends passed the escape on to a kiosk's screen. No reviewer can see one.
    from chatbot.bank.loader import load_bank

    with pytest.raises(BankError) as caught:
        load_bank(_bank_with(tmp_path, more))
    assert said in str(caught.value)


def test_a_screen_with_accents_emoji_and_line_breaks_still_loads(tmp_path):
    from chatbot.bank.loader import load_bank

    more = 'screens:\n  welcome: "Bienvenue, café 👋\\nAsk me about heel pain.\\tThanks."\n'
    bank = load_bank(_bank_with(tmp_path, more))
    assert bank.screens["welcome"].startswith("Bienvenue, café 👋")
