"""Walkthrough 17: what a patient of a clinic bank typed that the merged main missed.

Every sentence here is our own, written while using the product as a patient of a cataract clinic would (none
is a line of a tuning or held-apart set).

- A sudden loss of sight told as a noun ("sudden loss of vision", "vision loss in one eye") is the stroke rule's
  999, as "lost my vision" already was; after an operation, sight lost or being lost is same-day
  (`eye-worse-after-operation`); a general question about vision loss stays routine.
- A small thing stuck up a child's nose or in an ear (a bead, a pea) is same-day
  (`something-stuck-in-the-nose-or-ear`), a button battery or a magnet 999 (`overdose`); water or wax in the ear,
  and a question how to get one out, stay routine.
- An amount of drops, puffs or a liquid ("how many drops of the steroid should I put in?") is a dose question:
  the personal-advice reply, never a bank answer."""

from __future__ import annotations

import pytest

from chatbot import Bot
from chatbot.safety.triage import general_triage

EMERGENCY = [
    "sudden loss of vision in my left eye this morning",
    "my wife has had a sudden loss of sight",
    "sudden vision loss in one eye about an hour ago",
    "loss of sight in my right eye, it just went",
    "I think my daughter put a magnet up her nostril",
    "my son has pushed a button battery into his ear",
]

URGENT_AFTER_OPERATION = [
    "partial loss of vision since my eye operation on monday",
    "I think I'm losing my sight since the cataract op",
]

URGENT_OBJECT = [
    "my little boy has shoved a bead up his nose and it won't come out",
    "our toddler pushed a dried pea into her ear",
    "my grandson stuffed a raisin up his nostril",
]

ROUTINE = [
    "what causes loss of vision?",
    "there's water stuck in my ear since the pool",
    "what should I do if a child puts a bead up their nose?",
    "can diabetes lead to vision loss over time?",
    "is loss of sight a risk of glaucoma?",
]


@pytest.fixture(scope="module")
def table():
    return general_triage()


@pytest.mark.parametrize("text", EMERGENCY)
def test_a_sudden_loss_of_sight_told_as_a_noun_is_an_emergency(table, text):
    assert table.assess(text).tier == "emergency", table.assess(text)


@pytest.mark.parametrize("text", URGENT_AFTER_OPERATION)
def test_sight_lost_after_an_operation_is_same_day(table, text):
    assert table.assess(text).tier == "urgent", table.assess(text)


@pytest.mark.parametrize("text", URGENT_OBJECT)
def test_a_thing_stuck_in_a_nose_or_ear_is_same_day(table, text):
    assert table.assess(text).tier == "urgent", table.assess(text)


@pytest.mark.parametrize("text", ROUTINE)
def test_a_question_about_vision_loss_raises_no_alarm(table, text):
    assert table.assess(text).tier == "routine", table.assess(text)


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.mark.parametrize("text", [
    "how many drops of the steroid should I put in?",
    "how many puffs of my inhaler can I have?",
    "how many ml of the medicine should my daughter get?",
])
def test_an_amount_of_drops_puffs_or_liquid_gets_the_advice_reply(bot, text):
    reply = bot.session().ask(text)
    assert "can't give personal medical advice" in reply.text, reply.text


def test_a_browser_test_leaves_no_chromium_profile_in_tmp():
    # Every browser test left a `chatbot-web-profile-*` folder (what it typed into the page, Chromium's caches)
    # in /tmp: quitting the driver now removes it.
    from pathlib import Path

    from web_support import chrome

    driver = chrome(width=400, height=300)
    profile = Path(driver.profile_dir)
    assert profile.is_dir()
    driver.quit()
    assert not profile.exists()
