"""Round 29 hostile-input hunt (hostile31): the leftovers of hostile30 and what this round's hunt found. Each hidden
emergency below was a fallback before this round; the everyday texts beside them must stay calm."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from conftest import entry_yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from chatbot import BankError, Bot
from chatbot.frontends.repl import _stdin_lines
from chatbot.frontends.stdio import serve
from chatbot.safety.backwards import read_backwards
from chatbot.safety.disguises import spaced_letters_joined, undisguised_readings
from chatbot.safety.emoji_readings import pictures_as_words
from chatbot.session_store import SessionStore

HIDDEN_EMERGENCIES = [
    "k.1.l.l myself",  # leet among letters set apart by dots
    "I want to k.1.l.l myself",
    "k 1 l l m y s 3 l f",
    "c.4.n.t b.r.3.a.t.h.e",
    "c4nt br3athe",  # leet alone (an emergency before this round too)
    "my baby is not 🫁",  # a picture for a verb, after "is not": "breathing"
    "my baby isn’t 🫁",
    "he stopped 🫁",
    "can't 🫁",
    "flesym llik ot tnaw I",  # written backwards, the letters kept
    "ehtaerb t'nac I",
]


@pytest.mark.parametrize("message", HIDDEN_EMERGENCIES)
def test_a_disguised_emergency_is_an_emergency(bot, message):
    assert bot.session().ask(message).kind == "emergency"


@pytest.mark.parametrize("message", HIDDEN_EMERGENCIES[:2] + HIDDEN_EMERGENCIES[5:6])
def test_the_same_mid_conversation(bot, message):
    session = bot.session()
    session.ask("what is HO")
    assert session.ask(message).kind == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "I was told to take 1.5 tablets at 10.30, is that normal for HO",
        "my baby weighed 3.5kg, can babies get HO",
        "is version 1.2.3 of the app up to date",
        "the scan showed a 2 x 3 cm lump, is that HO",
        "rate it 1 2 3 4 5, how bad is HO pain",
        "my baby is 🫁 fine, can babies get HO",
        "I'm 💀 lol what is HO",
        "I cut myself with a 🔪 while cooking",
        "?OH fo smotpmys eht era tahw",  # a calm question written backwards
        "gnihtaerb ym tuoba deirrow m'I",  # worry told backwards: as calm as told forwards
    ],
)
def test_digits_dots_and_pictures_in_everyday_text_raise_nothing(bot, message):
    assert bot.session().ask(message).kind not in ("emergency", "urgent")


def test_leet_among_spaced_letters_is_read_as_letters_and_numbers_stay_numbers():
    assert spaced_letters_joined("k.1.l.l myself") == "kill myself"
    assert spaced_letters_joined("k.i.1.1 myself", one_as_l=True) == "kill myself"
    assert "kill myself" in undisguised_readings("k.1.l.l myself")
    # A run of digits alone is a number (a version, a list): never joined or read as letters.
    assert spaced_letters_joined("version 1.2.3 of the app") in (None, "version 1.2.3 of the app")
    assert undisguised_readings("take 1.5 tablets at 10.30") == []


def test_a_verb_picture_after_be_or_stop_reads_in_its_ing_form():
    assert pictures_as_words("my baby is not 🫁") == "my baby is not  breathing "
    assert pictures_as_words("he stopped 🫁") == "he stopped  breathing "
    assert pictures_as_words("I can't 🫁") == "I can't  breathe "
    # "die" has no such form: "I'm 💀" is slang for laughing.
    assert pictures_as_words("I'm 💀 lol") == "I'm  die  lol"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,:-_ /", max_size=40))
def test_digits_and_dots_alone_are_never_read_as_letters(text):
    """Doses, times, dates and version numbers with no letter: no disguise is undone in them."""
    assert undisguised_readings(text) == []


class _Trickle(io.RawIOBase):
    """A pipe whose writer sends two bytes at a time: each read gives at most two."""

    def __init__(self, data: bytes):
        self._data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        piece, self._data = self._data[:2], self._data[2:]
        buffer[: len(piece)] = piece
        return len(piece)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_json_lines_sent_as_utf16_two_bytes_at_a_time_are_read(bot, encoding):
    # The first peek saw two bytes, too few to tell: every line was "not valid JSON", the emergency among them.
    sent = "".join(json.dumps({"session": "a", "text": text}) + "\n" for text in ("I can't breathe", "what is HO"))
    replies = io.StringIO()
    serve(SessionStore(bot), io.BufferedReader(_Trickle(sent.encode(encoding))), replies)
    first, second = (json.loads(line) for line in replies.getvalue().splitlines())
    assert first["kind"] == "emergency"
    assert (second["kind"], second["id"]) == ("answer", "what-is-ho")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-8"])
def test_piped_chat_lines_sent_two_bytes_at_a_time_are_read(encoding):
    data = "what is HO\nI can't breathe\n".encode(encoding)
    assert list(_stdin_lines(io.BufferedReader(_Trickle(data)))) == ["what is HO", "I can't breathe"]


def test_a_short_utf8_request_is_answered_before_more_input_comes():
    """Reading ahead to tell UTF-16 must not wait for bytes a client has not sent: "{}" and its line end are three
    bytes, and the client waits for the reply before it writes again."""
    process = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--stdio"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, "PYTHONHASHSEED": "0"},
    )  # fmt: skip
    try:
        process.stdin.write(b"{}\n")
        process.stdin.flush()
        reply = json.loads(process.stdout.readline())
        assert "error" in reply or "kind" in reply
        process.stdin.close()
        assert process.wait(timeout=120) == 0
    finally:
        process.kill() if process.poll() is None else None


_META = "meta: {title: Test bank, topic: test questions, source: tests, reviewed: 2025-01-01}\n"


def _problems(folder) -> list[tuple[int | None, str]]:
    with pytest.raises(BankError) as raised:
        Bot.load(folder)
    return [(problem.line, problem.message) for problem in raised.value.problems]


@pytest.mark.parametrize("length", [1025, 5000])
def test_a_key_longer_than_yaml_allows_is_named_with_its_length_and_line(make_bank, length):
    # The parser said only "could not find expected ':'", at the line's end.
    text = _META + "entries:\n" + entry_yaml("a-thing", "What is a thing?") + "    " + "x" * length + ": more\n"
    [(line, message)] = _problems(make_bank({"entries.yaml": text}))
    assert line == text.count("\n")
    assert f"{length:,} characters" in message and "1,024" in message and "could not find" not in message


def test_a_key_of_1024_characters_is_no_such_problem(make_bank):
    text = _META + "entries:\n" + entry_yaml("a-thing", "What is a thing?") + "    " + "x" * 1024 + ": more\n"
    try:
        Bot.load(make_bank({"entries.yaml": text}))
    except BankError as error:
        assert all("1,024" not in problem.message for problem in error.problems)


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\ufffe"])
def test_a_character_yaml_refuses_is_named_with_its_line(make_bank, character):
    # A NUL was "unacceptable character #x0000 ... in "<unicode string>", position 16", with no line.
    text = _META + "entries:\n" + entry_yaml("a-thing", f"What is a {character}thing?")
    [(line, message)] = _problems(make_bank({"entries.yaml": text}))
    assert line == 4 and f"U+{ord(character):04X}" in message and "position" not in message


def test_a_folder_named_like_a_bank_file_is_named_as_a_folder(make_bank):
    folder = make_bank({"topics.yaml": "topic_words: [thing]\n"})
    (folder / "entries.yaml").mkdir()
    [(_, message)] = _problems(folder)
    assert "folder, not a file" in message  # was "missing section 'meta' ... (is entries.yaml there?)"


def test_a_fifo_in_a_bank_folder_is_refused_at_once(make_bank):
    folder = make_bank({"entries.yaml": _META + "entries:\n" + entry_yaml("a-thing", "What is a thing?")})
    os.mkfifo(folder / "more.yaml")  # no writer: reading it would wait for ever
    [(_, message)] = _problems(folder)
    assert "not a regular file" in message


def test_text_written_backwards_is_read_from_its_end_only_when_only_so_it_is_english():
    assert read_backwards("flesym llik ot tnaw I") == "I want to kill myself"
    assert read_backwards("what is HO") is None  # English as written
    assert read_backwards("que es la osificacion heterotopica") is None  # no English either way
    assert read_backwards("OH") is None  # one word: nothing to tell by


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_read_backwards_is_none_or_the_text_reversed(text):
    assert read_backwards(text) in (None, text[::-1])


_CALM_PIECES = [
    "what", "is", "HO", "how", "long", "does", "it", "take", "1.5", "mg", "at", "10.30", "v2.3.1", "3.5kg", "x", "2",
    "a", "b", "c", ".", "-", "_", "1", "3", "4", "0", "5", "💀", "😭", "my", "baby", "is", "fine", "ǝ", "?", "e.g.",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_CALM_PIECES), min_size=1, max_size=14))
def test_everyday_words_with_digits_dots_and_pictures_never_alarm(bot, pieces):
    """Doses, times, sizes, versions, letters set apart, faces and turned letters among calm words: a reply, never a
    crash and never an emergency or an urgent reply."""
    reply = bot.session().ask(" ".join(pieces))
    assert reply.kind not in ("emergency", "urgent"), pieces
