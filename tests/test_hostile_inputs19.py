"""Round 17 (hostile19): the small leftovers, and hostile input to every front end.

Wordings here are our own, written for these tests, not copied from the measured sets.
"""

from __future__ import annotations

import re

import pytest

from chatbot.conversation import whole_message


def _after_an_answer(bot):
    session = bot.session()
    reply = session.ask("what is HO")
    assert reply.kind == "answer" and session.offered
    return session


# 1. A choice is typed clean: a bracket left open or a mark cut off is no pick.


@pytest.mark.parametrize("typed", ["[2", "2]", "(2", "2~", "{2}", "<2>", "2)(", ")2"])
def test_a_cut_off_marker_is_no_choice_and_no_answer(bot, typed):
    session = _after_an_answer(bot)
    offered = session.offered
    reply = session.ask(typed)
    assert reply.kind == "fallback" and reply.text != bot.bank.messages["no_such_choice"]
    assert session.offered == offered  # the list stays on offer: "2" then picks from it
    second = session.ask("2")
    assert second.kind == "answer" and second.id == offered[1].id


@pytest.mark.parametrize(
    "typed",
    ["2", "2.", "2)", "(2)", " 2 ) ", "option 2", "the second one", "#2", "no. 2", "2!", "2?", "option: 2"]
    + ["2 \U0001f44d\U0001f3fd"],  # an emoji beside it, with a skin tone
)
def test_a_clean_choice_still_picks(bot, typed):
    session = _after_an_answer(bot)
    second = session.offered[1].id
    reply = session.ask(typed)
    assert reply.kind == "answer" and reply.id == second


# 2. A number with its unit typed onto it reads as the two words.


@pytest.mark.parametrize(
    "glued",
    [
        "at what grade are the bone pieces less than 1cm apart",
        "does a gap over 1cm between the bone bits mean grade 2",
        "can HO show on an x-ray 6weeks after the operation",
    ],
)
def test_a_unit_typed_onto_its_number_reads_as_two_words(bot, glued):
    apart = re.sub(r"(\d)([a-z])", r"\1 \2", glued)
    assert apart != glued
    one, two = bot.session().ask(glued), bot.session().ask(apart)
    assert one.kind == "answer" and (one.kind, one.id) == (two.kind, two.id)


def test_glued_units_split_only_units(bot):
    analyzer = bot.analyzer
    assert analyzer._glued_units_apart(["1cm", "38c", "5mg", "3days", "10pm"]) == [
        "1", "cm", "38", "c", "5", "mg", "3", "days", "10", "pm"
    ]  # fmt: skip
    # Ordinals, a vitamin, an id-like word and words with digits after letters stay as typed.
    kept = ["2nd", "b12", "covid19", "4th", "12abc", "3x"]
    assert analyzer._glued_units_apart(kept) == kept


def test_a_texting_today_is_not_split_into_a_day_count(bot):
    analysis = bot.analyzer.analyze("is 2day ok")
    assert "2" not in analysis.tokens


# 3. A message is split once.


def test_a_message_is_split_once_and_the_reply_is_the_same(bot, monkeypatch):
    calls = []
    real = whole_message.split_message

    def counting(text):
        calls.append(text)
        return real(text)

    wording = "my hip was replaced last spring. can the extra bone come back after they remove it?"
    before = bot.session().ask(wording)
    monkeypatch.setattr(whole_message, "split_message", counting)
    after = bot.session().ask(wording)
    assert (after.kind, after.id, after.text) == (before.kind, before.id, before.text)
    assert len(calls) == len(set(calls))  # each text split once


def test_the_split_is_forgotten_after_the_message(bot):
    session = bot.session()
    session.ask("my elbow was broken in a fall. what are the early signs?")
    assert session.current.splits == {}


# 4. A bleed going on now while on a blood thinner gets the triage reply first, not the bank's answer.


@pytest.mark.parametrize(
    "told",
    [
        "my nose started bleeding 25 minutes ago and it hasn't stopped, I'm on warfarin",
        "I'm on warfarin and my nose has been pouring blood for half an hour",
        "nosebleed for 20mins now, i take warfarin for my heart",
    ],
)
def test_a_bleed_now_on_a_blood_thinner_gets_the_red_flag_reply_first(bot, told):
    reply = bot.session().ask(told)
    assert reply.kind in ("urgent", "emergency")
    assert "blood thinner that might help" not in reply.text


