"""Slips that land on a real word, and short words missing a letter, read as the bank word one slip away.

A typo of a bank word is often another English word ("serous" for "serious", "sins" for "signs", "heath" for
"health") or, in a short word, a string English's list reads as some other small word ("bne" as "be"). The
analyzer offers the bank's word as another reading; the session keeps it only if the bank then answers clearly.
"""

from __future__ import annotations

import pytest

from chatbot import Bot


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what are the first sins of heterotopic ossification", "early-symptoms"),
        ("is heterotopic bone serous", "how-serious"),
        ("which heath problems bring on HO", "other-conditions"),
        ("is a brooker grad 4 bad", "grade-4"),
        ("can HO be curd with surgery", "treatment"),
    ],
)
def test_a_real_word_one_slip_from_a_bank_word_is_read_as_it(bot, question, expected):
    reply = bot.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


def test_the_readings_offer_bank_words_english_does_not_know():
    bot = Bot.load()
    readings = bot.analyzer.real_word_readings(("what", "is", "the", "broker", "scale", "for", "ho"), limit=8)
    assert ("what", "is", "the", "brooker", "scale", "for", "ho") in readings  # "brooker" is in no English list
    short = bot.analyzer.typo_readings(("can", "extra", "bne", "come", "back"))
    assert ("can", "extra", "bone", "come", "back") in short


@pytest.mark.parametrize(
    "question",
    [
        "connect with my phone",  # "phone" is no slip of "prone" (the risk concept)
        "from now on, refer to me as chuck",  # "chuck" is no "check", nor "refer" a medical word
        "where can i get the form for my taxes",  # "taxes" is no "takes"
    ],
)
def test_no_slip_is_guessed_in_a_message_nothing_else_makes_medical(bot, question):
    assert bot.ask(question).kind != "answer"


def test_a_person_or_a_body_part_is_never_read_as_another_word():
    bot = Bot.load()
    readings = bot.analyzer.real_word_readings(("can", "kids", "get", "ho"), limit=8)
    assert all(reading[1] == "kids" for reading in readings)  # never "kinds": a person is who is asked about
    assert bot.ask("can kids get HO").id != "types-of-ho"
    shin = bot.analyzer.real_word_readings(("is", "ho", "on", "the", "shin", "common"), limit=8)
    assert all(reading[4] == "shin" for reading in shin)  # a body part is never another one


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does heterotopic bone grow in the elbwos", "where-in-body"),  # "elbows": the bank says "elbow"
        ("how is heterotopic ossification satged", "brooker-scale"),  # "staged": the bank says "stage"
    ],
)
def test_a_typo_of_another_form_of_a_bank_word_is_read_as_that_form(bot, question, expected):
    # Two slips from every form the bank lists, one from an English form of one of them (however rare in English).
    reply = bot.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


def test_a_decade_of_life_says_who_is_asked_about_not_what(bot):
    # "Thirties" is rare in English, and unknown it would weigh as much as a condition's name.
    reply = bot.ask("is a woman in her forties more at risk of heterotopic ossification")
    assert (reply.kind, reply.id) == ("answer", "who-is-at-risk")


def test_words_run_together_are_read_apart_only_into_the_banks_words():
    bot = Bot.load()
    # Hyphens dropped, spaces left out: "bone-in-the-wrong-place" typed as one word still names HO.
    assert "ho" in bot.analyzer.analyze("which joints does boneinthewrongplace affect").tokens
    reply = bot.ask("which joints does boneinthewrongplace affect most")
    assert (reply.kind, reply.id) == ("answer", "where-in-body")
    # A word of the general lists is never split ("grandkids" is no "grand kids"), nor one the bank uses.
    assert "grandkid" in bot.analyzer.analyze("my grandkids have heterotopic ossification").tokens
