"""Round 34 (clinic triage, branch clinictriage32): same-day signs told in a clinic's own patients' words.

Chosen on the even places of the clinic triage files in the banks' alphabetical order, kept only as the odd places
held (docs/triage.md, round 34 clinictriage32). Classes, each a red flag (or none) whatever the bank:
- a blood pressure told as a home reading, by the device and the pair of numbers a blood pressure is written as
  ("monitor says 186/121"), not by "bp": `very-high-blood-pressure-told-as-a-reading` (the same day) and, with sight
  changes, chest pain or breathlessness, `...-with-symptoms` (999); a sugar or a pulse on a monitor is none;
- a sign told against one's own usual, with the thing named ahead of it: a reliever inhaler used "loads more than
  normal", blood sugars "much higher than usual", weeing "much less than normal" (`weeing-much-less-than-usual`);
- a blood pressure told as rising or high with a headache in the weeks after a birth
  (`blood-pressure-up-with-a-headache-after-a-birth`), and in pregnancy (`pregnancy-warning-signs`);
- a carer's wording: a dose given again by a second carer (`double-dose`), and a mind that has "become" muddled over
  the last few days (`change-in-thinking-told-by-someone`); a forgetfulness grown over years stays routine.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

EMERGENCY = [
    # a home reading of 180 or more with sight changes or chest pain
    "the blood pressure machine at home read 205/118 and my sight has gone blurry",
    "my monitor says 192 over 110 and I have chest pain",
]

URGENT = [
    # a home reading of 180 or more, told by the device
    "my home monitor says 188/112, took it twice and it is the same",
    "the machine said 196 over 104 this morning, I feel ok",
    # a reliever used more than one's usual
    "been using my ventolin a lot more than usual since the weekend",
    # blood sugars far above one's usual
    "my blood sugars have been way higher than usual since the steroid injection",
    # weeing much less than one's usual
    "I have been weeing a lot less than usual for two days",
    # a blood pressure up with a headache after a birth, or in pregnancy
    "had the baby 9 days ago, my blood pressure readings are going up and I have a headache",
    "gave birth last week, bp was 162/104 tonight and my head is pounding",
    "I'm 33 weeks pregnant, my blood pressure is high today and I have a headache",
    # a dose given twice by two carers
    "the carer gave nan her evening pills and then my brother gave her them again",
    # a mind become muddled over the last few days
    "my grandad has become muddled over the past few days",
    "she has been muddled over the last 3 days and keeps asking the same thing",
]

NEAR_MISSES = [
    # a sugar or a pulse on a monitor, or a reading under 180, is no very high blood pressure
    "my glucose monitor says 210 after my dinner",
    "my heart rate monitor says 182 at the top of the hill",
    "my monitor says 142/88 today, is that ok?",
    # a reading long ago, or asked about in general
    "years ago my monitor said 190/110, it is fine now on tablets",
    # weeing less with no comparison to one's usual, or asked about
    "can this tablet make me wee much less than usual?",
    # a reliever needed more only asked about
    "should I expect to use my inhaler more than usual in winter?",
    # a birth long ago with a blood pressure and headaches that are one's usual
    "I gave birth 3 years ago and my blood pressure has been high since, with headaches now and then",
    # giving a medicine again as the label says, or forgetfulness grown over years
    "I give him his inhaler again at bedtime as the nurse showed us",
    "dad has become more forgetful over the years, is that normal at 85?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCY, URGENT, NEAR_MISSES))
def test_each_class_gets_its_tier(text, tier):
    assert_tier(text, tier)


def test_a_reading_is_read_by_its_pair_of_numbers():
    triage = general_triage()
    assert triage.assess("my monitor says 190/100").rule == "very-high-blood-pressure-told-as-a-reading"
    # one number on the same device is no blood pressure reading
    assert triage.assess("my monitor says 190").tier == "routine"


def test_a_recent_birth_keeps_the_readings_now():
    # the birth is dated, the readings after it are now; the same words two years on are the past
    triage = general_triage()
    recent = triage.assess("had my baby 10 days ago, my bp is 158/102 and I have a headache")
    old = triage.assess("had my baby 2 years ago, my bp was 158/102 then and I had a headache")
    assert (recent.tier, recent.rule) == ("urgent", "blood-pressure-up-with-a-headache-after-a-birth")
    assert old.tier == "routine"


def test_every_round34_rule_has_a_public_source():
    assert_each_rule_has_a_public_source({
        "very-high-blood-pressure-told-as-a-reading",
        "very-high-blood-pressure-told-as-a-reading-with-symptoms",
        "weeing-much-less-than-usual",
        "blood-pressure-up-with-a-headache-after-a-birth",
    })


def test_the_lower_figure_of_a_blood_pressure_is_no_temperature():
    # "158/102" with a baby in the message was read as a 102 °F fever in a baby; a pair whose first figure is above
    # any body temperature is a blood pressure, and a temperature told alone or as a range of two is still read
    triage = general_triage()
    assert triage.assess("my baby is 3 weeks old, my bp is 158/102").rule != "child-fever"
    assert triage.assess("my 3 week old baby has a temp of 102").tier != "routine"
    assert triage.assess("baby temp 101 102 all night, she is 5 weeks old").tier != "routine"


def test_a_high_blood_pressure_told_in_pregnancy_is_the_same_day():
    # 140/90 or more in pregnancy is pre-eclampsia's first sign, with no headache; a normal reading, a general question,
    # a reading in a past pregnancy and the same reading outside pregnancy stay routine
    triage = general_triage()
    assert triage.assess("im 28 weeks pregnant, my monitor says 145/92").tier == "urgent"
    assert triage.assess("34 weeks pregnant and my bp was 165/105, no headache").tier == "urgent"
    for calm in ("im 30 weeks pregnant and my bp was 118/76 today", "im pregnant, what bp is too high",
                 "i had high bp 150/95 in my last pregnancy, will it happen again", "my bp is 150/95, im 60"):
        assert triage.assess(calm).tier == "routine", calm


def test_breathlessness_as_the_condition_of_a_when_is_no_emergency():
    # a clinic's breathing questions ("how should i sit when im breathless") were 999 screens; a word of now, or
    # another sign of the rule, still makes it one
    triage = general_triage()
    for question in ("how should i sit when im breathless", "any breathing exercises for when im short of breath",
                     "when im breathless should i use my inhaler"):
        assert triage.assess(question).tier == "routine", question
    for now in (
        "im short of breath when im sitting still, started an hour ago",
        "im breathless and i cant finish a sentence",
    ):
        assert triage.assess(now).tier == "emergency", now


@pytest.mark.parametrize("text,tier", [
    # stabbing told of oneself or of the person cared for, now: 999 (it fell back before)
    ("he is stabbing himself", "emergency"),
    ("she stabbed herself in the leg with scissors", "emergency"),
    # an injection given to oneself is a treatment, not harm
    ("i stab myself with the heparin every day", "routine"),
    ("i keep stabbing myself with the insulin pen", "routine"),
    # "jumping off" a wall in a story of a child's sprain is an accident; a wish or plan to jump stays 999
    ("my son hurt his ankle jumping off a wall, hes 9", "routine"),
    ("i keep thinking about jumping off", "emergency"),
    ("im going to jump off the bridge tonight", "emergency"),
    ("im trying to stop cutting myself but i just cut my arm again and its deep", "emergency"),
])
def test_stabbing_oneself_and_jumping_off_are_read_by_what_is_told(text, tier):
    assert general_triage().assess(text).tier == tier


def test_a_whole_pack_of_an_acne_medicine_is_an_overdose():
    # isotretinoin is on the NHS medicines list a clinic's patients name by name; taking it daily stays routine
    triage = general_triage()
    assert triage.assess("my brother swallowed his whole pack of isotretinoin, he's really drowsy").tier == "emergency"
    assert triage.assess("i take isotretinoin every day, can i drink alcohol").tier == "routine"
