"""Whether a time suits one person ("too soon for him?") is a decision for their care team (round 19).

Round 19 taught the engine that "too soon" and "too early" ask about timing, so "is it too early for HO to show?"
reaches the timing and imaging answers. The same words about one person's plans ask for a decision instead, and
must get the personal-advice reply, never a general fact about when HO forms.
"""

from __future__ import annotations

import pytest

from chatbot.bot import Bot

PERSONAL = "I can't give personal medical advice"


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.mark.parametrize(
    "question",
    [
        "my husband has HO in his hip and wants to dig the allotment next week. is that too soon for him?",
        "is six weeks too early for me to get back on my bike with HO in my knee?",
        "she is 80 and the surgeon wants to remove the extra bone, is it too late for her?",
    ],
)
def test_a_time_for_one_person_gets_the_personal_advice_reply(bot, question):
    assert bot.ask(question).text.startswith(PERSONAL)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how soon after an operation can HO start?", "when-does-it-form"),
        ("is it ever too late for HO treatment to help?", None),
    ],
)
def test_the_same_words_about_no_one_still_get_an_answer(bot, question, entry):
    reply = bot.ask(question)
    assert not reply.text.startswith(PERSONAL)
    if entry:
        assert reply.id == entry
