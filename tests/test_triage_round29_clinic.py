"""Round 29 (issue 13, clinic triage, branch clinictriage27): a clinic's own red flags told in its patients' words,
and false alarms on clinic questions, fixed as causes in the general layer.

Chosen on the even places of the clinic triage files in the banks' alphabetical order (concussion among them), kept
only as the odd places held (docs/triage.md, round 29 clinictriage27). Classes fixed here, each a red flag (or none)
whatever the bank:
- knocked out by a knock or fall, then awake again: `knocked-out-then-came-round` (urgent);
- no memory of a fall, a crash or the time after it: `memory-gap-after-a-fall-or-knock` (urgent);
- a knock on the head with a shunt or after brain surgery: `head-knock-with-a-shunt-or-after-brain-surgery` (urgent);
- clear fluid from the nose or an ear, or sick again and again while nodding off, after a fall or crash with the head
  untold: `head-knock-with-clear-fluid-or-nodding-off` (999);
- a soft, squashy lump on a child's head after a fall: `child-head-knock-with-big-swelling` (urgent);
- a child who got into a medicine and is now drowsy or unsteady: `child-got-into-a-medicine-now-drowsy` (999);
- HIV as a weakened immune system, and chickenpox spots coming in someone at risk (urgent);
- no false alarm: "coffee" beside being sick, feeling sick after a knock read as vomiting (now the same day), concussion
  symptoms told as easing, and "the same" inside a sign's own words ("keeps asking the same thing") read as a what-if.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

ROUND29_RULES = {
    "knocked-out-then-came-round",
    "memory-gap-after-a-fall-or-knock",
    "head-knock-with-a-shunt-or-after-brain-surgery",
    "child-got-into-a-medicine-now-drowsy",
}

EMERGENCY = [
    # clear fluid from the nose or an ear after a fall or a crash, the head untold
    "we had a crash on the motorway and now clear fluid is leaking from my son's nose",
    "grandad fell off a ladder and there's watery fluid running out of his ear",
    # sick again and again and nodding off after a fall
    "she fell off her horse, has been sick 3 times and keeps dozing off",
    # a child who got into a medicine and is drowsy now
    "my little boy got into the cough medicine while i wasnt looking and now he's really drowsy",
    # memory loss told as repeated questions, with the what-if "the same" inside the sign's own words
    "after the crash there's clear fluid coming from his nose and he keeps asking the same questions",
    # being sick after a knock (not only feeling sick) stays 999
    "my daughter hit her head on the swing and has been sick twice",
    "he banged his head on the wall and now he's sick",
]

URGENT = [
    "my daughter was knocked out for a few seconds in the playground but she's fine now",
    "got knocked out at boxing, came round after a minute and feel ok",
    "came off my scooter an hour ago and i can't remember anything about the fall",
    "she had brain surgery two years ago, and she has just knocked her head on the car door",
    "my toddler fell off the bed and has a squishy lump on the back of his head",
    "I have HIV and my nephew has just come out in chickenpox, I never had it",
    "my daughter is on steroid tablets and is starting with chickenpox spots today",
    # feeling sick after a knock: a concussion symptom for the same day, no longer read as vomiting
    "bumped my head on a beam yesterday and feel a bit sick today",
]

NEAR_MISSES = [
    # put to sleep for an operation, by a medicine, or knocked out of a contest
    "I was knocked out for my operation and woke up with a sore throat",
    "the sleeping pills knocked me out for a few hours",
    "we got knocked out of the tournament in the first round",
    # asked in general, or long ago
    "can you be knocked out for a few seconds and be completely fine?",
    "i was knocked out for a minute playing rugby years ago, could that matter now?",
    # forgetting that is not of a fall
    "i cant remember anything the nurse told me about my tablets",
    # a shunt with no knock
    "i have a shunt, is it ok to go swimming?",
    # a runny nose with no accident
    "i have hay fever and clear watery fluid keeps running from my nose",
    # a medicine given and a side effect asked about
    "my toddler takes her antihistamine every night and it makes her a bit sleepy",
    # coffee beside being sick
    "coffee makes me feel sick in the mornings",
    "he was sick on the coffee table, it's ruined",
    # concussion symptoms easing
    "day 4 after my concussion, still a slight headache but it is less than yesterday",
    "a week since the concussion, the dizziness is getting better each day and paracetamol helps",
    # a question about the sign
    "is asking the same questions a sign of concussion?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCY, URGENT, ()))
def test_told_now_it_gets_its_tier(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


def test_easing_concussion_symptoms_with_a_warning_word_keep_their_tier():
    # the easing words lower the rule only with no word of worse, sickness or confusion in the message
    triage = general_triage()
    confused = "day 3 after concussion, headache less than yesterday but now i feel confused"
    worse = "2 days after concussion, a bit better but the headache is getting worse tonight"
    assert triage.assess(confused).tier != "routine"
    assert triage.assess(worse).tier != "routine"


def test_the_new_rows_are_read_by_their_own_rules():
    triage = general_triage()
    assert triage.assess("he was knocked out for a second at football, up and chatting now").rule == (
        "knocked-out-then-came-round")
    assert triage.assess("fell down the stairs this morning and i dont remember the fall at all").rule == (
        "memory-gap-after-a-fall-or-knock")
    assert triage.assess("my son has a shunt and banged his head on the table").rule == (
        "head-knock-with-a-shunt-or-after-brain-surgery")


def test_every_round29_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND29_RULES)
