"""Readings of round 15 (issue 9, horeading17): typo fixes that keep the question, in our own phrasings.

- A letter typed once where English doubles it, or twice where it is single, is read as that word before a commoner
  word one other slip away ("stres" is "stress", not "stores"; "realy" is "really", not the bank's "real").
- A word typed in capitals ("PHN", "CRPS") is a short form the writer knows: never corrected into another word.
- "Missed" is overlooked only in phrases ("was missed", "be missed"): "what if I miss a dose" is no question of HO
  being mistaken for something else.
- A digit after a word that asks for "to" ("compared 2", "lead 2") is the word, never before a unit.
"""

from __future__ import annotations

import pytest
from conftest import kind_and_id

from chatbot.understanding import english
from chatbot.understanding.language import typed_short_forms


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("stres", "stress"), ("realy", "really"), ("wil", "will"),
        ("tomorow", "tomorrow"), ("usualy", "usually"), ("sory", "sorry"),
    ],
)
def test_a_doubled_letter_is_the_first_reading(typed, meant):
    assert english.doubled_apart(typed) == meant
    assert english.correction(typed) == meant


def test_no_doubled_reading_without_a_common_word():
    assert english.doubled_apart("bxq") is None


def test_the_bank_word_does_not_beat_a_doubled_english_word(bot):
    # The bank uses "real"; "realy" is "really" typed with one l.
    assert bot.analyzer.correct("realy") == "really"


def test_short_forms_in_capitals_are_kept():
    assert typed_short_forms("what does PHN mean") == frozenset({"phn"})
    assert typed_short_forms("WHAT DOES IT MEAN") == frozenset()  # all capitals: shouting, not a short form
    assert typed_short_forms("what does it mean") == frozenset()


def test_a_short_form_is_not_corrected(bot):
    tokens = bot.analyzer.analyze("is XQZ a kind of this bone growth").tokens
    assert "xqz" in tokens


def test_a_missed_dose_is_not_a_mistaken_diagnosis(bot):
    assert "mistaken" not in bot.analyzer.analyze("what happens if I miss my tablet").tokens
    assert "mistaken" in bot.analyzer.analyze("can the extra bone be missed at first").tokens
    assert "mistaken" in bot.analyzer.analyze("why was it missed by the hospital").tokens


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("does the extra bone grow faster compared 2 ordinary bone", "how-fast"),
        ("which illnesses lead 2 bone forming in muscle", "other-conditions"),
    ],
)
def test_a_digit_for_to_after_a_word_that_asks_for_it(bot, message, expected):
    assert kind_and_id(bot, message) == ("answer", expected)


def test_a_digit_before_a_unit_still_counts(bot):
    assert "to" not in bot.analyzer.analyze("my op was due 2 weeks ago").concepts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how many kinds of this condition exist", "types-of-ho"),
        ("can the condition return after they cut it out", "regrowth"),
    ],
)
def test_the_condition_points_at_the_main_topic(bot, message, expected):
    assert kind_and_id(bot, message) == ("answer", expected)


def test_a_condition_asked_of_itself_is_still_what_it_is(bot):
    assert kind_and_id(bot, "what is this condition exactly") == ("answer", "what-is-ho")


@pytest.mark.parametrize(
    "message",
    ["the type my mum has does not run in the family, what is that type", "which kind do you not inherit"],
)
def test_what_the_family_does_not_pass_on_is_non_genetic(bot, message):
    assert "nongenetic" in bot.analyzer.analyze(message).tokens
    assert "genetic" not in bot.analyzer.analyze(message).tokens


def test_more_than_one_kind_asks_the_kinds(bot):
    assert kind_and_id(bot, "does HO come in more than one sort") == ("answer", "types-of-ho")


def test_how_long_one_lives_asks_how_serious(bot):
    assert kind_and_id(bot, "can this bone thing shorten a life") == ("answer", "how-serious")


def test_a_mended_auxiliary_is_read_at_the_usual_bar(bot):
    # "dose" for "does" before "it" and a verb is a plain slip: the mended question is answered as if typed right.
    assert kind_and_id(bot, "which parts of the body dose it go for") == ("answer", "where-in-body")
    # A person after it keeps the dose reading: never answered from the bank.
    assert kind_and_id(bot, "what dose she take")[0] != "answer"
