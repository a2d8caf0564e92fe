"""Round 22 (horeading24): HO questions as other people write them, in our own wordings (docs/how-it-decides.md)."""

from __future__ import annotations

import pytest
from conversation_support import PRIMERS, last_reply, same_reply

from chatbot.bot import Bot
from chatbot.understanding.having_it import someone_has_it
from chatbot.understanding.no_subject import dense_rule_holds
from chatbot.understanding.taken_pronoun import takes_a_pronoun
from chatbot.understanding.text import words

ask = last_reply  # the reply to the last of these messages, asked in one session


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


# A pronoun right after an act of taking is a thing taken, never the bank's main topic (`taken_pronoun`).
@pytest.mark.parametrize(
    "question", ["how long do I take them for", "how many weeks would she be taking them", "can i start it myself"]
)
def test_a_pronoun_taken_is_a_medicine(question):
    assert takes_a_pronoun(words(question))


@pytest.mark.parametrize(
    "question", ["can they take it out", "it was too much to take it in", "how long does it take to form", "what is it"]
)
def test_taking_it_out_or_in_or_a_pronoun_before_take_is_no_medicine(question):
    assert not takes_a_pronoun(words(question))


@pytest.mark.parametrize("question", ["how long do I take them for", "how many weeks should he be taking them"])
def test_how_long_to_take_them_never_gets_when_ho_forms(bot, question):
    # It got the entry on when HO forms, read as "how long ... HO", fresh and after the ibuprofen answer.
    fresh = ask(bot, question)
    assert fresh.kind != "answer"
    for primer in PRIMERS:
        assert same_reply(ask(bot, primer, question), fresh)


def test_taking_it_out_still_reads_the_topic(bot):
    assert ask(bot, "can they take it out").id == "surgery"
    assert ask(bot, "how long does it take to form").id == "when-does-it-form"


def test_starting_them_alone_still_weighs_asking_first(bot):
    reply = ask(bot, "can ibuprofen help", "should i just start them myself")
    assert reply.kind == "answer" and reply.id == "ask-before-medicine"


# A person who gets "it" asks about the one topic: not covered, fresh as mid-conversation (`having_it`).
@pytest.mark.parametrize("question", ["can kids get it", "do toddlers get it", "could my daughter catch it"])
def test_a_person_who_gets_it_is_a_question_about_the_topic(bot, question):
    assert someone_has_it(words(question), bot.analyzer.person_nouns)
    not_covered = bot.bank.messages["not_covered"].split(".")[0]
    fresh = ask(bot, question)
    assert fresh.kind == "fallback" and fresh.text.startswith(not_covered)
    assert ask(bot, "how is it treated", question).text.startswith(not_covered)


@pytest.mark.parametrize("question", ["what time is it", "is it raining", "can you sing it for me", "kids get bored"])
def test_no_person_getting_it_keeps_the_off_topic_line(bot, question):
    assert not someone_has_it(words(question), bot.analyzer.person_nouns)
    assert ask(bot, question).text.startswith(bot.bank.messages["off_topic"][:30])


# A question with no subject, in the packaged bank: the topic reading's clear leader under the bar
# (`no_subject.dense_no_subject_lead`).
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("will it stop me bending my arm", "joint-stiffness"),
        ("could it be mistaken for a clot", "mistaken-symptoms"),
    ],
)
def test_a_question_with_no_subject_gets_its_clear_leader_fresh_and_mid_conversation(bot, question, entry):
    fresh = ask(bot, question)
    assert fresh.kind == "answer" and fresh.id == entry and fresh.via == "no subject"
    for primer in PRIMERS:
        assert same_reply(ask(bot, primer, question), fresh)


@pytest.mark.parametrize(
    "question",
    [
        "what time is it",
        "how long will it take me to get over a knee replacement",
        "is it safe to fly after my new knee",
        "can i still walk with it",  # the FOP entry speaks of walking; "it" is HO, not one of its kinds
    ],
)
def test_no_subject_lead_leaves_everyday_and_other_joint_questions(bot, question):
    reply = ask(bot, question)
    assert reply.kind != "answer" or reply.via != "no subject"


def _row(**changes) -> dict:
    row = {
        "pronoun": True, "about": True, "only_asks": False,
        "topic": {"id": "joint-stiffness", "score": 53.0, "coverage": 0.53, "margin": 19.0, "asks_more": False},
        "left": {"left_number": 0, "left_other": 0, "left_health": 1, "left_rare": 0},
    }  # fmt: skip
    for key, value in changes.items():
        part, _, field = key.partition("__")
        if field:
            row[part] = {**row[part], field: value}
        else:
            row[part] = value
    return row


def test_the_dense_no_subject_rule_holds_on_a_clear_leader():
    assert dense_rule_holds(_row())


@pytest.mark.parametrize(
    "changes",
    [
        {"topic__margin": 14.0},
        {"topic__score": 44.0},
        {"topic__coverage": 0.44},
        {"left__left_other": 1},
        {"left__left_number": 1},
        {"left__left_health": 2},
        {"pronoun": False},
        {"about": False},
        {"only_asks": True},
        {"topic__asks_more": True},
    ],
)
def test_the_dense_no_subject_rule_fails_just_past_each_bar(changes):
    assert not dense_rule_holds(_row(**changes))
