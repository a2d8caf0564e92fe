"""Round 27 hostile-input hunt (hostile29): an emergency word hidden in Unicode letters drawn like Latin ones.

NFKC already reads fullwidth, bold, italic, circled and superscript letters as the plain ones, and the look-alike
table read Cyrillic and Greek. A "fancy text" generator also writes small capitals ("ᴄʜᴇsᴛ ᴘᴀɪɴ") and letters in
black circles and squares ("🅒🅗🅔🅢🅣"), which NFKC leaves alone; and Armenian, Cherokee and Lisu letters (and the
IPA "ɑ", "ɡ", dotless "ı") are drawn as Latin ones too. Each of the messages below was a fallback, a clarify or an
answer before this round.
"""

from __future__ import annotations

import datetime
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import META, entry_yaml

from chatbot import BankError, Bot
from chatbot.understanding.text import _LOOK_ALIKES, fold, in_latin_letters, normalize

HIDDEN_EMERGENCIES = [
    "I want to ᴋɪʟʟ myself",  # small capitals: was a fallback
    "ɪ ʜᴀᴠᴇ ᴄʀᴜsʜɪɴɢ ᴄʜᴇsᴛ ᴘᴀɪɴ",  # was a fallback
    "my dad is ᴜɴᴄᴏɴsᴄɪᴏᴜs",  # was a fallback
    "I have crushing 🅒🅗🅔🅢🅣 🅟🅐🅘🅝",  # negative circled: was a fallback
    "I have crushing 🅲🅷🅴🆂🆃 🅿🅰🅸🅽",  # negative squared: was a fallback
    "I have crushing 🇨🇭🇪🇸🇹 🇵🇦🇮🇳",  # regional indicator letters: was a fallback
    "I want to Ꮶill myself",  # a Cherokee K: was a clarify
    "I want to ᏦᎥᏞᏞ myself",  # all Cherokee
    "I ꓚAN'T BREATHE",  # a Lisu C: was an answer (breathing in FOP)
    "I want to kіll mysеlf",  # Cyrillic, as before
]


@pytest.mark.parametrize("message", HIDDEN_EMERGENCIES)
def test_an_emergency_in_letters_drawn_like_latin_ones_is_an_emergency(bot, message):
    assert bot.session().ask(message).kind == "emergency"


@pytest.mark.parametrize("message", HIDDEN_EMERGENCIES[:3])
def test_the_same_mid_conversation(bot, message):
    session = bot.session()
    session.ask("what is HO")
    assert session.ask(message).kind == "emergency"


@pytest.mark.parametrize(
    ("message", "entry"),
    [("ᴡʜᴀᴛ ɪs ʜᴏ", "what-is-ho"), ("what are the ꜱʏᴍᴘᴛᴏᴍꜱ of HO", "early-symptoms"), ("ꓪHAT IS HO", "what-is-ho")],
)
def test_a_question_in_small_capitals_or_with_a_look_alike_is_read(bot, message, entry):
    # Small capitals are Latin letters in any word: the question itself is read, not only its red flags.
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", entry)


def test_small_capitals_and_black_squares_fold_as_their_letters():
    assert fold("ᴄʜᴇꜱᴛ ᴘᴀɪɴ") == "chest pain"
    assert fold("🅲🅷🅴🆂🆃 🅒🅗🅔🅢🅣") == "chest chest"
    # A letter that is more than one plain letter is left as it is ("ᴃ", small capital barred B).
    assert normalize("ᴃ") == "ᴃ"


def test_look_alikes_of_other_scripts_are_read_in_latin_only_inside_latin_words():
    # In a word of Latin letters the look-alike is a disguise; a word all in another script is that script's own
    # word, read in Latin by the safety reading only.
    assert normalize("ꓚAN'T") == "CAN'T"
    assert normalize("օրինակ") == "օրինակ"  # Armenian, "example"
    assert in_latin_letters("ᏦᎥᏞᏞ") == "KiLL"
    assert in_latin_letters("I want to kill myself") is None


def test_a_flag_is_not_read_as_letters_outside_safety(bot):
    # Regional indicator letters are a flag in pairs: only the safety reading spells them out.
    assert normalize("I live in the 🇬🇧") == "I live in the 🇬🇧"
    assert bot.session().ask("I live in the 🇬🇧, what is HO?").id == "what-is-ho"


