"""Round 13's hostile-input hunt: inputs that made the engine slow for seconds or minutes, and a clinic's
red-flag file whose sizes, each within its limit, multiplied into minutes of loading.

Times are measured in CPU seconds of this process (the shared test machine's wall clock varies), with
bounds several times what the fixed code needs and far below what the faults took."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.frontends.cli import main
from chatbot.safety import disguises
from chatbot.understanding import english
from chatbot.understanding.text import clean_message, normalize, read_part


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _cpu_seconds(action) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


@pytest.mark.parametrize("letter", ["é", "中", "ｱ", "\u3300", "ж"])
def test_a_long_word_of_letters_outside_latin_is_normalized_in_linear_time(letter):
    # The look-alike pass matched words with "\w*[A-Za-z]\w*", which backtracked over every start of a word
    # with no Latin letter: 16,000 "é" took 8 s, 100,000 took four minutes, 5,000 "\u3300" (four Katakana
    # each after NFKC) 24 s.
    text = letter * 60_000
    assert _cpu_seconds(lambda: normalize(text)) < 1.0


def test_look_alikes_are_still_read_in_latin_inside_a_latin_word_only():
    assert normalize("hоspital") == "hospital"  # a Cyrillic o inside a Latin word
    assert normalize("кіll myself") == "kill myself"
    assert normalize("кі сон") == "кі сон"  # all Cyrillic: another language, left alone
    assert normalize("naïve é" * 3) == "naïve é" * 3


def test_the_engine_answers_a_page_of_accented_or_east_asian_text_within_a_second(bot):
    for text in ("é" * 100_000, "中" * 16_000, "ö" * 20_000 + " kill myself"):
        assert _cpu_seconds(lambda text=text: bot.session().ask(text)) < 1.5
    assert bot.session().ask("ö" * 20_000 + " kill myself").kind == "emergency"


def test_triage_spelling_lists_a_words_slips_only_once_a_sign_is_in_reach(bot, monkeypatch):
    # Every long unknown word was first checked for being one slip from a common English word (about 60
    # look-ups a letter), before looking for a sign two slips away: a pasted page of made-up words took
    # seconds in triage alone. Now that costly check is made only for a word a sign is near.
    calls = []
    correction = english.correction
    monkeypatch.setattr(english, "correction", lambda word: calls.append(word) or correction(word))
    rng = random.Random(13)
    page = " ".join("".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(8, 12))) for _ in range(1500))
    assert bot.triage.assess(page).tier == "routine"
    assert len(calls) < 15, len(calls)


@pytest.mark.parametrize(
    "text",
    [
        "my wife has been dianosed with giant cell vasculitis",  # one slip from "diagnosed": no red flag
        "he is unconciuos and wont wake up",  # two slips from a sign word: still read as it
        "she took a whole box of paaracetamol",
    ],
)
def test_triage_spelling_reads_slips_as_before(bot, text):
    expected = {"dianosed": "routine", "unconciuos": "emergency", "paaracetamol": "emergency"}
    word = next(word for word in expected if word in text)
    assert bot.triage.assess(text).tier == expected[word]


def test_letters_spaced_out_over_a_whole_page_are_joined_quickly():
    # A NUL or a zero-width space typed between the letters of a long message reads as a space: the letters
    # were joined into one 16,000-letter word and split into English words by a dynamic programme of 18
    # look-ups a letter (a second and a half for one message).
    page = "a " * 200_000
    assert _cpu_seconds(lambda: disguises.spaced_letters_joined(page)) < 0.5
    assert disguises.spaced_letters_joined("i w a n t t o d i e") == "i want to die"


def test_letters_spaced_out_still_reveal_an_emergency(bot):
    assert bot.session().ask("c a n t b r e a t h e").kind == "emergency"
    assert bot.session().ask("\x00".join("kill myself")).kind == "emergency"


def test_the_safety_readings_of_a_huge_message_read_only_what_is_cleaned():
    # The readings of the raw text (invisible characters as spaces or removed, look-alikes) went through
    # every character of a pasted megabyte in Python before the cleaning cut it to its two ends.
    text = "what is HO\n" * 100_000 + "I can't breathe"
    part = read_part(text)
    assert len(part) < 200_000
    assert clean_message(part) == clean_message(text)
    short = "kill\u200bmyself"
    assert read_part(short) == short


def test_a_message_of_megabytes_is_answered_quickly_and_its_end_read(bot):
    text = "what is HO\n" * 1_500_000 + "I can't breathe and my lips are blue"  # 16 MB: 4 s before
    session = bot.session()
    assert _cpu_seconds(lambda: session.ask(text)) < 1.5
    assert bot.session().ask(text).kind == "emergency"


# A clinic's red-flag file (bank_triage.py): each of its limits held, but together they allowed 180 million
# phrases; a file of 60,000 signs naming word groups of 500 took two CPU minutes to check and 19 CPU seconds
# for its first two messages.

FIXTURE = Path(__file__).parent / "data" / "vasectomy-bank"


def _huge_but_within_each_limit() -> str:
    group = ", ".join(f"word{i} thing{i}" for i in range(500))
    sign = "[[" + "], [".join(['"@lots"'] * 6) + "]]"
    rules = "".join(
        f"    - name: rule-{r}\n      tier: urgent\n      signs: [{', '.join([sign] * 20)}]\n" for r in range(10)
    )
    covers = ", ".join(f"rule-{r}" for r in range(10))
    return (
        f"triage:\n  word_groups:\n    lots: [{group}]\n  rules:\n{rules}"
        f"  sources: [{{name: NHS, url: https://www.nhs.uk/, covers: [{covers}]}}]\n"
    )


def test_a_clinic_red_flag_file_too_big_in_all_is_refused_and_the_bot_runs_on_the_general_table(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "clinic"
    shutil.copytree(FIXTURE, folder)
    (folder / "triage.yaml").write_text(_huge_but_within_each_limit(), encoding="utf-8")
    assert _cpu_seconds(lambda: main(["check", str(folder)])) < 10
    err = capsys.readouterr().err
    assert "triage signs hold 600,000 phrases" in err and "at most 20,000" in err, err
    clinic = Bot.load(folder)
    assert clinic.ask("I can't breathe and my lips are blue").kind == "emergency"
    assert clinic.triage.assess("word1 thing1").tier == "routine"  # no rule of the file was taken


def test_a_clinic_red_flag_file_of_ordinary_size_still_loads():
    clinic = Bot.load(FIXTURE)
    assert not clinic.bank.triage_problems
    assert clinic.ask("sudden agony in my left testicle, started 20 minutes ago").kind == "emergency"


# The kiosk while it loads (about a second after each start, before its screen reads keys): the terminal
# turned Ctrl-C, Ctrl-\ and Ctrl-Z into signals, which ended it (130, 131) or stopped it.


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["kiosk"], "kiosk"),
        (["--faq", "kiosk", "ask", "hi"], "ask"),  # a bank folder named kiosk
        (["--fa", "bank", "kiosk"], "kiosk"),  # argparse's unique beginning of --faq
        (["--faq=bank", "--emergency-number", "000", "kiosk", "--idle-seconds", "60"], "kiosk"),
        (["ask", "kiosk"], "ask"),
        (["--no-color", "kiosk"], "kiosk"),
        ([], None),
    ],
)
def test_the_command_is_found_before_the_command_line_is_parsed(argv, command):
    from chatbot.frontends.console import _command

    assert _command(argv) == command


_SIGNALS_WHILE_LOADING = """
import os, signal, sys
from chatbot.frontends import cli, console

