"""Round 32 (falsealarm30): over-triage and false alarms fixed as classes, each beside the case in near words that
must still escalate (docs/triage.md, "Round 32 (falsealarm30)"). Our own sentences, not the tuning sets'."""

import pytest


def _tier(bot, text: str) -> str:
    return bot.triage.assess(text).tier


# A water infection already named, with mild new confusion and no other sign of sepsis: the same day, not 999.
@pytest.mark.parametrize(
    "text",
    [
        "grandad has a uti and this afternoon he is a little confused, still eating and drinking",
        "my mum has a urine infection and today shes a bit muddled but otherwise ok",
        "dad was told he has a water infection, hes slightly confused today, walking about fine",
    ],
)
def test_mild_confusion_with_a_water_infection_is_the_same_day(bot, text):
    assert _tier(bot, text) == "urgent"


# ... but with a temperature, drowsiness, sudden or deep confusion, or no pee it is sepsis: still 999.
@pytest.mark.parametrize(
    "text",
    [
        "grandad has a uti and is confused and has a temperature of 38.9",
        "my mum has a urine infection and is confused and very sleepy",
        "dad has a water infection and is suddenly confused",
        "nan has a water infection, shes confused and hasnt had a wee all day",
        "my husband has an infection and is confused",
    ],
)
def test_confusion_with_an_infection_and_a_sign_of_sepsis_stays_999(bot, text):
    assert _tier(bot, text) == "emergency"


# Feeling faint on a blood thinner, even only on getting up: the same day; fainting or a head injury stays 999.
@pytest.mark.parametrize(
    "text",
    [
        "he feels faint when he gets up, he is on warfarin",
        "I'm on apixaban and I keep feeling dizzy when I stand up",
        "she is on rivaroxaban and feels faint when she gets up",
    ],
)
def test_feeling_faint_on_a_blood_thinner_is_the_same_day(bot, text):
    assert _tier(bot, text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "he is on warfarin and he fainted and hit his head",
        "on apixaban, passed out and wont wake up",
    ],
)
def test_a_faint_or_a_head_injury_on_a_blood_thinner_stays_999(bot, text):
    assert _tier(bot, text) == "emergency"


@pytest.mark.parametrize(
    "text",
    ["can warfarin make you feel faint?", "is feeling dizzy a side effect of apixaban?"],
)
def test_a_question_about_a_blood_thinner_and_faintness_raises_no_alarm(bot, text):
    assert _tier(bot, text) == "routine"


# Getting up told as often as standing: the same-day faint feeling, never 999.
def test_faint_every_time_i_get_up_is_the_same_day_not_999(bot):
    assert _tier(bot, "I feel faint every time I get up") == "urgent"


# In pregnancy, the baby's kicking stopped, told of "him" or "her": the same day (call the maternity unit).
@pytest.mark.parametrize(
    "text",
    [
        "I'm 32 weeks and she hasn't been kicking",
        "I'm 30 weeks pregnant and he hasn't been kicking today",
        "34 weeks pregnant, no kicks today",
    ],
)
def test_kicking_stopped_in_pregnancy_is_the_same_day(bot, text):
    assert _tier(bot, text) == "urgent"


def test_someone_elses_act_in_a_pregnant_writers_message_raises_nothing(bot):
    assert _tier(bot, "im 30 weeks pregnant, my mum has HO and she hasnt been moving her hip") == "routine"


def test_a_context_denied_of_the_one_it_is_about_still_reads(bot):
    # "myself but she isn't": the blood thinner is the writer's, so her nosebleed is no nosebleed on a blood thinner.
    assessment = bot.triage.assess("I'm on warfarin myself but she isn't, she had a short nosebleed that stopped")
    assert assessment.rule != "bleeding-signs-on-blood-thinner"


# A clot named alone as what a sign may be: the question carries the safety line; clots in a period do not.
def test_is_it_ho_or_a_clot_carries_the_safety_line(bot):
    reply = bot.session().ask("is it HO or a clot")
    assert reply.kind not in ("emergency", "urgent")
    assert "care team today" in reply.text