def test_the_warfarin_question_is_still_answered(bot):
    reply = bot.session().ask("is warfarin used against HO?")
    assert reply.kind == "answer" and reply.id == "warfarin"


def test_the_conversation_has_the_split_memo():
    assert callable(whole_message.split) and callable(whole_message.split_once)


# The piped chat: a line ends at a bare carriage return too, and a line is answered as soon as it arrives.


def test_piped_questions_with_bare_carriage_returns_are_each_answered():
    import io

    from chatbot.frontends.repl import _stdin_lines

    data = b"how does HO start\rcan it come back\r\nwhat is POH\r\xff odd\n"
    lines = list(_stdin_lines(io.BufferedReader(io.BytesIO(data))))
    assert lines == ["how does HO start", "can it come back", "what is POH", "\ufffd odd"]


def test_a_piped_file_of_bare_carriage_returns_past_the_line_limit_is_read_to_its_end():
    import io

    from chatbot.frontends.repl import MAX_PIPED_LINE_BYTES, _stdin_lines

    data = b"is HO painful\r" * (MAX_PIPED_LINE_BYTES // 10) + b"what is FOP\r"
    lines = list(_stdin_lines(io.BufferedReader(io.BytesIO(data))))
    assert len(lines) == MAX_PIPED_LINE_BYTES // 10 + 1 and lines[-1] == "what is FOP"


def test_the_piped_chat_answers_each_line_before_the_next_arrives():
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "chatbot"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        for question in (b"what is HO\n", b"how is HO treated\r\n"):
            process.stdin.write(question)
            process.stdin.flush()
            while b"Source:" not in (line := process.stdout.readline()):
                assert line, process.stderr.read()
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()


# The engine API: a caller's slip never raises.


@pytest.mark.parametrize("ids", [None, 5, [None, 1, ["x"], {"a": 1}], "no-such-id"])
def test_offering_nothing_usable_offers_nothing(bot, ids):
    assert bot.session().offer(ids) == ()


def test_offering_one_id_alone_offers_it(bot):
    first = bot.bank.example_ids[0]
    assert [s.id for s in bot.session().offer(first)] == [first]


def test_a_memoryview_of_utf8_is_read_as_the_question(bot):
    reply = bot.session().ask(memoryview(b"how is HO treated?"))
    assert reply.kind == "answer" and reply.id == bot.session().ask("how is HO treated?").id


# Text cleaning goes through each different character once, not each character: a pasted page stays quick.


def test_cleaning_classifies_each_different_character_once(monkeypatch):
    import unicodedata

    from chatbot.understanding import text as text_module

    calls = []

    class Counting:
        def __getattr__(self, name):
            return getattr(unicodedata, name)

        @staticmethod
        def category(char):
            calls.append(char)
            return unicodedata.category(char)

    monkeypatch.setattr(text_module, "unicodedata", Counting())
    pasted = ("bo" + "\u0301\u0302" * 40 + "ne \u202e\u200d\U0001f9b4\x07 ") * 3000
    cleaned, _ = text_module.clean_question(pasted)
    assert len(calls) < 200  # about 10 different characters, a few passes each (was one call a character)
    assert "\u202e" not in cleaned and "\x07" not in cleaned and "\u0301" in text_module.normalize(pasted[:50])


def test_the_fast_cleaning_keeps_what_the_character_by_character_one_did():
    import random
    import unicodedata

    from chatbot.understanding.text import _SPACE_CONTROLS, _is_unsafe, strip_unsafe

    def by_character(text, controls_as_spaces):
        kept = []
        for char in text:
            if char in _SPACE_CONTROLS or (controls_as_spaces and unicodedata.category(char) == "Cc"):
                kept.append(" ")
            elif not _is_unsafe(char):
                kept.append(char)
        return "".join(kept)

    generator = random.Random(19)
    codes = [generator.choice([generator.randint(0, 0x3FF), generator.randint(0x2000, 0x206F)]) for _ in range(5000)]
    text = "".join(map(chr, codes))
    text = text.replace("\x1b", "").replace("\x9b", "").replace("\x9d", "").replace("[", "").replace("]", "")
    for controls_as_spaces in (False, True):
        assert strip_unsafe(text, controls_as_spaces) == by_character(text, controls_as_spaces)
