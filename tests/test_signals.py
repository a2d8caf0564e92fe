"""Signals at awkward moments: while the program is still loading, a closed terminal, Ctrl-\\ at the kiosk."""

from __future__ import annotations

import signal
import subprocess
import sys
import termios
import time

import pytest
from conftest import run_cli
from terminal import Terminal

# Loaded through PYTHONPATH by the child: it sends the child a signal at the moment it starts to import
# the bot, which is in the middle of loading the program, as a fast Ctrl-C or `systemctl stop` would.
SIGNAL_WHILE_LOADING = """
import os, signal, sys

class SignalWhileLoading:
    def find_spec(self, name, path=None, target=None):
        if name == "chatbot.bot":
            sys.meta_path.remove(self)
            os.kill(os.getpid(), getattr(signal, os.environ["HOOK_SIGNAL"]))
        return None

sys.meta_path.insert(0, SignalWhileLoading())
"""


@pytest.mark.parametrize(("name", "code"), [("SIGTERM", 0), ("SIGHUP", 0), ("SIGINT", 130)])
@pytest.mark.parametrize("command", [[], ["ask", "what is HO"], ["serve", "--stdio"]], ids=["chat", "ask", "serve"])
def test_a_signal_while_the_program_loads_ends_it_quietly(tmp_path, name, code, command):
    (tmp_path / "sitecustomize.py").write_text(SIGNAL_WHILE_LOADING)
    result = run_cli(*command, input="", env={"PYTHONPATH": str(tmp_path), "HOOK_SIGNAL": name}, timeout=60)
    assert result.returncode == code  # not 143 (killed by SIGTERM) or 129 (SIGHUP), nor -2
    assert result.stderr == b""  # no traceback
    assert result.stdout == b""  # it stopped before answering


def _terminal_is_restored(term: Terminal) -> bool:
    local_modes = termios.tcgetattr(term.child.child_fd)[3]
    return bool(local_modes & termios.ICANON) and bool(local_modes & termios.ECHO)


def test_sighup_in_the_chat_restores_the_terminal_and_exits_0():
    term = Terminal()
    try:
        term.wait_for("Your question:")
        term.type("half a question")
        term.wait_for("half a question")
        assert not _terminal_is_restored(term)  # raw mode while the prompt runs
        term.child.kill(signal.SIGHUP)
        assert term.exit_code() == 0
        assert b"Traceback" not in term.raw
    finally:
        term.close()


def test_sighup_in_the_chat_restores_the_terminal_modes():
    term = Terminal()
    try:
        term.wait_for("Your question:")
        term.child.kill(signal.SIGHUP)
        end = time.monotonic() + 10
        while term.child.isalive() and time.monotonic() < end:
            term.text()
        assert _terminal_is_restored(term)
    finally:
        term.close()


def test_sigquit_does_not_end_the_kiosk():
    term = Terminal("kiosk", "--exit-key", "c-x c-q")
    try:
        term.wait_for("Your question:")
        term.child.kill(signal.SIGQUIT)
        time.sleep(0.5)
        assert term.child.isalive()
        term.enter("what is HO")
        term.wait_for("extraskeletal bone")
        term.type("\x18\x11")
        assert term.exit_code() == 0
    finally:
        term.close()


def test_a_kiosk_without_a_terminal_says_so_and_exits_2():
    result = run_cli("kiosk", input="", timeout=60)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "Error: the kiosk needs a terminal for its screen and keyboard; input or output is not one\n"
    )


BETWEEN_TWO_SCREENS = """
import os, signal, sys, time
from chatbot import Bot
from chatbot.frontends import kiosk

class FlakyScreen:
    runs = 0

    def __init__(self, *args):
        pass

    def run(self):
        FlakyScreen.runs += 1
        if FlakyScreen.runs == 1:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # what a closed event loop leaves behind
            raise RuntimeError("the screen failed")
        os.kill(os.getpid(), signal.SIGTERM)  # systemctl stop, before the next screen's loop runs
        time.sleep(5)
        return 1

class Tty:
    def isatty(self):
        return True

kiosk.Kiosk = FlakyScreen
kiosk.sys = type(sys)("fake_sys")  # the kiosk module's view only: a terminal on both sides
kiosk.sys.stdin = kiosk.sys.stdout = Tty()
code = kiosk.run_kiosk(Bot.load())
sys.stderr.write(f"runs={FlakyScreen.runs} code={code}")
"""


def test_sigterm_between_two_kiosk_screens_still_ends_it_cleanly():
    # In a child process: before the fix, this SIGTERM killed the process (status -15).
    result = subprocess.run([sys.executable, "-c", BETWEEN_TWO_SCREENS], capture_output=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr.decode().endswith("runs=2 code=0")
