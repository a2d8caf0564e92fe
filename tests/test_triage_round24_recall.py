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
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.bot import Bot

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
    # after the transfer check (causes of triage-part15's and the piles triage's misses)
    "adrenaline-pen-used",
    "fast-heart-rate-with-faintness",
    "heavy-bleeding-in-pregnancy-in-other-words",
    "overdose-told-then-asked-what-happens-now",
    "thoughts-of-not-being-here",
    "baby-moving-much-less",
    "after-bowel-or-bottom-operation-no-poo-for-days",
    "heavy-bleeding-from-the-bottom-now-stopped",
    "pile-gone-hard-and-dark-or-sudden-painful-lump-at-the-bottom",
    "given-a-medicine-of-the-family-one-is-allergic-to",
    "anti-inflammatory-and-weeing-less",
    "radiotherapy-side-effects-for-the-team-today",
    "catheter-bag-not-filling-with-a-spinal-cord-injury",
    "fall-onto-a-replaced-joint",
    "kidney-stone-pain-in-waves",
    "blood-thinner-injections-stopped-early-after-an-operation",
    "burn-white-or-numb-in-the-middle",
    "pain-scored-severe-that-painkillers-do-not-touch",
}

EMERGENCIES = [
    "I had to use the EpiPen on my son ten minutes ago, he seems okay now",
    "my pulse is 180 sitting on the sofa and I feel like I'm going to pass out",
    "12 weeks pregnant and there is lots of blood and bad cramps",
    "my brother has swallowed 24 tablets of co codamol, what happens now?",
    "I keep thinking about not being here and I've got pills ready",
]

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
    # after the transfer check
    "I keep thinking about not being here, no plan, I'm safe for now",
    "31 weeks pregnant and the baby has been moving a lot less since yesterday",
    "5 days after my piles operation and I still haven't had a poo despite the laxatives",
    "there was so much more blood than usual from my piles, it filled the toilet, it has stopped now",
    "one of my piles has gone purple and rock hard",
    "woke up with a sudden painful lump near my bum and I can't sit down",
    "I'm allergic to penicillin and the walk-in centre gave me co-amoxiclav this morning",
    "since the ibuprofen I'm weeing much less and my feet are puffy",
    "halfway through radiotherapy and I've had diarrhoea 7 times today",
    "he's paraplegic and the catheter bag hasn't filled since lunch, the flush didn't work",
    "my mum fell onto her new knee this afternoon and it's really painful",
    "I think I have a kidney stone, the pain comes in waves and it's 9 out of 10",
    "my dad stopped his clexane injections a week early after his knee replacement",
    "my daughter's burn from the iron has gone white and waxy in the middle",
    "my knee pain is 9 out of 10 and the painkillers aren't touching it, I can't sleep",
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
    # after the transfer check
    "how do I use an EpiPen?",
    "my heart rate was 165 on my run and I felt a bit dizzy at the end",
    "I'm pregnant and had a little spotting, no pain",
    "how many paracetamol can you take in a day?",
    "that song about not being here is so sad",
    "is it normal for the baby to move less at 39 weeks?",
    "how long until I have a poo after a piles operation?",
    "I get a bit of blood on the paper from my piles now and then",
    "what do piles look like?",
    "I'm allergic to penicillin, can I take amoxicillin?",
    "can ibuprofen cause kidney problems?",
    "will radiotherapy give me diarrhoea?",
    "how often should I change my catheter bag with a spinal injury?",
    "how do I avoid falling after my knee replacement?",
    "I had a kidney stone years ago, can it come back?",
    "I finished the course of clexane injections after my hip op",
    "I burnt the toast and the smoke alarm went off",
    "my period pain is 8 out of 10 every month",
    "I have a spinal injury and my wee smells strong after asparagus",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, NEAR_MISSES))
def test_told_now_it_escalates_and_a_near_miss_stays_routine(text, tier):
    assert_tier(text, tier)


def test_a_question_about_a_nosebleed_keeps_the_safety_line(triage_table):
    assessment = triage_table.assess("what if a nosebleed lasts 30 minutes?")
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
    "text",
    ["can HO cause a fever of 39?", "does HO give you a temperature of 38?", "my hip is stiff, is it from the HO?"],
)
def test_a_question_about_the_condition_stays_general(bank_triage, text):
    assert bank_triage.assess(text).tier == "routine", bank_triage.assess(text)


def test_every_round24_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND24_RULES)
