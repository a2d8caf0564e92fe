"""Ninth hostile-input hunt: each test is a problem found by attacking the real product, fixed."""

from __future__ import annotations

import os
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
    assert text.startswith("id,question,alternates,answer,source,related\r\n")
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