def test_each_latin_letter_drawn_otherwise_is_the_letter_its_unicode_name_says():
    drawn = {
        "LATIN LETTER SMALL CAPITAL ": str.lower,
        "NEGATIVE CIRCLED LATIN CAPITAL LETTER ": str.upper,
        "NEGATIVE SQUARED LATIN CAPITAL LETTER ": str.upper,
    }
    expected = {}
    for start, end in ((0x0250, 0x02B0), (0x1D00, 0x1D80), (0xA720, 0xA800), (0x1F150, 0x1F190)):
        for code in range(start, end):
            name = unicodedata.name(chr(code), "")
            for prefix, case in drawn.items():
                if name.startswith(prefix) and len(name) == len(prefix) + 1:  # one letter: not "... BARRED B"
                    expected[code] = case(name[-1])
    as_text = {code: chr(to) if isinstance(to, int) else to for code, to in _LOOK_ALIKES.items()}
    table = {code: letter for code, letter in as_text.items() if letter.isascii() and letter.isalpha()}
    assert table == expected
    assert len(expected) == 25 + 26 + 26  # no small capital X in Unicode


@pytest.mark.parametrize(
    "message",
    [
        "I want to k.i.l.l myself",  # letters set apart by dots, hyphens or underscores: each was a fallback
        "I want to k-i-l-l myself",
        "I want to k_i_l_l myself",
        "I c.a.n.t b.r.e.a.t.h.e",
        "c-a-n-t b-r-e-a-t-h-e",
        "I want to unalive myself",  # the words written where a site hides "suicide": each was a fallback
        "thinking of unaliving myself",
        "sewer slide",
        "I want to k*ll myself",  # a letter starred out, as people censor a word: each was a fallback
        "i want to k*ll m*self",
        "I'm thinking about s*icide",
        "thinking about su*c*de",
        "I w*nt to d*e",
        "I c*n't br*athe",
    ],
)
def test_a_disguised_or_hidden_wish_to_die_is_an_emergency(bot, message):
    reply = bot.session().ask(message)
    assert reply.kind == "emergency"


def test_letters_set_apart_by_dots_in_a_short_form_still_read_as_the_short_form(bot):
    # "F.O.P" was the short form before; the reading that joins "k.i.l.l" is for safety only.
    assert bot.session().ask("wat r the signs of F.O.P").id == "fop-symptoms"


def _problems(folder) -> list[str]:
    with pytest.raises(BankError) as raised:
        Bot.load(folder)
    return [problem.message for problem in raised.value.problems]


@pytest.mark.parametrize("invisible", ["\\u200b\\u200b\\u2060", "\\u3164", "\\u2800 \\u00ad", "\\ufeff\\u200d"])
def test_an_answer_of_characters_that_show_nothing_is_empty(make_bank, invisible):
    # It loaded, and a patient read a blank answer above "Source: ..." (JSON front ends passed the characters on).
    folder = make_bank(
        {"entries.yaml": META + "entries:\n" + entry_yaml("a-thing", "What is a thing?", f'"{invisible}"')}
    )
    assert "the answer is empty" in _problems(folder)


def test_a_question_of_characters_that_show_nothing_is_empty(make_bank):
    entry = '  - id: a-thing\n    question: "\\u200b"\n    alternates: [what is a thing]\n    answer: A thing. Ask.\n'
    folder = make_bank({"entries.yaml": META + "entries:\n" + entry})
    assert "field 'question' is empty" in _problems(folder)


def test_a_soft_hyphen_inside_an_answer_is_still_an_answer(make_bank):
    folder = make_bank(
        {
            "entries.yaml": META
            + "entries:\n"
            + entry_yaml("a-thing", "What is a thing?", '"Physio\\u00adtherapy helps. Ask."')
        }
    )
    assert [entry.id for entry in Bot.load(folder).bank.entries] == ["a-thing"]


def test_a_review_date_still_to_come_is_refused(make_bank):
    # Patients read "medically reviewed November 1, 2099" under every answer: a slip of the year.
    meta = "meta: {title: Test bank, topic: test questions, source: tests, reviewed: 2099-11-01}\n"
    folder = make_bank({"entries.yaml": meta + "entries:\n" + entry_yaml("a-thing", "What is a thing?")})
    assert any("2099-11-01, a day still to come" in message for message in _problems(folder))


