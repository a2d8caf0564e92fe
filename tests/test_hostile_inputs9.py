"""Ninth hostile-input hunt: each test is a problem found by attacking the real product, fixed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

from chatbot.understanding.text import clean_question

REPO = Path(__file__).resolve().parent.parent

# Control characters that are no whitespace to Python: NUL, BEL, backspace, ESC alone, DEL and C1 ones.
# Typed or pasted in place of a space, each one glued two words together for matching (safety read both).
GLUING_CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x7f", "\x80", "\x9f"]


@pytest.mark.parametrize("control", GLUING_CONTROLS + ["\u200b"])
def test_a_control_character_typed_for_a_space_reads_as_a_space_for_matching_too(bot, control):
    # "what\0is HO" fell back ("whatis" is no word), though the safety checks read it as "what is HO".
    assert clean_question(f"what{control}is{control}HO") == ("what is HO", False)
    assert bot.session().ask(f"what{control}is HO").id == "what-is-ho"


@pytest.mark.parametrize("control", GLUING_CONTROLS + ["\u200b", "\u00ad", "\u200d"])
@pytest.mark.parametrize("typed", ["kill{c}myself", "ki{c}ll myself", "I want to kill mys{c}elf"])
def test_safety_still_reads_an_invisible_character_both_as_a_space_and_as_nothing(bot, control, typed):
    # Now that matching reads a control character as a space, one inside a word ("ki\0ll") would split it:
    # safety also reads the message with every invisible character taken out.
    assert bot.session().ask(typed.format(c=control)).kind == "emergency"


def test_a_relative_xdg_cache_home_is_ignored_by_the_word_list_cache_too(tmp_path, monkeypatch):
    # The bank copies ignored a relative XDG_CACHE_HOME, as the XDG spec says; the English word list took it
    # as given and wrote a "relative/cache" folder wherever the program was started.
    from chatbot.understanding import english

    home = tmp_path / "home"
    started_in = tmp_path / "here"
    started_in.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.chdir(started_in)
    english._load()
    assert list(started_in.iterdir()) == []
    assert list((home / ".cache" / "ho-faq-chatbot").glob("english-*.marshal"))


def test_without_a_home_folder_the_word_list_is_built_and_nothing_is_written(tmp_path, monkeypatch):
    from chatbot.understanding import english

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # "~" stays "~": no home to expand
    monkeypatch.chdir(tmp_path)
    blob, slots = english._load()
    assert blob and slots and list(tmp_path.iterdir()) == []


def test_export_to_dash_writes_the_csv_to_stdout_not_a_file_named_dash(tmp_path):
    result = run_cli("export", str(REPO / "faq"), "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "-").exists()
    text = result.stdout.decode("utf-8")
    # Plain CSV for the next tool in the pipe: the header first, no byte-order mark, every entry a row.
    assert text.startswith("id,question,alternates,answer,source,related,category\r\n")  # the bank has topic groups
    assert "what-is-ho," in text and result.stderr == b""


def test_export_to_dash_of_a_broken_bank_is_one_error_line_and_no_output(tmp_path):
    result = run_cli("export", str(tmp_path / "no-such-bank"), "-", cwd=tmp_path)
    assert result.returncode != 0 and result.stdout == b""
    assert b"Traceback" not in result.stderr and b"no such file or folder" in result.stderr


def test_a_folder_as_standard_input_ends_with_an_error_before_any_code_of_ours_runs(tmp_path):
    # `chatbot < /tmp`: CPython refuses a folder as stdin while it starts, before `site` or any of our code
    # is imported ("Fatal Python error: init_sys_streams: <stdin> is a directory, cannot continue"), so the
    # message is Python's, not ours (see README, "Exit codes"). What we can pin: it never runs on, never hangs,
    # prints no traceback and exits non-zero, so a script can tell.
    script = os.path.join(os.path.dirname(sys.executable), "chatbot")
    command = script if os.path.exists(script) else f"'{sys.executable}' -m chatbot"
    result = subprocess.run(["sh", "-c", f"{command} < '{tmp_path}'"], capture_output=True, timeout=60)
    assert result.returncode != 0
    assert b"Traceback" not in result.stderr and b"is a directory" in result.stderr
    assert result.stdout == b""


# The web kiosk: a wipe whose /api/reset never reached the server left the conversation there, under the
# cookie the page cannot drop (HttpOnly), for the session lifetime (30 minutes): the next person's "what are
# its symptoms?" went on with the last person's topic.


def _web_client(bot, kiosk=None, clock=None):
    import warnings

    from chatbot.frontends.web.app import create_app
    from chatbot.session_store import SessionStore

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    store = SessionStore(bot, ttl_seconds=1800, **({"clock": clock} if clock else {}))
    return TestClient(create_app(store, kiosk), base_url="http://127.0.0.1"), store


def _ask(client, **body):
    import json

    return client.post("/api/ask", content=json.dumps(body), headers={"content-type": "application/json"})


def test_a_question_marked_new_drops_the_cookies_conversation_and_starts_another(bot):
    from chatbot.frontends.web.app import COOKIE

    client, store = _web_client(bot)
    _ask(client, text="what is FOP")
    old = client.cookies[COOKIE]
    assert _ask(client, text="what are its symptoms?").json()["id"] == "fop-symptoms"
    # The page's first question after a wipe whose reset failed: the old conversation is not continued.
    reply = _ask(client, text="what are its symptoms?", new=True)
    assert reply.status_code == 200 and reply.json()["id"] != "fop-symptoms"
    assert "restarted" not in reply.json()  # a new person, not a dropped conversation to apologise for
    assert client.cookies[COOKIE] != old and len(store) == 1
    # The old token names nothing now: sent again, it starts afresh too.
    client.cookies.set(COOKIE, old)
    assert _ask(client, text="what are its symptoms?").json()["id"] != "fop-symptoms"


@pytest.mark.parametrize("value", ["yes", 1, None, [], {}])
def test_new_must_be_true_or_false(bot, value):
    client, _ = _web_client(bot)
    reply = _ask(client, text="what is HO", new=value)
    assert reply.status_code == 422 and reply.json() == {"error": '"new" must be true or false'}


def test_the_server_forgets_a_kiosk_conversation_after_the_idle_time_not_the_session_lifetime(bot):
    from chatbot.frontends.web.meta import KioskTimes

    now = [0.0]
    client, store = _web_client(bot, KioskTimes(idle_seconds=120, warn_seconds=30), clock=lambda: now[0])
    _ask(client, text="what is FOP")
    now[0] = 119
    assert _ask(client, text="what are its symptoms?").json()["id"] == "fop-symptoms"
    now[0] = 119 + 121  # the page would have wiped itself by now, whether or not its reset arrived
    reply = _ask(client, text="what are its symptoms?").json()
    assert reply["id"] != "fop-symptoms" and reply["restarted"] is True
    # Without --kiosk the session lifetime is kept: a person at home may read for a while.
    now[0] = 0.0
    home, _ = _web_client(bot, clock=lambda: now[0])
    _ask(home, text="what is FOP")
    now[0] = 1000
    assert _ask(home, text="what are its symptoms?").json()["id"] == "fop-symptoms"


# Found in this hunt.

# Cyrillic look-alikes: к (ka), і (Ukrainian i), у (u), с (es), ӏ (palochka), read as k, i, y, c, l.
LOOK_ALIKE_EMERGENCIES = [
    "I want to \u043a\u0456ll myself",  # "кіll": a word mixing scripts
    "i want to kill m\u0443self",
    "crushing \u0441hest pain",
    "I want to \u043a\u0456\u04cf\u04cf myself",  # "кіӏӏ": every letter a look-alike
]


@pytest.mark.parametrize("typed", LOOK_ALIKE_EMERGENCIES)
def test_cyrillic_look_alikes_never_hide_an_emergency(bot, typed):
    # Each of these was answered with "Sorry, my information does not cover that".
    assert bot.session().ask(typed).kind == "emergency"


def test_a_word_mixing_look_alikes_with_latin_letters_is_read_in_latin_for_matching(bot):
    assert bot.session().ask("what is heterotopic \u043e\u0455sification").id == "what-is-ho"  # о, ѕ
    # Words in another script keep their letters: Russian is not read as Latin gibberish.
    assert clean_question("\u0447\u0442\u043e \u0442\u0430\u043a\u043e\u0435 \u0441\u043e\u043d")[0] == "что такое сон"


@pytest.mark.parametrize(
    "padding",
    [" " * 1_000_000, "\n" * 300_000, "\u200b" * 1_000_000, "\x1b[0m" * 300_000, "\x00" * 500_000],
)
def test_a_question_after_a_huge_run_of_blanks_is_read_not_taken_as_empty(bot, padding):
    # Only the first 128,000 characters were cleaned; all blank, the message read as empty, and an emergency
    # after them was missed.
    assert bot.session().ask(padding + "I can't breathe").kind == "emergency"
    reply = bot.session().ask(padding + "what is HO")
    assert reply.id == "what-is-ho"


def test_an_escape_sequence_in_a_sheets_id_or_a_folders_name_is_never_sent_raw_to_the_terminal(tmp_path):
    # `chatbot import` named the bad row by its id, raw: an OSC sequence in a cell retitled the terminal
    # (or worse, on a terminal that answers queries) while the error was read.
    sheet = tmp_path / "sheet.csv"
    row = b'"bad\x1b]0;HACKED\x07id","What is \x1b[2Jit?","It is a thing. Rest helps."\n'
    sheet.write_bytes(b"id,question,answer\n" + row)
    result = run_cli("import", str(sheet), "--to", str(tmp_path / "bank"), "--reviewed", "2025-03-01")
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr and b"\x07" not in result.stderr
    assert b"row 2 [bad\\x1b]0;HACKED\\x07id]" in result.stderr  # still named, as its escape
    folder = tmp_path / "x\x1b[31my"
    folder.mkdir()
    result = run_cli("--faq", str(folder), "check")
    assert result.returncode == 2 and b"\x1b" not in result.stderr and b"x\\x1b[31my" in result.stderr


def test_ctrl_space_in_the_chat_types_a_space_and_never_swallows_the_rest_of_the_line(bot):
    # Ctrl-Space sends a NUL, which prompt_toolkit reads as "set the mark": every key after it was dropped
    # (an emacs selection takes no typing), so "what", Ctrl-Space, "is HO" asked "what".
    import io

    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import ColorDepth
    from prompt_toolkit.output.vt100 import Vt100_Output

    from chatbot.frontends.repl import run_interactive

    written = io.StringIO()
    output = Vt100_Output(written, lambda: Size(rows=24, columns=80), default_color_depth=ColorDepth.DEPTH_1_BIT)
    with create_pipe_input() as keys:
        keys.send_text("what\x00is HO\r")
        keys.send_text("quit\r")
        assert run_interactive(bot, color=False, terminal_input=keys, terminal_output=output) == 0
    shown = " ".join(re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]", "", written.getvalue()).split())
    assert " ".join(bot.bank.by_id["what-is-ho"].answer.split()[:12]) in shown


def test_ctrl_space_in_the_kiosk_types_a_space_and_never_freezes_the_box(bot):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from chatbot.frontends.kiosk import Kiosk

    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        keys.send_text("what\x00is HO\r\x18\x11")
        assert kiosk.run() == 0
    shown = "".join(text for _, text in kiosk.state.fragments)
    assert shown.startswith("You: what is HO") and [s.id for s in kiosk.state.suggestions] == list(
        bot.bank.by_id["what-is-ho"].related[:3]
    )
