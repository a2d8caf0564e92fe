"""Round 28 hostile-input hunt (hostile30): emergencies written upside down, with two letters starred out, with emoji
between the letters or in place of a word, and the act told by its means. Each message below was a fallback before
this round; the informational ones beside them must stay calm."""

from __future__ import annotations

import io
import json

import pytest
from conftest import entry_yaml

from chatbot import BankError, Bot
from chatbot.frontends.stdio import MAX_LINE_BYTES, serve
from chatbot.frontends.utf16_input import utf16_encoding
from chatbot.safety.disguises import emoji_as_stars, starred_letters_read
from chatbot.safety.emoji_readings import emoji_removed, pictures_as_words
from chatbot.safety.upside_down import turned_back, turned_letters_read
from chatbot.session_store import SessionStore

HIDDEN_EMERGENCIES = [
    "ǝɥʇɐǝɹq ʇ,uɐɔ I",  # "I can't breathe" from an upside-down generator: turned and written backwards
    "ɟlǝsʎɯ llᴉʞ oʇ ʇuɐʍ I",
    "uıɐd ʇsǝɥɔ ƃuıɥsnɹɔ ǝʌɐɥ I",
    "ʞıll ɯʎsǝlɟ",  # turned letters, the order kept
    "I want to ʞıll ɯʎsǝlɟ",
    "ᗡ∀ᗡ IS ∩NCONSCIO∩S",  # turned capitals
    "k**l myself",  # two stars for two letters
    "I want to k**l myself",
    "k🔪i🔪l🔪l myself",  # emoji between the letters
    "c😭a😭n😭t b😭r😭e😭a😭t😭h😭e",
    "I want to k🔪ll myself",  # an emoji in place of a letter, read as a star
    "su💀cide",
    "I want to 🔫 myself",  # a picture for the act
    "I want to 🔪 myself",
    "I can't 🫁",
    "I want to 🪢 myself",
    "I took 20 💊💊",
    "I want to shoot myself",  # the act told by its means
    "I want to stab myself",
    "thinking of poisoning myself",
]


@pytest.mark.parametrize("message", HIDDEN_EMERGENCIES)
def test_a_disguised_emergency_is_an_emergency(bot, message):
    assert bot.session().ask(message).kind == "emergency"


@pytest.mark.parametrize("message", HIDDEN_EMERGENCIES[:3] + HIDDEN_EMERGENCIES[7:10])
def test_the_same_mid_conversation(bot, message):
    session = bot.session()
    session.ask("what is HO")
    assert session.ask(message).kind == "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "I stab myself with the heparin needle every day",  # an injection, not the act
        "do I have to stab myself in the tummy with clexane",
        "I don't want to shoot myself in the foot by skipping physio",
        "I cut myself with a 🔪 while cooking",
        "💀💀💀 what is HO",  # laughing
        "I'm 💀 lol what is HO",
        "what the f**k is HO",
        "s**t, what is HO",
        "what is HO ¿",
    ],
)
def test_the_same_words_and_pictures_in_everyday_use_raise_nothing(bot, message):
    assert bot.session().ask(message).kind not in ("emergency", "urgent")


def test_upside_down_text_is_turned_back_and_read_as_written():
    assert turned_back("ǝɥʇɐǝɹq ʇ,uɐɔ I") == "I can't breathe"
    assert turned_back("¿OH sᴉ ʇɐɥʍ") == "what is HO?"
    assert turned_letters_read("ʞıll ɯʎsǝlɟ") == "kill myself"
    # Plain text (even "q", "u" and "d", which are each other turned) is never read so.
    assert turned_back("what is HO, and can you do it?") is None
    assert turned_letters_read("what is HO") is None


def test_emoji_between_letters_are_taken_out_and_pictures_read_as_words():
    assert emoji_removed("k🔪i🔪l🔪l myself") == "kill myself"
    assert emoji_removed("c👍🏽a\u200dn't") == "can't"  # a skin tone and a joiner go with their emoji
    assert emoji_removed("my temperature is 38°C") is None  # a degree sign is no emoji
    assert emoji_removed("what is HO") is None
    assert pictures_as_words("I want to 🔫 myself") == "I want to  shoot  myself"
    assert pictures_as_words("I can't 😭") is None  # a face is no word


def test_two_stars_read_as_a_vowel_and_the_letter_beside_them():
    readings = starred_letters_read("I want to k**l myself", lambda word: True, lambda word: word == "kill")
    assert "I want to kill myself" in readings
    # One star for a doubled letter too.
    assert "kill myself" in starred_letters_read("ki*l myself", lambda word: True, lambda word: word == "kill")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_json_lines_sent_as_utf16_are_read(bot, encoding):
    # Without its mark (or with it) each line was "not valid JSON", an emergency among them.
    requests = [{"session": "a", "text": "what is HO"}, {"session": "a", "text": "I can't breathe"}]
    sent = "".join(json.dumps(request) + "\r\n" for request in requests) + "x" * (MAX_LINE_BYTES + 10) + "\n"
    replies = io.StringIO()
    serve(SessionStore(bot), io.BufferedReader(io.BytesIO(sent.encode(encoding))), replies)
    first, second, third = (json.loads(line) for line in replies.getvalue().splitlines())
    assert (first["kind"], first["id"]) == ("answer", "what-is-ho")
    assert second["kind"] == "emergency"
    assert "longer than" in third["error"]  # a line's limit still holds


def test_utf8_json_lines_are_read_as_before():
    assert utf16_encoding(b'{"session": "a", "text": "what is HO"}') is None
    assert utf16_encoding("{}".encode("utf-16-le")) == "utf-16-le"


def _problems(folder) -> list[str]:
    with pytest.raises(BankError) as raised:
        Bot.load(folder)
    return [problem.message for problem in raised.value.problems]


@pytest.mark.parametrize("day", ["1066-10-14", "1924-05-31", "1970-01-01", "1900-01-01"])
def test_a_review_date_long_past_is_refused(make_bank, day):
    # Patients read "medically reviewed October 14, 1066" under every answer: a slip of the year or an empty date.
    meta = f"meta: {{title: Test bank, topic: test questions, source: tests, reviewed: {day}}}\n"
    folder = make_bank({"entries.yaml": meta + "entries:\n" + entry_yaml("a-thing", "What is a thing?")})
    assert any(f"{day}, before 1980" in message for message in _problems(folder))


def test_a_review_date_of_1980_or_later_is_taken(make_bank):
    meta = "meta: {title: Test bank, topic: test questions, source: tests, reviewed: 1980-01-01}\n"
    folder = make_bank({"entries.yaml": meta + "entries:\n" + entry_yaml("a-thing", "What is a thing?")})
    assert [entry.id for entry in Bot.load(folder).bank.entries] == ["a-thing"]


def test_an_emoji_inside_a_word_is_read_as_a_star():
    assert emoji_as_stars("k🔪ll myself") == "k*ll myself"
    assert emoji_as_stars("k☠️☠️l") == "k**l"  # the variation selector goes with its emoji
    assert emoji_as_stars("what is HO 🙏") is None  # an emoji beside a word stays out
