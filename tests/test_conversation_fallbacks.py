"""A question the bank cannot answer gets the same fallback fresh and in the middle of a conversation.

Walkthrough (round 12): asked first, "will it go away by itself" got "I can only answer questions about
<topic>, and I did not find one in that"; asked after other questions, "my information does not cover that".
Which fallback a message gets is read from the message alone: a question about the bank's subject ("it" is the
topic) is not covered, a truly off-topic request is off the topic, in any turn.
"""

from __future__ import annotations

import pytest
from conftest import DATA

from chatbot import Bot

ABOUT_THE_TOPIC = ("will it go away by itself", "can stress cause it", "can i still walk with it")
OFF_THE_TOPIC = ("book a table tonight", "what time is it", "is it raining", "can you sing it for me")


def _fresh_and_later(bot: Bot, message: str):
    fresh = bot.session().ask(message)
    session = bot.session()
    for entry in bot.bank.entries[:3]:  # three other questions first
        assert session.ask(entry.question).kind == "answer"
    return fresh, session.ask(message)


def _which(bot: Bot, reply) -> str:
    messages = bot.bank.messages
    assert reply.kind == "fallback", reply
    for name in ("not_covered", "off_topic"):
        if reply.text.startswith(messages[name][:25]):  # both open before any placeholder
            return name
    return "other"


@pytest.mark.parametrize("message", ABOUT_THE_TOPIC)
def test_a_question_about_the_topic_is_not_covered_fresh_and_mid_conversation(bot, message):
    fresh, later = _fresh_and_later(bot, message)
    assert (_which(bot, fresh), _which(bot, later)) == ("not_covered", "not_covered")
    assert fresh.text == later.text


@pytest.mark.parametrize("message", OFF_THE_TOPIC)
def test_an_off_topic_message_is_off_the_topic_fresh_and_mid_conversation(bot, message):
    fresh, later = _fresh_and_later(bot, message)
    assert (_which(bot, fresh), _which(bot, later)) == ("off_topic", "off_topic")
    assert fresh.text == later.text


def test_a_clinic_bank_reads_its_fallbacks_from_the_message_too():
    clinic = Bot.load(DATA / "heel-bank")
    for message, expected in (("can i still walk with it", "not_covered"), ("book a table tonight", "off_topic")):
        fresh, later = _fresh_and_later(clinic, message)
        assert (_which(clinic, fresh), _which(clinic, later)) == (expected, expected), message
        assert fresh.text == later.text
