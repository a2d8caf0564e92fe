"""Round 32 (triagerecall30): urgent and emergency red flags the triage missed, fixed as classes in the table.

Chosen on half `a` of `tools/triage_recall30_split.py` (every tuning triage set, the cases at even positions of each
file) and kept only as half `b` (odd positions) held (docs/triage.md, round 32). Classes, each with its NHS page in
`triage.yaml`:
- a gun told as the writer's own or at hand, with the intent to use it now (999, a new rule); a gun for pests or
  sport, or someone else's gun with a grudge, is no means;
- a fit told "has fit" in a second language, its minutes counted as going on (999);
- being sick with deep, heavy breathing and sleepiness in type 2 diabetes as in type 1 (999, DKA);
- a new joint that slips out and is pushed back in by the person (same day);
- paranoia with hearing things, and "says he's being followed" (same day, psychosis);
- a second dose of a blood thinner told in a second language's present tense with the mistake that made it, and an
  old and a new blood thinner both taken on the day of a switch (same day).

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways: told now it escalates, and a near-miss twin (past, general, a habit, another thing) does not."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

ROUND32_RULES = {
    "a-weapon-at-hand-with-intent-now",
    "collapse-or-unconscious",
    "diabetic-ketoacidosis-signs",
    "dislocation-put-back-by-oneself",
    "new-psychosis-signs",
}
# (double-dose, widened too, also keeps an older source the official list of this check does not hold; this round's
# NHS entry in `sources` covers it as well.)

EMERGENCIES = [
    # a gun at hand with the intent to use it now
    "I've got a gun in the flat and I'm going to use it tonight",
    "my brother has a gun in his room and says he is going to use it on himself",
    # a fit told as "has fit", going on for minutes
    "my wife has fit 6 minute now and not stopping",
    # DKA in type 2: being sick, deep breathing, drowsy
    "my daughter has type 2 and has been vomiting since lunch, she's drowsy and breathing really deep and heavy",
]

URGENT = [
    # a new joint slipping out, pushed back in
    "my replaced hip slips out when I turn in bed and I had to push it back in this morning",
    # psychosis: paranoid and hearing things; being followed
    "my son is paranoid all the time now and hearing things in the house that aren't there",
    "since she stopped her tablets my sister says she is being followed everywhere",
    # a second dose told in a second language's present tense, with the mistake
    "I take two time my warfarin this morning, I forget I already take it",
    # both blood thinners on the day of a switch
    "the hospital changed me from warfarin to rivaroxaban and today I take both",
    # a fall from a bike on a blood thinner, a limb swollen
    "I'm on apixaban and came off my bike this morning, my knee has swollen up a lot",
    # a bone's shape not right after a fall
    "my daughter fell from the trampoline, her arm is swollen and the shape is not right",
]

NEAR_MISSES = [
    # a gun for pests, someone else's gun with a grudge, a gun in a film
    "my husband has a gun for the rabbits and is going to use it tonight",
    "he has a gun, I've had enough of him and his shooting club",
    "we watched a film where he had a gun and was going to use it",
    # a fit long ago, or fit as healthy
    "he has fit once as a child, it lasted 2 minutes",
    # DKA asked about in general, or a bug long ago
    "what are the signs of DKA in type 2, is it vomiting and deep breathing?",
    "I have type 2 diabetes, had a sickness bug years ago and was very sleepy",
    # a joint asked about in general
    "can a hip replacement slip out and what do you do?",
    # paranoia long ago
    "I was paranoid about hearing things at night when I was a kid",
    # a habit of two doses a day; a question before a switch
    "I take my blood thinner two times a day, morning and night",
    "they are switching me from warfarin to apixaban, can I take both for a day?",
    # a bike ridden, not fallen from; a shape long-standing
    "I'm on warfarin, is it safe to ride my bike to work?",
    "I fell years ago and my wrist shape is not right since, is that HO?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, ()))
def test_told_now_it_escalates(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


def test_every_rule_widened_this_round_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND32_RULES)


def test_a_gun_at_hand_is_a_crisis():
    # the crisis lines come with the emergency number, as for every means at hand
    assessment = general_triage().assess("I have a gun in the house and I'm going to use it tonight")
    assert (assessment.tier, assessment.rule, assessment.crisis) == (
        "emergency", "a-weapon-at-hand-with-intent-now", True), assessment