def test_clots_in_a_period_name_no_clot_in_a_vein(bot):
    assert bot.triage.assess("I have big clots in my period").rule != "blood-clot-in-leg"


def test_i_think_i_have_a_clot_carries_the_safety_line(bot):
    reply = bot.session().ask("I think I have a clot")
    assert reply.kind not in ("emergency", "urgent")
    assert "care team today" in reply.text


# Too breathless to speak told as words counted, and a tracheostomy tube out or blocked: 999.
@pytest.mark.parametrize(
    "text",
    [
        "right now my dad can only say a few words before he has to stop for breath",
        "she can only get out two or three words, she is gasping",
        "his trach tube has come out and he is struggling",
        "my daughter's tracheostomy is blocked",
    ],
)
def test_words_counted_before_a_breath_and_a_tracheostomy_out_are_999(bot, text):
    assert _tier(bot, text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my baby can only say a few words, is that normal at 18 months?",
        "I can never finish a sentence without my kids interrupting, anyway what is HO?",
        "what happens if a trach tube comes out",
    ],
)
def test_words_counted_for_speech_and_a_sentence_interrupted_raise_no_emergency(bot, text):
    assert _tier(bot, text) != "emergency"


def test_a_sentence_cut_short_by_breathlessness_stays_999(bot):
    assert _tier(bot, "I cant finish a sentence without stopping for breath") == "emergency"


# A chest or ribs sore when pressed on: the chest wall; after a knock the same day, after a cough no alarm.
@pytest.mark.parametrize(
    "text",
    [
        "banged my chest on the table and it hurts when I press on it, breathing fine",
        "tripped and hit my ribs on the step, they are sore to touch",
    ],
)
def test_a_chest_sore_to_press_after_a_knock_is_the_same_day(bot, text):
    assert _tier(bot, text) == "urgent"


def test_ribs_sore_to_press_after_coughing_raise_no_emergency(bot):
    assert _tier(bot, "my ribs are sore from coughing, it hurts when I press on them, breathing is fine") != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "crushing chest pain going into my left arm and I'm sweating",
        "fell and my ribs hurt when i press them and now im really short of breath",
        "hit my chest, it hurts when I press it and I'm coughing up blood",
    ],
)
def test_chest_pain_with_a_999_sign_stays_999(bot, text):
    assert _tier(bot, text) == "emergency"


def test_a_clot_reported_by_a_nurse_as_a_possibility_raises_no_alarm(bot):
    text = "the doctor said it might be the bone growth or a clot, how do they tell them apart?"
    assert _tier(bot, text) == "routine"


def test_a_leg_with_the_signs_of_a_clot_is_still_the_same_day(bot):
    assert _tier(bot, "my calf is swollen, red and hot, could it be a clot?") == "urgent"


def test_a_bruise_elsewhere_sore_to_touch_is_no_chest_wall_sign(bot):
    text = "got kneed in the thigh at football, big bruise, sore to touch"
    assert bot.triage.assess(text).rule != "chest-or-ribs-sore-to-press-after-a-knock"


# Breathless lying flat or on effort with both ankles swelling: the same day; one leg, a calf or an operation: 999.
@pytest.mark.parametrize(
    "text",
    [
        "both my ankles have swollen up this week and I get out of breath on the stairs",
        "I'm more breathless lying flat at night and need an extra pillow, my ankles are swollen",
    ],
)
def test_breathless_lying_flat_or_with_both_ankles_swollen_is_the_same_day(bot, text):
    assert _tier(bot, text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my calf is swollen and I get out of breath on the stairs",
        "my left leg is swollen and I'm breathless lying flat",
        "both ankles swollen and breathless on the stairs since my operation",
        "breathless lying flat and my lips have gone blue",
    ],
)
def test_breathless_with_one_leg_an_operation_or_blue_lips_stays_999(bot, text):
    assert _tier(bot, text) == "emergency"
