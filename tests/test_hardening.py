"""Issue 11 regressions: request lines, eval files and option values that used to crash or be accepted."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbot.frontends.stdio import MAX_LINE_BYTES, handle_line
from chatbot.session_store import SessionStore

GOOD = json.dumps({"session": "k", "text": "what is HO"})


def serve(*lines: bytes | str, args=()):
    data = b"".join((line.encode() if isinstance(line, str) else line) + b"\n" for line in lines)
    result = run_cli("serve", "--stdio", *args, input=data)
    return result, [json.loads(line) for line in result.stdout.decode().splitlines()]


@pytest.mark.parametrize(
    "line",
    [
        "[" * 1000 + "]" * 1000,  # nested deeper than the JSON parser's recursion limit
        '{"text": ' + "[" * 100_000 + "}",
        '{"session": "k", "text": "hi", "n": ' + "9" * 5000 + "}",  # past Python's 4,300-digit limit
        "9" * 5000,
        '{"text": "\\ud800"}',  # a lone surrogate
        "\x00\x01\x02",
    ],
    ids=["deep-array", "deeper-unclosed", "huge-number-field", "huge-number", "lone-surrogate", "control-bytes"],
)
def test_any_request_line_gets_one_reply_and_the_loop_goes_on(line):
    result, replies = serve(line, GOOD)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert len(replies) == 2
    assert replies[1]["id"] == "what-is-ho"


def test_a_line_over_64_kb_is_refused_with_a_clear_error():
    assert MAX_LINE_BYTES == 64 * 1024
    long_line = json.dumps({"text": "a" * (MAX_LINE_BYTES + 10)})
    _, replies = serve(long_line, GOOD)
    assert "longer than" in replies[0]["error"]
    assert replies[1]["kind"] == "answer"


def test_an_unexpected_fault_in_one_request_is_an_error_reply(bot, monkeypatch):
    store = SessionStore(bot)

    def broken(self, text):
        raise RuntimeError("boom")

    monkeypatch.setattr(SessionStore, "lookup", broken)
    reply = handle_line(store, b'{"session": "a", "text": "hello"}')
    assert reply == {"error": "the request could not be served"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.one_of(st.binary(max_size=300), json_values.map(lambda v: json.dumps(v).encode())))
def test_fuzz_handle_line_always_replies_with_a_json_object(bot, payload):
    store = SessionStore(bot, max_sessions=5)
    reply = handle_line(store, payload)
    assert isinstance(reply, dict)
    json.dumps(reply)  # always serialisable
    assert "error" in reply or "kind" in reply or reply.get("reset") is True
    assert handle_line(store, GOOD.encode())["id"] == "what-is-ho"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), session=st.text(max_size=30))
def test_fuzz_any_text_in_a_well_formed_request_is_answered(bot, text, session):
    store = SessionStore(bot)
    reply = handle_line(store, json.dumps({"session": session, "text": text}).encode())
    assert reply.get("kind") in {"answer", "clarify", "fallback", "emergency", "urgent", "smalltalk"}


def test_fuzz_in_a_real_process_many_hostile_lines_then_a_good_one():
    hostile = [
        b"\xff\xfe\xfd",
        b"{" * 5000,
        b'{"session": ' + b"[" * 3000 + b"}",
        b'{"session": "a", "text": ' + b"1" * 10_000 + b"}",
        b'{"session": "a", "reset": "yes"}',
        b"null",
        b"[]",
        b'"just a string"',
    ]
    result, replies = serve(*hostile, GOOD)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert len(replies) == len(hostile) + 1
    assert all("error" in reply for reply in replies[:-1])
    assert replies[-1]["id"] == "what-is-ho"


# Sessions dropped by the cap or the idle timeout say so on their next message.


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_session_dropped_for_idling_says_it_restarted(bot):
    clock = Clock()
    store = SessionStore(bot, ttl_seconds=10, clock=clock)
    assert store.lookup("a")[1] is False
    clock.now = 11
    store.lookup("b")  # any request lets the store expire "a"
    session, restarted = store.lookup("a")
    assert restarted is True
    assert store.lookup("a")[1] is False  # only once


def test_a_session_dropped_by_the_cap_says_it_restarted_in_the_protocol():
    _, replies = serve(
        json.dumps({"session": "a", "text": "what is the brooker scale"}),
        json.dumps({"session": "b", "text": "what is HO"}),
        json.dumps({"session": "a", "text": "and grade 3?"}),
        args=("--max-sessions", "1"),
    )
    assert "restarted" not in replies[0] and "restarted" not in replies[1]
    assert replies[2]["restarted"] is True
    assert "start our conversation again" in replies[2]["answer"]


def test_reset_then_ask_is_not_a_restart_notice():
    _, replies = serve(
        json.dumps({"session": "a", "text": "what is HO"}),
        json.dumps({"session": "a", "reset": True}),
        json.dumps({"session": "a", "text": "what is HO"}),
    )
    assert "restarted" not in replies[2]


# Impossible option values are refused at start.


@pytest.mark.parametrize(
    "args",
    [
        ("serve", "--stdio", "--max-sessions", "0"),
        ("serve", "--stdio", "--max-sessions", "-3"),
        ("serve", "--stdio", "--max-sessions", "many"),
        ("serve", "--stdio", "--session-ttl", "-5"),
        ("serve", "--stdio", "--session-ttl", "0"),
        ("serve", "--stdio", "--session-ttl", "nan"),
        ("serve", "--stdio", "--session-ttl", "inf"),
        ("kiosk", "--idle-seconds", "0"),
        ("kiosk", "--idle-seconds", "-1"),
        ("kiosk", "--warn-seconds", "-1"),
        ("kiosk", "--idle-seconds", "10", "--warn-seconds", "20"),
    ],
)
def test_impossible_option_values_are_refused(args):
    result = run_cli(*args, input=b"")
    assert result.returncode == 2
    assert b"error:" in result.stderr and b"Traceback" not in result.stderr


# A broken evaluation file is a clear error and exit 2, never a traceback.


@pytest.mark.parametrize(
    "text",
    [
        "cases: 5\n",
        "conversations: 3\n",
        "cases:\n  - {q: hi, expect: {a: 1}}\n",
        "cases:\n  - {q: hi, expect: []}\n",
        "cases:\n  - {q: [1], expect: x}\n",
        "conversations:\n  - {turns: [5]}\n",
        "just text\n",
        "cases: [\n",
    ],
)
def test_a_malformed_eval_file_is_a_clear_error(tmp_path, text):
    path = tmp_path / "cases.yaml"
    path.write_text(text)
    result = run_cli("eval", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(b"Error:") and b"Traceback" not in result.stderr


def test_a_missing_or_undecodable_eval_file_is_a_clear_error(tmp_path):
    binary = tmp_path / "cases.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    for path in (str(tmp_path / "missing.yaml"), str(tmp_path), str(binary)):
        result = run_cli("eval", path)
        assert result.returncode == 2 and result.stderr.startswith(b"Error:")
