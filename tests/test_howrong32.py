"""Round 30 (howrong32): wrong answers on HO questions written by other people, fixed as classes. Our own
paraphrases, not the tuning sets'.

The inherited kind asked of alone ("is it hereditary?", "the genetic sort", "a genetic version") is the genetic
entry's question; the types entry keeps the two kinds set side by side ("inherited or not", "genetic and
non-genetic", "what kinds are there")."""

import pytest
from conftest import DATA, kind_and_id

from chatbot import Bot

INHERITED_KIND = [
    "is there a hereditary sort of HO",
    "tell me about the genetic version of HO",
    "can you inherit heterotopic ossification",
    "is HO hereditary",
]

BOTH_KINDS = [
    "is HO inherited or not",
    "is heterotopic ossification hereditary or not",
    "what are the types of HO",
    "whats the difference between the genetic and non genetic kinds",
    "my aunt said some of it is inherited and some comes after an injury. what kinds are there?",
]


@pytest.mark.parametrize("question", INHERITED_KIND)
def test_the_inherited_kind_asked_alone_is_the_genetic_entry(bot, question):
    assert kind_and_id(bot, question) == ("answer", "genetic-ho")


@pytest.mark.parametrize("question", BOTH_KINDS)
def test_the_two_kinds_side_by_side_stay_the_types_entry(bot, question):
    assert kind_and_id(bot, question) == ("answer", "types-of-ho")


def test_a_head_word_after_genetic_names_one_kind(bot):
    # "genetic sort" is one concept, so the message does not also ask "what sorts are there".
    assert bot.analyzer.analyze("the genetic sort").tokens == bot.analyzer.analyze("the genetic kind").tokens
    assert "type" in bot.analyzer.analyze("is it genetic or not").tokens


# Who pays for care is one lay concept (`insurance`): a bank that never speaks of paying does not read the
# question as one on the treatment it names, and a clinic whose answers tell patients to call their insurer still
# answers it.
PAYING = [
    "is radiotherapy for HO covered by my insurance",
    "would medicare pay for the operation to remove the extra bone",
    "does health insurance cover physio for heterotopic ossification",
]


@pytest.mark.parametrize("question", PAYING)
def test_a_question_on_paying_for_care_is_not_answered_as_the_treatment(bot, question):
    assert bot.session().ask(question).kind != "answer"


def test_the_treatment_asked_without_paying_is_still_answered(bot):
    assert kind_and_id(bot, "is radiotherapy for HO painful") == ("answer", "radiation-therapy")
    assert kind_and_id(bot, "can physio help with heterotopic ossification") == ("answer", "physical-therapy")


def test_a_clinic_that_speaks_of_insurers_still_answers():
    # The cast clinic's driving answer names the insurer, so the concept is its own word too.
    cast = Bot.load(DATA / "cast-bank")
    assert kind_and_id(cast, "will my insurance cover me driving in a cast") == ("answer", "driving")
