"""Round 33 (triage31): the line between 999, the same day and an answer, for three classes named by the brief.

- black or tarry poo with feeling faint or dizzy, also on getting up, is 999 (`black-poo-with-feeling-faint`); black poo
  told alone stays the same day, black poo from iron tablets stays an answer, and iron with faintness the same day;
- breathless with both ankles swelling is the same day (`breathless-with-both-ankles-swelling`), also told by the time
  of day the ankles swell ("by the end of the day"); a general question or a pattern told for years is no sign;
- a clot named as what a blood thinner was just started for is a clot diagnosed and treated (`seen_by_clinician`
  looks): an answer, not the same day; a sign told new after it, or a blood thinner started after an operation with a
  calf hot and swollen, is still the same day;
- a headache or migraine told as unlike the person's usual ones is the same day (`headache-needs-checking`); "my usual
  migraine" and a general question comparing kinds of headache stay an answer; "this ones" (the apostrophe of "this
  one's" dropped) tells the episode now after a long-standing pattern, as "this one is" does.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

ROUND33_RULES = {"black-poo-with-feeling-faint", "breathless-with-both-ankles-swelling"}

EMERGENCIES = [
    # black poo with faintness or dizziness, also on getting up
    "my dad feels faint when he gets up and his poo is black",
    "my poo has gone black and I feel really dizzy",
    "her stools are black and tarry and she says she feels lightheaded",
]

URGENT = [
    # black poo alone stays the same day; black poo from iron with faintness too
    "my poo is black this morning",
    "I'm on iron tablets, my poo is black and I feel a bit dizzy",
    # breathless with both ankles swelling, also told by the time of day
    "I get short of breath and both my ankles swell up by the end of the day",
    "mum is breathless walking to the shop and her ankles are swollen in the evenings",
    # a clot under treatment with a sign told new after it
    "I was started on apixaban for a clot in my leg and now the leg is more swollen and hot",
    # a blood thinner after an operation names no clot: the calf is still the same day
    "I was started on apixaban after my knee op, my calf is swollen and hot",
    # a headache unlike the usual ones
    "I've had migraines for years but this one is different from my usual ones",
    "his headache today is not like his usual headaches at all",
    # the usual told long-standing, then the episode now with "this one's" written without its apostrophe
    "I've had headaches for years but this ones different, it's been there since Sunday",
]

ROUTINE = [
    # black poo from iron alone; a general question; long ago
    "my poo has been black since I started iron tablets",
    "can black poo make you feel faint?",
    "I had black poo years ago and felt faint",
    # ankles and breath asked about in general; ankles alone in the heat asked as normal
    "can heart failure cause breathlessness and swollen ankles?",
    "my ankles swell in hot weather, is that normal?",
    # a clot named as what a blood thinner was started for
    "I've just been started on warfarin after a clot in my leg",
    "I was put on rivaroxaban for a DVT in my calf, can I drink alcohol?",
    # the usual migraine; kinds of headache compared in general
    "my usual migraine is back again, can I take my triptan?",
    "how is a tension headache different from a migraine?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, ROUTINE))
def test_each_class_both_ways(text, tier):
    assert_tier(text, tier)


def test_black_poo_with_faintness_is_its_own_rule():
    assessment = general_triage().assess("my poo is black and I feel dizzy")
    assert (assessment.tier, assessment.rule) == ("emergency", "black-poo-with-feeling-faint"), assessment


def test_breathless_with_ankles_by_the_evening_is_its_own_rule():
    assessment = general_triage().assess("I get short of breath and my ankles swell up at the end of the day")
    assert (assessment.tier, assessment.rule) == ("urgent", "breathless-with-both-ankles-swelling"), assessment


def test_a_clot_treated_still_carries_the_safety_line():
    assessment = general_triage().assess("I've just been started on warfarin after a clot in my leg")
    assert (assessment.tier, assessment.informational) == ("routine", True), assessment


def test_every_rule_of_this_round_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND33_RULES)
