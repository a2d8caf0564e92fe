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


# A session named without dialysis is any session: a missed one is dialysis only with dialysis told.
def test_a_session_without_dialysis_is_no_dialysis_problem(bot):
    text = "physio says no pain no gain but my hip is killing me after sessions, settles by the evening"
    assert bot.triage.assess(text).rule != "dialysis-access-or-session-problem"
    assert bot.triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "missed my sessions this week, the dialysis unit is shut",
        "he has had no dialysis for 3 days",
        "skipped my dialysis session yesterday, what happens now",
    ],
)
def test_a_missed_dialysis_session_still_escalates(bot, text):
    assert bot.triage.assess(text).tier in ("urgent", "emergency")


# A physio's or a midwife's word on a sign is a clinician's look, as a nurse's is.
def test_a_physios_word_on_a_sign_is_a_look(bot):
    text = (
        "Had my knee done 4 weeks ago. It's still a bit warm around the knee and the bruising is going yellow, no "
        "fever, the wound is dry. Physio says that's normal. Just checking HO isn't starting?"
    )
    assert bot.triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "physio said my calf looked swollen this morning and now it is hot and red and getting bigger",
        "my calf is swollen and hot since my hip op, physio is coming tomorrow",
        "Had my knee done 4 weeks ago. It's warm and red around the knee and leaking pus today, physio is coming later",
    ],
)
def test_a_sign_told_new_after_or_without_a_physios_look_still_escalates(bot, text):
    assert bot.triage.assess(text).tier == "urgent"
