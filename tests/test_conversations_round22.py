"""Conversations of round 22 (issue 9, part 4): a short question with no subject of its own, right after an answer,
is read with that answer's subject (conv24, `follow_ups.subjectless_question_reading`).

"What types are there?" after how psoriasis is diagnosed fell back: no subject, no pronoun and no follow-up opener, so
it was read only alone, where it names nothing and falls back (as it must in a fresh session). Right after an answer
it cannot stand on its own. The reading is tried only once every reading of the message alone has failed, so a
message answered fresh is answered the same; it must clear the usual bar and reach an entry that says what the
message asks. The near misses: the same message fresh, after a fallback, an everyday question, a word the bank
never says.
"""

from __future__ import annotations

import pytest
from conftest import DATA

from chatbot.bot import Bot

PSORIASIS = DATA / "tuning" / "psoriasis-bank"


@pytest.fixture(scope="module")
def psoriasis():
    return Bot.load(PSORIASIS)


def _after(bot, earlier, question):
    session = bot.session()
    for asked in earlier:
        session.ask(asked)
    return session.ask(question)


def test_a_question_with_no_subject_right_after_an_answer_asks_of_its_subject(psoriasis):
    reply = _after(psoriasis, ["how do they diagnose psoriasis"], "what types are there")
    assert (reply.kind, reply.id, reply.via) == ("answer", "types", "follow-up")
    assert reply.score >= 60


def test_the_same_question_fresh_still_names_nothing(psoriasis):
    assert psoriasis.ask("what types are there").kind != "answer"


def test_after_a_reply_that_was_no_answer_there_is_nothing_to_lean_on(psoriasis):
    reply = _after(psoriasis, ["how do they diagnose psoriasis", "what time is it"], "what kinds are there")
    assert reply.kind != "answer"


EVERYDAY_OR_UNKNOWN = ["what time is it", "where do you live", "would a brace help", "what colour is it"]


@pytest.mark.parametrize("question", EVERYDAY_OR_UNKNOWN)
def test_an_everyday_question_or_an_unknown_word_after_an_answer_is_not_answered(psoriasis, question):
    assert _after(psoriasis, ["how do they diagnose psoriasis"], question).kind != "answer"


def test_another_condition_named_after_an_answer_is_not_folded_in(psoriasis):
    reply = _after(psoriasis, ["what is psoriatic arthritis"], "what about gout")
    assert reply.kind != "answer"


OFF_TOPIC_AFTER_AN_ANSWER = [
    "what is your age again",
    "how does my name appear",
    "what is your name by chance",
    "what day were you born",
    "i was wondering what age you are",
]


@pytest.mark.parametrize("question", OFF_TOPIC_AFTER_AN_ANSWER)
def test_a_question_about_the_bot_or_an_everyday_thing_after_an_answer_is_not_answered(bot, question):
    # CLINC150 lines that the first forms of this reading answered after "What is HO?" (age: who gets HO).
    assert _after(bot, ["What is HO?"], question).kind != "answer"
