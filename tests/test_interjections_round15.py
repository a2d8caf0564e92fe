"""A sound made before the question ("ah", "erm", "hmm") is no word of the question: it must not turn an answer
into a fallback or a choice. Our own wordings."""

from __future__ import annotations

import pytest

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ah what is HO", "what-is-ho"),
        ("oh what is HO?", "what-is-ho"),
        ("erm how is HO treated", "treatment"),
        ("hmm can it come back after they take it out", "regrowth"),
        ("haha ok so how is HO treated", "treatment"),
        ("umm what are the first symptoms of HO", "early-symptoms"),
    ],
)
def test_a_sound_before_the_question_changes_nothing(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)
