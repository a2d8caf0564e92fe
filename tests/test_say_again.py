"""'Say that again': the last reply given again, word for word, and forgotten with the conversation."""

from __future__ import annotations

import pytest

from chatbot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def test_with_nothing_said_yet_it_says_so(bot):
    reply = bot.session().ask("could you say that again?")
    assert reply.kind == "smalltalk"
    assert "not answered anything yet" in reply.text


@pytest.mark.parametrize("asked", ["say that again", "Pardon?", "sorry, come again?", "Can you repeat that please?"])
def test_the_last_answer_comes_back_word_for_word(bot, asked):
    session = bot.session()
    answer = session.ask("How is HO treated?")
    assert answer.kind == "answer"
    again = session.ask(asked)
    assert again == answer


def test_small_talk_in_between_keeps_the_answer_and_its_numbered_questions(bot):
    session = bot.session()
    answer = session.ask("What is HO?")
    assert answer.suggestions
    session.ask("hello")  # a greeting offers the bank's examples in place of the answer's follow-ups
    assert session.ask("repeat that") == answer
    picked = session.ask("1")
    assert picked.kind == "answer" and picked.id == answer.suggestions[0].id


def test_an_emergency_reply_is_given_again_as_an_emergency(bot):
    session = bot.session()
    emergency = session.ask("my dad has collapsed and is not breathing")
    assert emergency.kind == "emergency"
    again = session.ask("what did you say?")
    assert again.kind == "emergency" and again.text == emergency.text


def test_a_restart_forgets_the_last_reply(bot):
    session = bot.session()
    session.ask("What is HO?")
    session.reset()  # what the kiosk does when the next person walks up
    reply = session.ask("say it again")
    assert reply.kind == "smalltalk" and "not answered anything yet" in reply.text


def test_a_question_with_the_same_words_is_still_a_question(bot):
    session = bot.session()
    first = session.ask("What is HO?")
    again = session.ask("Can HO come back again after surgery?")
    assert again.kind == "answer" and again.id != first.id
