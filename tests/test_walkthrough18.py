"""Walkthrough 18: what a patient met using the product, each as a test in our own wordings."""

import pytest

from chatbot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _second_reply(bot, first, second):
    session = bot.session()
    assert session.ask(first).kind == "answer"
    return session.ask(second)


@pytest.mark.parametrize("follow_up", ["how should they be taken?", "how do I take them?", "how is it given?"])
def test_a_follow_up_pointing_back_at_a_medicine_is_not_called_off_topic(bot, follow_up):
    # No entry says how to take NSAIDs: the honest reply is "my information does not cover that", never "I did not
    # find a question about HO in that" right after the answer it points back at.
    reply = _second_reply(bot, "do NSAIDs help", follow_up)
    assert reply.kind == "fallback"
    assert reply.text == bot.bank.messages["not_covered"].strip() or "does not cover" in reply.text


@pytest.mark.parametrize("follow_up", ["what time is it?", "is it raining?", "can you spell it", "who are they"])
def test_everyday_questions_with_a_pronoun_stay_off_topic(bot, follow_up):
    reply = _second_reply(bot, "do NSAIDs help", follow_up)
    assert reply.kind == "fallback"
    assert "does not cover" not in reply.text


def test_pointing_back_needs_the_answer_just_given(bot):
    session = bot.session()
    session.ask("do NSAIDs help")
    session.ask("what is the capital of peru")
    assert "does not cover" not in session.ask("how should they be taken?").text
