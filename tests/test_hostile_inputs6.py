"""Sixth hostile-input hunt: each test is a problem found by attacking the real product, fixed."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time

import pytest


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("word", ["a" * 16_000, "heterotopic" * 1_500, "zq" * 8_000])
def test_one_long_word_is_read_quickly_and_in_little_memory(bot, word):
    # A single 16,000-letter "word" made the triage spelling reader list every string one slip away from
    # it (54 x 16,000 strings of 16,000 letters): 35 s and about 13 GB for one `chatbot ask`.
    before = _peak_mib()
    started = time.monotonic()
    reply = bot.session().ask(word)
    assert time.monotonic() - started < 2
    assert _peak_mib() - before < 200
    assert reply.kind == "fallback"


def test_a_long_word_does_not_hide_an_emergency_after_it(bot):
    reply = bot.session().ask("x" * 15_000 + " I have crushing chest pain right now")
    assert reply.kind == "emergency"


def _shell(command: str, input: bytes = b"") -> subprocess.CompletedProcess:
    """Run `python -m chatbot` through sh, so a test can close or redirect its standard streams."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
    return subprocess.run(
        ["sh", "-c", command.replace("chatbot", f"'{sys.executable}' -m chatbot", 1)],
        input=input, capture_output=True, env=env, timeout=60,
    )


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ("chatbot <&-", 0),  # a closed input is the end of input
        ("chatbot serve --stdio <&-", 0),
        ("chatbot kiosk <&-", 2),  # no terminal: the kiosk says so
        ("chatbot ask what is HO >&-", 0),  # a closed output is a reader that went away
        ("echo what is HO | chatbot >&-", 0),
        ("echo '{\"text\": \"hi\"}' | chatbot serve --stdio >&-", 0),
        ("chatbot check >&- 2>&-", 0),
    ],
)
def test_a_closed_standard_stream_is_no_traceback(command, code):
    # A service started with a stream closed used to end with "AttributeError: 'NoneType' object has no
    # attribute 'isatty'" (or 'write', 'buffer') and status 1.
    result = _shell(command)
    assert b"Traceback" not in result.stderr
    assert result.returncode == code, result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "command",
    [
        "chatbot ask what is HO > /dev/full",
        "echo what is HO | chatbot > /dev/full",
        "echo '{\"text\": \"hi\"}' | chatbot serve --stdio > /dev/full",
        "chatbot check > /dev/full",
    ],
)
def test_an_output_that_cannot_be_written_is_one_clear_error_with_exit_1(command):
    # A full disk used to end every command with an OSError traceback.
    result = _shell(command)
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().strip() == "Error: cannot write the output (No space left on device)"
    assert result.returncode == 1