def test_a_review_date_of_today_or_tomorrow_is_taken(make_bank):
    # A clinic ahead of the server's time zone may write its own today.
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    meta = f"meta: {{title: Test bank, topic: test questions, source: tests, reviewed: {tomorrow}}}\n"
    folder = make_bank({"entries.yaml": meta + "entries:\n" + entry_yaml("a-thing", "What is a thing?")})
    assert [entry.id for entry in Bot.load(folder).bank.entries] == ["a-thing"]


def test_a_failed_part_of_the_idle_wipe_neither_stops_the_clock_nor_keeps_the_conversation(bot, monkeypatch):
    # A fault raised out of the idle clock ended it for good: the screen and the session kept the last person's
    # conversation, and no later wipe ever came.
    from kiosk_support import EXIT
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from chatbot.frontends.kiosk import Kiosk

    forget = bot.forget_typed_words
    calls = []
    armed = []

    def failing_once():
        calls.append(1)
        if armed and len(armed) == 1:
            armed.append("failed")
            raise RuntimeError("a fault in one part of the wipe")
        forget()

    monkeypatch.setattr(bot, "forget_typed_words", failing_once)
    seen = []
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 0.6, 0.3, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        armed.append("the first idle wipe fails")  # not the wipe the kiosk starts with

        def person(question: str) -> None:
            before = len(calls)
            keys.send_text(question + "\r")
            deadline = time.monotonic() + 20
            while len(calls) == before and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.2)
            seen.append(("".join(text for _, text in kiosk.state.fragments), kiosk.session.memory.last_reply))

        def people():
            time.sleep(0.3)
            person("what is FOP")
            person("how is HO treated")
            keys.send_text(EXIT)

        typing = threading.Thread(target=people)
        typing.start()
        assert kiosk.run() == 0
        typing.join()
    assert armed[-1] == "failed"
    assert len(seen) == 2  # the clock went on after the failed wipe and wiped the second person too
    for screen, last_reply in seen:
        assert "You:" not in screen and "FOP" not in screen and "treat" not in screen.lower()
        assert last_reply is None


def test_the_first_bank_by_hand_checks_as_docs_clinic_banks_shows(tmp_path):
    # A newcomer's pass: the page showed "12 small-talk topics" after the general layer had grown to 13.
    from conftest import run_cli

    page = (Path(__file__).parent.parent / "docs" / "clinic-banks.md").read_text(encoding="utf-8")
    section = page.split("## A first bank by hand", 1)[1]
    bank_yaml = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    shown = section.split("$ chatbot check knee-bank\n", 1)[1].split("\n$ ", 1)[0].splitlines()
    (tmp_path / "knee-bank").mkdir()
    (tmp_path / "knee-bank" / "entries.yaml").write_text(bank_yaml, encoding="utf-8")
    done = run_cli("check", "knee-bank", cwd=tmp_path)
    lines = (done.stdout + done.stderr).decode().splitlines()
    assert done.returncode == 0
    assert lines[1:] == shown[1:]  # the first line names where the general layer is installed


@pytest.mark.parametrize(("message", "kind"), [("what the f*ck is HO", "fallback"), ("2*3 is 6", "fallback")])
def test_a_starred_word_that_is_no_red_flag_raises_none(bot, message, kind):
    assert bot.session().ask(message).kind == kind


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_piped_utf16_without_its_mark_is_read_as_utf16(encoding):
    # Read as UTF-8, each letter came with a NUL: "w h a t i s H O", and every question fell back.
    import io

    from chatbot.frontends.repl import _stdin_lines

    data = "what is HO\r\nI can't breathe\n".encode(encoding)
    assert list(_stdin_lines(io.BufferedReader(io.BytesIO(data)))) == ["what is HO", "I can't breathe"]


def test_piped_utf16_without_its_mark_is_answered_by_the_chat():
    from conftest import run_cli

    done = run_cli(input="what is HO\n".encode("utf-16-le"))
    assert done.returncode == 0
    assert b"bone grows in a place where it should not" in done.stdout


@pytest.mark.parametrize("data", [b"what is HO\n", b"\x00\x00\x00\x00", b"a\n", "caf\u00e9 HO?\n".encode()])
def test_other_input_is_still_read_as_utf8(data):
    import io

    from chatbot.frontends.repl import _stdin_lines

    assert list(_stdin_lines(io.BufferedReader(io.BytesIO(data)))) == [data.decode("utf-8").rstrip("\n")]
