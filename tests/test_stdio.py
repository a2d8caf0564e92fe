"""`chatbot serve --stdio`: one JSON reply line per request line, flushed at once."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import run_cli

ASK_KEYS = ["session", "kind", "id", "question", "answer", "score", "suggestions", "source"]


def serve(*lines: str):
    result = run_cli("serve", "--stdio", input="".join(line + "\n" for line in lines))
    return result, [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_each_request_gets_one_reply_and_end_of_input_exits_0():
    result, replies = serve(
        json.dumps({"session": "a", "text": "what is the brooker scale"}),
        json.dumps({"session": "a", "text": "and grade 3?"}),
        json.dumps({"text": "what is HO"}),
    )
    assert result.returncode == 0 and result.stderr == b""
    assert [list(r) for r in replies] == [ASK_KEYS] * 3
    assert [r["id"] for r in replies] == ["brooker-scale", "grade-3", "what-is-ho"]
    assert replies[0]["session"] == "a" and replies[2]["session"] is None


def test_sessions_are_independent_and_reset_forgets():
    _, replies = serve(
        json.dumps({"session": "a", "text": "what is the brooker scale"}),
        json.dumps({"session": "b", "text": "what about 4"}),
        json.dumps({"session": "a", "text": "what about 4"}),
        json.dumps({"session": "a", "reset": True}),
        json.dumps({"session": "a", "text": "what about 4"}),
    )
    assert replies[1]["kind"] == "fallback"
    assert replies[2]["id"] == "grade-4"
    assert replies[3] == {"session": "a", "reset": True}
    assert replies[4]["kind"] == "fallback"


def test_bad_lines_get_an_error_and_the_loop_goes_on():
    _, replies = serve(
        "not json",
        "[1, 2]",
        json.dumps({"session": 5, "text": "hi"}),
        json.dumps({"session": "a"}),
        json.dumps({"session": "a", "text": 42}),
        json.dumps({"reset": True}),
        "",
        json.dumps({"session": "a", "text": "hello"}),
    )
    assert [sorted(r) for r in replies[:7]] == [["error"]] * 7
    assert replies[0]["error"].startswith("not valid JSON")
    assert replies[7]["kind"] == "smalltalk"


def test_a_line_that_starts_with_a_byte_order_mark_is_read():
    _, replies = serve("\ufeff" + json.dumps({"session": "a", "text": "what is HO"}))
    assert replies[0]["id"] == "what-is-ho"


def test_replies_are_flushed_one_at_a_time():
    process = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--stdio"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for text, expected in (("what is HO", "what-is-ho"), ("how is it treated", "treatment")):
            process.stdin.write((json.dumps({"session": "s", "text": text}) + "\n").encode())
            process.stdin.flush()
            line = process.stdout.readline()  # would hang if the reply sat in a buffer
            assert json.loads(line)["id"] == expected
    finally:
        process.stdin.close()
        assert process.wait(timeout=30) == 0