real = cli._run_kiosk


def run_after_keys_pressed_while_loading(args):
    for name in ("SIGINT", "SIGQUIT"):  # as the terminal sends them for Ctrl-C and Ctrl-\\
        os.kill(os.getpid(), getattr(signal, name))
    return real(args)


cli.COMMANDS["kiosk"] = run_after_keys_pressed_while_loading
sys.argv = ["chatbot", *sys.argv[1:]]
console.main()
"""


def test_ctrl_c_and_ctrl_backslash_while_the_kiosk_loads_do_not_end_it():
    from terminal import Terminal

    term = Terminal("kiosk", "--exit-key", "c-x c-q", program=("-c", _SIGNALS_WHILE_LOADING))
    try:
        term.wait_for("Your question:")
        assert term.child.isalive()
        term.type("\x18\x11")  # the operator's key
        assert term.exit_code() == 0
        assert b"Traceback" not in term.raw
    finally:
        term.close()


@pytest.mark.parametrize("mark", ["\u202e", "\u202b", "\u2067"])
def test_a_bidirectional_override_in_a_banks_text_is_refused_as_invisible(tmp_path, monkeypatch, capsys, mark):
    # Invisible, it made the web page show an answer's words in another order than the one reviewed
    # ("take 2\u202e01\u202c tablets"); check passed it, though it refused every other invisible control.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "heel"
    shutil.copytree(Path(__file__).parent / "data" / "heel-bank", folder)
    entries = folder / "entries.yaml"
    text = entries.read_text(encoding="utf-8")
    entries.write_text(text.replace("It is one of the most common", f"It is one of {mark}the most common", 1), "utf-8")
    assert main(["check", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"field 'answer' holds an invisible control character (U+{ord(mark):04X})" in err, err
    sheet = tmp_path / "heel.csv"
    sheet.write_text(f"id,question,answer\nheel-ache,Why does my heel ache?,It aches {mark}from strain.\n", "utf-8")
    assert main(["import", str(sheet), "--to", str(tmp_path / "new"), "--reviewed", "2025-01-01"]) == 2
    hidden = f"invisible control character (U+{ord(mark):04X})"
    expected = f"row 2 [heel-ache], column C 'answer': field 'answer' holds an {hidden}"
    assert expected in capsys.readouterr().err
