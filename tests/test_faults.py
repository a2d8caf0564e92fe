"""Faults: end of input, interrupts, SIGTERM, a reader that goes away, floods of sessions, bad banks."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import META, entry_yaml, run_cli
from terminal import Terminal

from chatbot import Bot
from chatbot.frontends.stdio import serve
from chatbot.session_store import SessionStore


def start_serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--stdio", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def request(process: subprocess.Popen, text: str, session: str = "s") -> dict:
    process.stdin.write((json.dumps({"session": session, "text": text}) + "\n").encode())
    process.stdin.flush()
    return json.loads(process.stdout.readline())


def test_end_of_input_exits_0_everywhere():
    for args in (["serve", "--stdio"], []):
        result = run_cli(*args, input="")
        assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


def test_ask_into_a_closed_pipe_ends_quietly():
    command = f'"{sys.executable}" -m chatbot ask "what is HO" | head -c 1 >/dev/null; echo "${{PIPESTATUS[0]}}"'
    result = subprocess.run(["bash", "-c", command], capture_output=True, timeout=60)
    assert result.stdout.decode().strip() == "0"
    assert result.stderr == b""


def test_serve_whose_reader_went_away_ends_quietly():
    process = start_serve()
    assert request(process, "what is HO")["id"] == "what-is-ho"
    process.stdout.close()
    try:
        for _ in range(50):
            process.stdin.write(b'{"text": "what is HO"}\n')
            process.stdin.flush()
    except BrokenPipeError:
        pass  # it already left, as it should
    try:
        process.stdin.close()
    except BrokenPipeError:
        pass
    assert process.wait(timeout=30) == 0
    assert b"Traceback" not in process.stderr.read()


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGTERM, 0), (signal.SIGINT, 130)])
def test_serve_stops_cleanly_on_a_signal(sent, code):
    process = start_serve()
    assert request(process, "hello")["kind"] == "smalltalk"
    process.send_signal(sent)
    assert process.wait(timeout=30) == code
    assert process.stderr.read() == b""


def test_sigterm_ends_the_interactive_chat_and_restores_the_terminal():
    term = Terminal()
    try:
        term.wait_for("Your question:")
        term.type("half a question")
        term.child.kill(signal.SIGTERM)
        assert term.exit_code() == 0
        assert b"Traceback" not in term.raw
        assert term.raw.count(b"\x1b[?2004h") <= term.raw.count(b"\x1b[?2004l")  # bracketed paste switched off
    finally:
        term.close()


def test_the_session_store_caps_and_expires_sessions():
    now = [0.0]
    store = SessionStore(Bot.load(), max_sessions=3, ttl_seconds=10, clock=lambda: now[0])
    for name in "abcd":
        store.get(name).ask("what is the brooker scale")
    assert len(store) == 3  # "a", the least recently used, was dropped
    assert store.get("a").ask("what about 4").kind == "fallback"
    now[0] = 11.0
    store.get("fresh")
    assert len(store) == 1  # everything idle for more than 10 seconds is gone


def peak_rss_kib(sessions: int) -> int:
    """Serve one question for each of `sessions` sessions in a real process; its peak memory."""
    lines = "".join(json.dumps({"session": f"s{n}", "text": "what is HO"}) + "\n" for n in range(sessions))
    code = (
        "import resource, sys; from chatbot.frontends.cli import main; main(['serve', '--stdio']); "
        "sys.stderr.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))"
    )
    result = subprocess.run([sys.executable, "-c", code], input=lines.encode(), capture_output=True, timeout=300)
    assert result.returncode == 0 and result.stdout.count(b"\n") == sessions
    return int(result.stderr)


def test_twenty_thousand_sessions_keep_memory_flat():
    # Uncapped, 20,000 sessions cost about 20 MB more than 2,000 (measured); capped at 1,000, almost nothing.
    assert peak_rss_kib(20_000) - peak_rss_kib(2_000) < 6_000


def test_serve_limits_options_are_used():
    process = start_serve("--max-sessions", "2")
    try:
        request(process, "what is the brooker scale", session="a")
        request(process, "hello", session="b")
        request(process, "hello", session="c")  # drops "a"
        assert request(process, "what about 4", session="a")["kind"] == "fallback"
    finally:
        process.stdin.close()
        process.wait(timeout=30)


BAD_BANKS = {
    "broken-yaml": {"bank.yaml": "meta: {title: x\n"},
    "wrong-types": {"bank.yaml": META + "entries: {not: a list}\n"},
    "missing-fields": {"bank.yaml": META + "entries:\n  - id: only-id\n"},
    "duplicate-ids": {"bank.yaml": META + "entries:\n" + entry_yaml("same", "A?") + entry_yaml("same", "B?")},
    "dangling-related": {"bank.yaml": META + "entries:\n" + entry_yaml("one", "A?", related=["ghost"])},
}


def unreadable_bank(folder: Path) -> None:
    (folder / "gone.yaml").symlink_to(folder / "no-such-target.yaml")


@pytest.mark.parametrize("name", [*BAD_BANKS, "unreadable-file"])
@pytest.mark.parametrize("command", [["ask", "hi"], [], ["serve", "--stdio"], ["kiosk"], ["check"]])
def test_a_bad_bank_stops_start_up_with_exit_2_and_no_traceback(make_bank, name, command):
    if name == "unreadable-file":
        folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("one", "A?")})
        unreadable_bank(folder)
    else:
        folder = make_bank(BAD_BANKS[name])
    result = run_cli(*command, "--faq", str(folder), input="")
    assert result.returncode == 2
    assert result.stderr.decode().startswith("Error: the FAQ bank has ")
    assert b"Traceback" not in result.stderr and result.stdout == b""


def test_an_internal_fault_in_serve_gives_one_fallback_and_the_loop_goes_on(bot, monkeypatch, capsys):
    store = SessionStore(bot)
    real_rank = bot.matcher.rank
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("boom")
        return real_rank(*args, **kwargs)

    monkeypatch.setattr(bot.matcher, "rank", flaky)
    out = io.StringIO()
    serve(store, io.BytesIO(b'{"text": "what is HO"}\n{"text": "what is HO"}\n'), out)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["kind"] == "fallback" and first["answer"] == bot.bank.messages["internal_error"]
    assert second["id"] == "what-is-ho"


def test_startup_is_quick_enough_for_a_kiosk():
    started = time.monotonic()
    assert run_cli("ask", "hi").returncode == 0
    assert time.monotonic() - started < 5  # generous: the benchmark measures the real figure
