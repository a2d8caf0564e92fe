"""Bugs found by using the product as its people do (walkthrough 15), each pinned by a test of the real reply."""

from __future__ import annotations

import pytest

from chatbot.understanding.smalltalk import SmalltalkMatcher

# A question one letter away from a thank-you is still a question: "what helps" was answered "You're welcome".


@pytest.mark.parametrize("message", ["what helps", "what helps?", "What helps??", "how helps"])
def test_a_question_word_is_never_a_slip_for_thanks(bot, message):
    reply = bot.session().ask(message)
    assert reply.kind != "smalltalk", reply.text


@pytest.mark.parametrize(
    "message", ["that helps", "that helped", "thank yuo so much", "thanks a lott", "whats your name"]
)
def test_near_small_talk_with_the_same_question_words_is_still_small_talk(bot, message):
    assert bot.session().ask(message).kind == "smalltalk"


def test_the_fuzzy_small_talk_match_keeps_question_words(bot):
    matcher = SmalltalkMatcher(bot.bank.smalltalk)
    assert matcher.match("that helps") is not None
    assert matcher.match("what helps") is None
    assert matcher.match("where helps") is None


# Text-speak ("r u", "u") for the bot's own small talk: "who r u" was "I can only answer questions about ...".


@pytest.mark.parametrize(
    ("message", "first_words"),
    [("who r u", "I'm an FAQ bot"), ("r u a bot?", "I'm an FAQ bot"), ("are u human", "I'm an FAQ bot"),
     ("how r u", "I'm a computer program"), ("r u ok?", "I'm a computer program")],
)  # fmt: skip
def test_text_speak_small_talk_about_the_bot(bot, message, first_words):
    reply = bot.session().ask(message)
    assert reply.kind == "smalltalk" and reply.text.startswith(first_words), reply.text
