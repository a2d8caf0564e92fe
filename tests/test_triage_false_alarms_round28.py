"""Round 28 (falsealarm26): false alarms on questions, fixed by cause, each beside the emergency or urgent case in
the same words that must still escalate (docs/triage.md, "Round 28 (falsealarm26)")."""

import pytest

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _escalates(bot, text: str) -> bool:
    return bot.triage.assess(text).tier in ("urgent", "emergency")


# A sign asked about in general: what the doctors could take a sign for ("confuse it with", "be mixed up with").
@pytest.mark.parametrize(
    "text",
    [
        "could they confuse it with a blood clot or an infection",
        "cn it be mixd up with a tumour or dvt",
        "can HO get mixed up with a blood clot on a scan?",
    ],
)
def test_what_a_sign_could_be_taken_for_is_a_question(bot, text):
    assessment = bot.triage.assess(text)
    assert assessment.tier == "routine"
    assert assessment.informational


@pytest.mark.parametrize(
    "text",
    [
        "my calf is swollen and hot since my hip op, could it be mixed up with HO?",
        "my hip popped out just now, could a dislocation be confused with HO?",
        "mum has been all mixed up with her words since this morning and her face droops",
    ],
)
def test_a_sign_told_now_beside_the_question_still_escalates(bot, text):
    assert _escalates(bot, text)


# A past sign: a month told short as the time of a thing done.
@pytest.mark.parametrize(
    "text",
    [
        "dislocated my elbow in feb. can that cause the ossification thing",
        "my knee dislocated in sept, could HO grow there?",
    ],
)
def test_a_short_month_dates_a_thing_done(bot, text):
    assert bot.triage.assess(text).tier == "routine"


def test_a_dislocation_again_today_still_escalates(bot):
    assert _escalates(bot, "dislocated my elbow in feb and it popped out again today, I cant move it")


# A past or checked sign: what a team taught a carer to handle is training, no report.
@pytest.mark.parametrize(
    "text",
    [
        "the spinal injury nurse showed us how to handle dysreflexia for my husband but I've forgotten the order of "
        "the steps, can you remind me?",
        "my father has spinal injury, the nurse teach us about dysreflexia. Which blood pressure is too high for him?",
    ],
)
def test_what_a_team_taught_is_no_report(bot, text):
    assert bot.triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "the nurse taught us about dysreflexia, now his head is pounding and his blood pressure is 210 over 120",
        "the nurse showed us how to handle dysreflexia and he has it now, pounding headache and sweating, T6 injury",
    ],
)
def test_dysreflexia_told_now_after_the_teaching_is_an_emergency(bot, text):
    assert bot.triage.assess(text).tier == "emergency"


# A figure of speech: losing heart is losing hope; a nose too blocked to breathe through, typed with the noun.
@pytest.mark.parametrize(
    "text",
    [
        "I am struggling to do them because they hurt, and honestly I am losing heart. Is physio going to help?",
        "cant breath through my nose, got a stinking cold",
    ],
)
def test_figures_of_speech_are_no_sign(bot, text):
    assert bot.triage.assess(text).tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "I am losing heart and now there is a crushing pain in my chest",
        "my heart hurts",
        "cant breath, lips going blue",
    ],
)
def test_the_signs_beside_the_figures_are_still_emergencies(bot, text):
    assert bot.triage.assess(text).tier == "emergency"


# A word read as a sign: a wound left open to the air is care, no wound come open.
def test_a_wound_left_open_to_the_air_is_no_opened_wound(bot):
    assert bot.triage.assess("is it ok to leave the wound open to the air now the dressing's off?").tier == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "the wound has opened up and is leaking pus, 6 days after my hip op",
        "they left my wound open to the air and now it has opened up and is oozing pus, 5 days after my op",
    ],
)
def test_a_wound_come_open_after_an_operation_is_still_urgent(bot, text):
    assert bot.triage.assess(text).tier == "urgent"


# The whole bot: the question gets a reply that is no red-flag screen, fresh and mid-conversation alike.
@pytest.mark.parametrize(
    "text",
    ["could they confuse it with a blood clot or an infection", "cant breath through my nose, got a stinking cold"],
)
def test_the_bot_gives_no_red_flag_reply(bot, text):
    fresh = bot.session().ask(text)
    assert fresh.kind not in ("urgent", "emergency")
    session = bot.session()
    session.ask("What is HO?")
    assert session.ask(text).kind not in ("urgent", "emergency")


# A past or checked sign: a small bleed on a blood thinner told as over at once, in words not minutes.
@pytest.mark.parametrize(
    "text",
    [
        "the bleeding after my tooth out 3 days ago stopped quickly, im on apixaban. ok to brush there yet?",
        "tiny bit of blood when i blow my nose, on apixaban, stops straight away",
    ],
)
def test_a_bleed_over_at_once_on_a_blood_thinner_is_answered(bot, text):
    assessment = bot.triage.assess(text)
    assert assessment.tier == "routine"
    assert assessment.informational


@pytest.mark.parametrize(
    "text, tier",
    [
        ("on apixaban, my nose bled and it stopped quickly but now it has started again and wont stop", "emergency"),
        ("on warfarin, my gums bleed and it stops quickly, but there is blood in my pee since this morning", "urgent"),
        ("im on apixaban and there is black poo since yesterday, the nosebleed stopped quickly though", "emergency"),
    ],
)
def test_a_bleed_that_goes_on_or_another_sign_still_escalates(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
