"""Any bank can say where its information comes from, from its own meta (walkthrough, round 12).

A clinic bank answered "where does this information come from?", "who wrote this", "is this reliable" with
"I can only answer questions about <topic>". The general layer's small talk now says what the bank's meta
says (title, source, reviewed date), and that it is general information, not a doctor. A bank with its own
entry on its source (the HO bank's about-source) keeps answering from it; health questions made of the same
common words ("where does this come from?") still reach the bank.
"""

from __future__ import annotations

import pytest
from conftest import DATA

from chatbot import Bot

ASKED = (
    "where does this information come from?",
    "who wrote this",
    "is this reliable",
    "where do you get your answers",
    "What are your sources?",
    "can I trust these answers",
)


@pytest.fixture(scope="module")
def heel():
    return Bot.load(DATA / "heel-bank")


@pytest.mark.parametrize("message", ASKED)
def test_a_clinic_bank_says_where_its_information_comes_from(heel, message):
    meta = heel.bank.meta
    for reply in (heel.session().ask(message), _after_three_questions(heel, message)):
        assert reply.kind == "smalltalk", (message, reply)
        text = " ".join(reply.text.split())
        assert f'"{meta.title}"' in text and meta.source in text and "March 14, 2025" in text
        assert "general information" in text and "not a doctor" in text


def _after_three_questions(bot: Bot, message: str):
    session = bot.session()
    for entry in bot.bank.entries[:3]:
        session.ask(entry.question)
    return session.ask(message)


def test_the_ho_bank_keeps_its_own_entry_and_fills_the_rest_from_its_meta(bot):
    for message in ("where does this information come from?", "who wrote this", "where do you get your answers"):
        reply = bot.session().ask(message)
        assert (reply.kind, reply.id) == ("answer", "about-source"), message
    reply = bot.session().ask("is this reliable")
    assert reply.kind == "smalltalk" and bot.bank.meta.source in reply.text and "October 11, 2022" in reply.text


@pytest.mark.parametrize(
    ("message", "entry"), [("where does the extra bone come from?", "where-in-body"), ("who gets HO", "who-is-at-risk")]
)
def test_health_questions_in_the_same_words_still_reach_their_entries(bot, message, entry):
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == ("answer", entry)


@pytest.mark.parametrize(
    "message",
    ["where does this come from", "where does it come from", "how do you get this", "is this reversible",
     "who got this", "is this test reliable", "where does the bone come from"],
)
def test_questions_about_the_topic_are_not_read_as_asking_for_the_source(heel, message):
    assert heel.session().ask(message).kind != "smalltalk"
