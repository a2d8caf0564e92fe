"""Round 27 (falsealarm25): false alarms on information questions, fixed by cause, each beside the real emergency or
urgent case in the same words that must still escalate (docs/triage.md, "Round 27 (falsealarm25)")."""

import pytest

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


# An age told as "at N" after a thing done is no temperature (no temperature named in the message).
@pytest.mark.parametrize(
    "text",
    [
        "had my hip replaced at 41, is HO likely",
        "had my ovaries removed at 41, am I now in menopause",
        "my dad was diagnosed at 39 with a spinal injury, can HO happen years later?",
    ],
)
def test_an_age_at_a_thing_done_is_no_temperature(bot, text):
    assert bot.triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "my hip was replaced 5 days ago and my temp is at 39",
        "hip replaced 5 days ago, burning up and shivering, it spiked at 39",
        "had my knee replaced last week, fever peaked at 40 last night",
        "had my hip replaced on monday, now i have a temperature of 39",
    ],
)
def test_a_reading_after_an_operation_still_escalates(bot, text):
    assert bot.triage.assess(text).tier in ("urgent", "emergency")


def test_the_reading_verbs_are_read_from_the_table(bot):
    assert "peaked" in bot.triage._reading_verbs_at
    assert "replaced" not in bot.triage._reading_verbs_at


# A jump off something a child plays on or steps down from is how an injury happened, no crisis.
@pytest.mark.parametrize(
    "text",
    [
        "my son hurt his ankle jumping off a wall, hes 9",
        "she jumped off the trampoline and landed on her wrist, could HO form there?",
        "he broke his arm jumping off the top bunk last year, is that why his elbow is stiff?",
    ],
)
def test_a_jump_off_a_play_thing_is_no_crisis(bot, text):
    assert bot.triage.assess(text).tier == "routine"
    assert bot.ask(text).kind not in ("emergency", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "I want to jump off a bridge",
        "im thinking about jumping off the roof tonight",
        "i keep thinking about jumping off",
        "i want to jump off the balcony",
    ],
)
def test_a_jump_from_a_height_or_told_as_a_wish_stays_a_crisis(bot, text):
    assessment = bot.triage.assess(text)
    assert (assessment.tier, assessment.crisis) == ("emergency", True)


# A sign asked about by what it is like, or which kind of it matters, is a question: the answer and the safety line.
@pytest.mark.parametrize(
    "text",
    [
        "what would an infected wound look like, im paranoid about it",
        "which bleeding is serious when you take blood thinner medicine",
        "what does a blood clot feel like",
        "how do i stop getting a dvt while my foot is up all day",
    ],
)
def test_a_sign_asked_about_is_answered_with_the_safety_line(bot, text):
    assessment = bot.triage.assess(text)
    assert assessment.tier == "routine"
    assert assessment.informational


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("what does it mean, my wound is infected and leaking pus", "urgent"),
        ("what would my swollen calf look like to a doctor, its red and hot since my hip op", "urgent"),
        ("which hospital do i go to, my calf is swollen and hot since my hip op", "urgent"),
        ("i have bleeding gums on warfarin, which bleeding is serious", "urgent"),
        ("i cant stop getting chest pain since this morning", "emergency"),
        ("how do i stop the bleeding, im on warfarin and cut my leg and it wont stop", "emergency"),
    ],
)
def test_the_same_sign_told_as_ones_own_still_escalates(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
