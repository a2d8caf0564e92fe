"""Round 24 (issue 13, recall): urgent cases scored routine, fixed as classes, and the readers that lowered them.

The blocks "round 24 recall" at the end of `rules:` in `chatbot/general/triage/triage.yaml`, and the readers marked
"round 24" in `chatbot/safety/triage.py` and in the table's `asking` list. Causes of the tuning misses: a medicine
that can lower the white cells by a name the older rule lacked, a painful front of the neck with a temperature,
warfarin with a new antibiotic, kidney infection signs in pregnancy, a long nosebleed now stopped, new aura on
hormones, a water infection with a spinal cord injury, a nerve block still numb after days, a baby's wet nappies
counted, hives in other words after a new medicine, days without sleep with racing thoughts, a numb patch getting
bigger, two blood-thinner doses told in the present tense, sleepier and off food with a brain injury. Readers: a
recent past cause with the sign told now in a later clause, the "stopped" of a sign ("has stopped eating"), a
wondered verdict ("how do I know it's not a clot") or a date ("since it was diagnosed") taken for a clinician's look,
a bare fever reading ("fever 38") in a question about the condition.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class
is checked both ways: told now it escalates; a near-miss twin (past, general, everyday or another thing) stays
routine. (An older rule may answer first with the same or a higher tier; the tier is what is checked.)"""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source

from chatbot.bot import Bot
from chatbot.safety.triage import general_triage

ROUND24_RULES = {
    "white-cell-lowering-medicine-with-infection-signs-more-names",
    "painful-front-of-the-neck-with-a-temperature",
    "warfarin-and-a-new-antibiotic",
    "kidney-infection-signs-in-pregnancy",
    "long-nosebleed-now-stopped",
    "new-migraine-with-aura-on-hormones",
    "water-infection-with-a-spinal-cord-injury",
    "nerve-block-still-numb-after-days",
    "baby-few-wet-nappies-counted",
    "hives-in-other-words-after-a-new-medicine",
    "high-mood-no-sleep-and-racing-thoughts",
    "numb-patch-getting-bigger",
    "blood-thinner-two-doses-told-in-the-present",
    "sleepier-and-off-food-with-a-brain-injury",
}

URGENT = [
    # part one: the rules
    "I take azathioprine and since last night I have a sore throat and a high temperature",
    "my mum is on dapsone and has mouth ulcers and feels shivery today",
    "my thyroid is really tender and swollen and I've got a fever",
    "the front of his neck is sore and he has a temperature of 38.5",
    "I'm on warfarin and I was started on ciprofloxacin this morning",
    "20 weeks pregnant with pain in my back on the right side and I'm shivery",
    "my son had a nosebleed that went on for 40 minutes, it has stopped now",
    "since I started the combined pill I get zigzag lights before a headache, never had them before",
    "my brother has a spinal cord injury and his urine is cloudy and smells strong",
    "I'm tetraplegic and think I have a water infection",
    "had a nerve block for my shoulder op and my arm is still numb 3 days later",
    "our baby has only had one wet nappy since this morning",
    "nettle rash all over my arms since I started the new antibiotic",
    "my sister hasn't slept for four days, her thoughts are racing and she's not herself",
    "the numb area on my shin is spreading up my leg",
    "I am on rivaroxaban and I take two by accident this morning",
    "dad has a head injury and since Friday he's sleeping much more and not eating",
    # part two: the readers
    "knocked my head on a shelf on Monday and my headache has been getting worse for two days",
    "my daughter is 15 and has stopped eating, she's lost a lot of weight",
    "the catheter bag has stopped draining",
    "my arm has got weaker all week and it's getting worse since the arthritis was diagnosed",
    "my calf came up swollen and tight today, how do I know it's not a clot?",
]

NEAR_MISSES = [
    "I'm starting azathioprine next week, what are the side effects?",
    "I had a sore throat on methotrexate years ago",
    "is a sore neck normal with a cold?",
    "can I take amoxicillin with warfarin?",
    "I'm pregnant and my back aches when I stand for long",
    "I had a nosebleed last month, it stopped after 5 minutes",
    "I've had migraines with aura for years, can I take HRT?",
    "how can I prevent water infections with a spinal cord injury?",
    "my son's spinal team started antibiotics for his cloudy urine yesterday, he is well",
    "how long does a nerve block take to wear off?",
    "how many wet nappies should a newborn have?",
    "I stepped in nettles and have nettle rash",
    "I barely slept before my exams and my thoughts were racing",
    "is it normal for a numb patch to get bigger after surgery?",
    "can I take two apixaban at the same time?",
    "my dad had a brain injury years ago and has always slept a lot",
    "hit my head years ago and I still get headaches",
    "the bleeding has stopped now",
    "my calf was swollen, the doctor scanned it and said it is not a clot",
]


@pytest.fixture(scope="module")
def table():
    return general_triage()


@pytest.mark.parametrize("text", URGENT)
def test_a_same_day_red_flag_told_now_is_urgent(table, text):
    assert table.assess(text).tier == "urgent", table.assess(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(table, text):
    assert table.assess(text).tier == "routine", table.assess(text)


def test_a_question_about_a_nosebleed_keeps_the_safety_line(table):
    assessment = table.assess("what if a nosebleed lasts 30 minutes?")
    assert assessment.tier == "routine"


@pytest.fixture(scope="module")
def bank_triage():
    return Bot.load().triage


@pytest.mark.parametrize(
    "text",
    [
        "temp 38 two days after my op, is it from the HO?",
        "I've had a fever of 38.6 since my hip operation, could it be from the HO?",
    ],
)
def test_a_fever_reading_asked_about_the_condition_is_a_report(bank_triage, text):
    assert bank_triage.assess(text).tier == "urgent", bank_triage.assess(text)


@pytest.mark.parametrize(
    "text", ["can HO cause a fever of 39?", "does HO give you a temperature of 38?", "my hip is stiff, is it from the HO?"]
)
def test_a_question_about_the_condition_stays_general(bank_triage, text):
    assert bank_triage.assess(text).tier == "routine", bank_triage.assess(text)


def test_every_round24_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND24_RULES)
