"""Shared fixtures: the packaged bot, small banks written to a temp folder, and running the real CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from chatbot import Bot

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def private_cache_folder(tmp_path_factory):
    """Compiled copies of the test banks go to a folder of this run, never the user's own cache."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


# The signals a front end run in this process takes over: the command line's `main` makes SIGTERM and SIGHUP raise
# `chatbot.errors.Terminated`, the kiosk ignores SIGQUIT and SIGTSTP.
_FRONT_END_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGTSTP") if hasattr(signal, name)
)


@pytest.fixture(autouse=True)
def pytests_own_signal_handlers():
    """Put the run's own signal handlers back after each test. A test that calls a front end in this process
    (`main(["ask", ...])`, the kiosk) left the front end's handlers in place for the rest of the run: an interrupt
    of the run (Ctrl-C, or the SIGTERM or SIGHUP a wrapper or a closed terminal sends) then ended pytest with a
    `chatbot.errors.Terminated` banner instead of pytest's own interrupt."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved = {number: signal.getsignal(number) for number in _FRONT_END_SIGNALS}
    yield
    for number, handler in saved.items():
        if handler is not None and signal.getsignal(number) is not handler:
            signal.signal(number, handler)


@pytest.fixture(scope="session")
def bot() -> Bot:
    return Bot.load()


@pytest.fixture(scope="session")
def triage_table():
    """The general triage table, as every bank reads it before its own red flags (built once per process)."""
    from chatbot.safety.triage import general_triage

    return general_triage()


@pytest.fixture
def session(bot):
    return bot.session()


def kind_and_id(bot: Bot, message: str) -> tuple[str, str | None]:
    """The kind of reply a message gets in a fresh session, and the entry it answers with."""
    reply = bot.session().ask(message)
    return reply.kind, reply.id


def entry_yaml(entry_id: str, question: str, answer: str = "A short answer. It has two sentences.", related=()) -> str:
    """One bank entry as YAML (a list item under `entries:`), with six distinct alternates."""
    lines = [f"  - id: {entry_id}", f"    question: {question}", "    alternates:"]
    lines += [f"      - {question} variant {n}" for n in range(1, 7)]
    lines += [f"    answer: {answer}", "    source: Test section", f"    related: [{', '.join(related)}]"]
    return "\n".join(lines) + "\n"


META = "meta: {title: Test bank, topic: test questions, source: tests, reviewed: 2024-01-01}\n"


def rankings_with_and_without_pruning(bot, question: str, limit: int):
    """The matcher's ranking of a question as it runs (pruned), and with every entry scored."""
    matcher = bot.matcher
    analysis = bot.analyzer.analyze(question)
    matcher._prune = True
    pruned = matcher.rank(analysis.tokens, analysis.concepts, limit=limit)
    matcher._prune = False
    try:
        full = matcher.rank(analysis.tokens, analysis.concepts, limit=limit)
    finally:
        matcher._prune = True
    return pruned, full


def entries_yaml(entries) -> str:
    """An `entries:` section as a clinic writes it: (id, question, alternates, answer) each, no links."""
    lines = ["entries:"]
    for entry_id, question, alternates, answer in entries:
        lines += [f"  - id: {entry_id}", f"    question: {question}", "    alternates:"]
        lines += [f"      - {alternate}" for alternate in alternates]
        lines += [f"    answer: {json.dumps(answer)}", "    source: Test", "    related: []"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def make_bank(tmp_path):
    """Write YAML files into a fresh bank folder: make_bank({"a.yaml": text, ...})."""

    def write(files: dict[str, str]) -> Path:
        folder = tmp_path / "bank"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder

    return write


def run_cli(*args: str, input: str | bytes | None = None, env: dict | None = None, cwd: Path | None = None, timeout=60):
    """Run the real `chatbot` program (as `python -m chatbot`) and capture its output."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "chatbot", *args],
        input=input.encode() if isinstance(input, str) else input,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=timeout,
    )


@pytest.fixture
def kiosk_terminal():
    """Start the kiosk in a real terminal (tmux): `kiosk_terminal(*args)` returns it at its first prompt."""
    from terminal import Terminal

    opened = []

    def start(*args, columns=80, rows=24):
        term = Terminal("kiosk", "--exit-key", "c-x c-q", *args, columns=columns, rows=rows)
        opened.append(term)
        term.wait_for("Your question:")
        return term

    yield start
    for term in opened:
        term.close()
