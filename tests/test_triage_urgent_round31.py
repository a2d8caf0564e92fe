"""Round 31 (urgent29): same-day signs told mildly or in other words, fixed as classes, each beside its near-miss
that must keep its tier (docs/triage.md, "Round 31 (urgent29)")."""

import pytest


def _tier(bot, text: str) -> str:
    return bot.triage.assess(text).tier


def _rule(bot, text: str) -> str:
    return bot.triage.assess(text).rule


# A blood thinner or an epilepsy medicine not kept down today: the same day.
@pytest.mark.parametrize(
    "text",
    [
        "stomach bug since yesterday and i couldnt keep my warfarin down this morning",
        "my husband vomited straight after his epilepsy tablets twice today",
        "ive been sick both times after my rivaroxaban dose",
    ],
)
def test_a_vital_medicine_not_kept_down_is_urgent(bot, text):
    assert _tier(bot, text) == "urgent"
    assert bot.session().ask(text).kind == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "what if i am sick after taking my warfarin?",
        "does apixaban make you feel sick?",
        "i was sick with a bug years ago when i was on warfarin, is that a problem?",
    ],
)
def test_a_question_about_being_sick_on_a_vital_medicine_raises_no_alarm(bot, text):
    assert _tier(bot, text) == "routine"


# An after-effect asked about as normal but told as more than before is no expected after-effect.
def test_a_leak_told_as_more_than_before_is_urgent(bot):
    assert _tier(bot, "is it normal my wound is still weeping 2 weeks after the op? more than yesterday i think") == (
        "urgent"
    )


def test_a_small_leak_asked_about_as_normal_stays_routine(bot):
    assert _tier(bot, "is it normal my wound is still leaking a little on day 3 after the op?") == "routine"


# A child's temperature gone today, told as back to their usual self.
def test_a_temperature_gone_today_and_back_to_himself_raises_no_alarm(bot):
    assert _tier(bot, "my daughter had a temp of 38.5 yesterday, today its normal and shes back to herself") == (
        "routine"
    )


def test_a_temperature_yesterday_and_floppy_today_still_escalates(bot):
    assert _tier(bot, "my son had a temp of 39 yesterday, today he is floppy and not himself") == "emergency"


# A span of time in weeks or months is no baby's age.
def test_a_span_of_weeks_is_no_babys_age(bot):
    text = "my dad started a new tablet 3 weeks ago and now has an itchy rash and a bit of a temperature"
    assert _tier(bot, text) == "urgent"
    assert _rule(bot, text) == "reaction-to-a-medicine"


@pytest.mark.parametrize(
    "text",
    [
        "my baby is 3 weeks old and has a temperature of 38 and a rash",
        "my 6 weeks old has a rash and a temperature",
        "my 3 week old is not feeding and very sleepy",
    ],
)
def test_a_babys_age_in_weeks_still_escalates(bot, text):
    assert _tier(bot, text) == "emergency"


# A sign written "when I stand" is the same sign told of someone else.
def test_dizzy_when_he_stands_with_diarrhoea_is_urgent(bot):
    assert _tier(bot, "my mum has had diarrhoea for 3 days and gets dizzy when she stands up") == "urgent"


def test_dizzy_when_he_stands_as_always_raises_no_alarm(bot):
    assert _tier(bot, "my dad gets dizzy when he stands up too fast, always has, is that his blood pressure?") == (
        "routine"
    )


# A sore throat with a muffled voice or spit hard to swallow.
def test_a_sore_throat_with_a_muffled_voice_is_urgent(bot):
    assert _tier(bot, "sore throat for 4 days and now my voice sounds muffled") == "urgent"


def test_a_sore_throat_with_a_croaky_voice_stays_routine(bot):
    assert _tier(bot, "i have a sore throat and a blocked nose, my voice sounds a bit croaky") == "routine"


# A new change in someone living with a brain injury, told mildly by a carer.
def test_a_new_change_with_a_brain_injury_is_urgent(bot):
    text = "my wife has a brain injury and has been sleepier and more vague for 2 days, not like her"
    assert _tier(bot, text) == "urgent"


def test_a_usual_trait_with_a_brain_injury_stays_routine(bot):
    assert _tier(bot, "my son has a brain injury and gets agitated in crowds, any tips?") == "routine"


# A limp with a temperature.
def test_a_limp_with_a_temperature_is_urgent(bot):
    assert _tier(bot, "my grandson has been limping since lunchtime and now has a temperature") == "urgent"


def test_a_question_about_a_limp_with_a_temperature_stays_routine(bot):
    assert _tier(bot, "what causes limping with a temperature in children?") == "routine"


# Diarrhoea again and again during or after antibiotics.
def test_diarrhoea_many_times_after_antibiotics_is_urgent(bot):
    assert _tier(bot, "ive had diarrhoea 7 times today since starting antibiotics, with cramps") == "urgent"


def test_a_question_about_diarrhoea_from_antibiotics_stays_routine(bot):
    assert _tier(bot, "can antibiotics give you diarrhoea?") == "routine"

