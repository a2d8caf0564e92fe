"""The README's exit-code table, checked against the real program, command by command."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import META, entry_yaml, run_cli

README = Path(__file__).parent.parent / "README.md"

SMALL_EVAL = "cases:\n  - {q: what is HO, expect: what-is-ho}\n  - {q: what is lupus, expect: fallback}\n"
BAD_BANK = META + "entries: [not a mapping]\n"


def test_the_readme_table_lists_exactly_the_codes_the_program_uses():
    table = README.read_text().split("Exit codes, the same for every command", 1)[1].split("\n\n", 2)[1]
    assert re.findall(r"^\| `(\d+)` \|", table, re.M) == ["0", "2", "130", "1"]


@pytest.fixture
def files(tmp_path):
    (tmp_path / "eval.yaml").write_text(SMALL_EVAL)
    (tmp_path / "bad-bank").mkdir()
    (tmp_path / "bad-bank" / "bank.yaml").write_text(BAD_BANK)
    (tmp_path / "good-bank").mkdir()
    (tmp_path / "good-bank" / "bank.yaml").write_text(META + "entries:\n" + entry_yaml("a-one", "What is HO?"))
    return tmp_path


CASES = {
    # 0: done
    "ask": (["ask", "what is HO"], None, 0),
    "ask --json": (["ask", "--json", "what is lupus"], None, 0),
    "check": (["check"], None, 0),
    "check DIR": (["check", "{tmp}/good-bank"], None, 0),
    "eval": (["eval", "{tmp}/eval.yaml"], None, 0),
    "chat, piped, end of input": ([], "what is HO\n", 0),
    "chat, piped, quit": (["chat"], "quit\nwhat is HO\n", 0),
    "serve, end of input": (["serve", "--stdio"], '{"text": "what is HO"}\n', 0),
    "--help": (["--help"], None, 0),
    "--version": (["--version"], None, 0),
    "command --help": (["kiosk", "--help"], None, 0),
    # 2: bad usage, a bad bank or file, no terminal for the kiosk
    "unknown command": (["nonsense"], None, 2),
    "unknown option": (["ask", "--nonsense", "x"], None, 2),
    "ask without a question": (["ask"], None, 2),
    "serve without --stdio": (["serve"], "", 2),
    "kiosk with an unknown exit key": (["kiosk", "--exit-key", "c-nonsense"], None, 2),
    "kiosk without a terminal": (["kiosk"], "", 2),
    "check a bad bank": (["check", "{tmp}/bad-bank"], None, 2),
    "check a missing folder": (["check", "{tmp}/nope"], None, 2),
    "ask with a bad bank": (["ask", "--faq", "{tmp}/bad-bank", "x"], None, 2),
    "chat with a bad bank": (["--faq", "{tmp}/bad-bank"], "x\n", 2),
    "serve with a bad bank": (["serve", "--stdio", "--faq", "{tmp}/bad-bank"], "", 2),
    "eval with a bad bank": (["eval", "--faq", "{tmp}/bad-bank", "{tmp}/eval.yaml"], None, 2),
    "kiosk with a bad bank": (["kiosk", "--faq", "{tmp}/bad-bank"], "", 2),
    "eval of a missing file": (["eval", "{tmp}/missing.yaml"], None, 2),
    "eval of a file with no cases": (["eval", "{tmp}/bad-bank/bank.yaml"], None, 2),
    "an unusable --log-unanswered": (["ask", "x", "--log-unanswered", "{tmp}/no-folder/log.txt"], None, 2),
}


@pytest.mark.parametrize(("args", "stdin", "code"), CASES.values(), ids=CASES.keys())
def test_each_command_exits_with_the_documented_code(files, args, stdin, code):
    result = run_cli(*(arg.replace("{tmp}", str(files)) for arg in args), input=stdin, timeout=120)
    assert result.returncode == code, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    if code == 2:
        assert result.stderr.decode().strip(), "a usage error says why"


@pytest.mark.parametrize(
    ("args", "sent", "code"),
    [
        (["serve", "--stdio"], signal.SIGTERM, 0),
        (["serve", "--stdio"], signal.SIGHUP, 0),
        (["serve", "--stdio"], signal.SIGINT, 130),
        ([], signal.SIGTERM, 0),  # the piped chat, waiting for its next line
        ([], signal.SIGHUP, 0),
        ([], signal.SIGINT, 130),
    ],
    ids=["serve-term", "serve-hup", "serve-int", "chat-term", "chat-hup", "chat-int"],
)
def test_signals_while_waiting_for_input_exit_with_the_documented_code(args, sent, code):
    process = subprocess.Popen(
        [sys.executable, "-m", "chatbot", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        process.stdin.write(b'{"text": "hello"}\n' if args else b"hello\n")
        process.stdin.flush()
        assert process.stdout.readline()  # loaded, answered, and now waiting for more
        process.send_signal(sent)
        assert process.wait(timeout=30) == code
        assert b"Traceback" not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
