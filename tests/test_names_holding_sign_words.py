"""A sign word inside the name of something else is no sign, and no question about the sign.

Hay fever is an allergy, cabin fever is being stuck indoors, a yellow fever jab is a vaccine; a hip op
and then "when can I go out?" asks about outings, not a hip that came out of its socket.
"""

import pytest

from chatbot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.mark.parametrize(
    "message",
    [
        "my hay fever is bad since my hip replacement last week",
        "im pregnant and my hay fever is awful",
        "I have cabin fever after my hip op",
        "had a yellow fever jab after surgery",
        "after my hip op, when can I go out",
        "after my hip replacement, when can I go out to the shops",
        "I went out for a walk with my new hip today and it aches",
        "we went out for dinner, since my hip replacement I get tired fast",
    ],
)
def test_a_name_or_an_outing_raises_no_red_flag(bot, message):
    assert bot.triage.assess(message).tier == "routine"


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("i have a fever after my hip op", "urgent"),
        ("im pregnant and have a fever", "urgent"),
        ("my hip went out again this morning and I cant walk", "urgent"),
        ("my new hip came out when I bent down", "urgent"),
        ("i think my hip has come out", "urgent"),
        ("my hip keeps going out", "urgent"),
        ("the replacement came out of the socket", "urgent"),
        ("my hip popped out", "urgent"),
    ],
)
def test_the_sign_itself_still_counts(bot, message, tier):
    assert bot.triage.assess(message).tier == tier


def test_hay_fever_never_meets_the_answer_about_fevers(bot):
    reply = bot.ask("does hay fever make HO worse")
    assert reply.kind != "answer" or reply.id != "fever"
    assert bot.ask("can HO cause a fever").id == "fever"
