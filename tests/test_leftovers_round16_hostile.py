"""Round 16 (hostile18) leftovers: sounds before a question, and a question about what is to come. Our own wordings."""

from __future__ import annotations

import pytest

from chatbot.bot import Bot

HEEL = "tests/data/heel-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(HEEL)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ha is HO painful", "early-symptoms"),
        ("er what causes HO", "causes"),
        ("ha, how is HO treated", "treatment"),
    ],
)
def test_er_and_ha_before_a_question_change_nothing(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)


@pytest.mark.parametrize("sound", ["er", "erm", "ha", "hmm", "um"])
def test_a_sound_before_what_is_it_still_asks_what_the_conversation_is_about(bot, sound):
    session = bot.session()
    session.ask("what causes HO")
    reply = session.ask(f"{sound} what is it")
    assert (reply.kind, reply.id) == ("answer", "what-is-ho")


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("went to the ER last night with crushing chest pain and it is still there", "emergency"),
        ("my leg is hot and swollen, should I go to the ER?", "urgent"),
    ],
)
def test_the_er_stays_a_place(bot, message, tier):
    assert bot.session().ask(message).kind == tier


@pytest.mark.parametrize(
    "question",
    [
        "will I have bleeding that won't stop after surgery?",
        "will I have pain that keeps getting worse after the operation?",
        "am I going to get swelling that keeps getting bigger after surgery?",
        "will he have a nosebleed that will not stop after the op",
    ],
)
def test_a_question_about_what_is_to_come_raises_no_alarm(bot, clinic, question):
    for which in (bot, clinic):
        assert which.triage.assess(question).tier == "routine", which.bank.meta.get("title", which)
        assert which.session().ask(question).kind not in ("urgent", "emergency")


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("I have bleeding that won't stop after surgery", "emergency"),
        ("I have pain that keeps getting worse after the operation", "urgent"),
        ("will I have to go to A&E, my wound won't stop bleeding", "emergency"),
        ("will I get stitches my cut won't stop bleeding", "emergency"),
        ("will I have bleeding that won't stop now", "emergency"),
        ("I have a fever after surgery", "urgent"),
    ],
)
def test_a_sign_told_now_still_escalates(bot, clinic, message, tier):
    for which in (bot, clinic):
        assert which.triage.assess(message).tier == tier
