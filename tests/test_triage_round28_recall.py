"""Round 28 (issue 13, recall26): what is usual for the writer against what is new, fixed as causes in the readers.

Chosen on the even-numbered development files (`triage-dev2`, `dev12` ... `dev22`, and `triage-dev23`'s even lines),
kept only as the other half held (docs/triage.md, round 28). Causes fixed here:
- a denial of the time before, with its "until" a few words on ("never had chest pain in my life till now"): the
  denial ends at the turn to now (`Triage._first_time`);
- a habit's words after a short turn to now ("..., but in the last hour I get breathless"): what is new, not the
  usual (`Triage._habit_told_now`);
- a long-standing sign, then a later clause told at a recent time of its own ("tingling for years, but over the
  last 3 days it's gone weak"): the story's old date no longer makes the whole story old (`_told_lately`);
- fits counted in one day, or told against their usual rate (rule `seizures-changing`);
- a joint hot or red and hurting more than usual (rule `hot-red-joint`);
- numbness, the noun, in both legs (rule `sudden-loss-of-walking`);
- the usual, then a turn to now between a sign's parts ("my eye is always a bit dry, but this morning ... red and
  painful"): `Triage._turned_to_now_between`; "but this is" after a habit (`time_frame: current`);
- "normally" with a verb after it tells how a sign usually goes, no denial ("her fits normally last a minute"):
  `_habit_adverb`;
- "2x" read as "twice" (`read_as`);
- a sign pointed back at as the usual after it ("been the same for years", "that's his normal"):
  `time_frame: usual_after`, `Triage._usual_told_after`.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways: told now it escalates, and a near-miss twin (usual, asked in general, long ago) does not."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

# The rules whose signs this round widened (each names its NHS page beside the new words and under `sources`).
ROUND28_RULES = {"seizures-changing", "hot-red-joint", "sudden-loss-of-walking"}

EMERGENCIES = [
    # a first time: the denial is of the time before the turn to now
    "I'd never had chest pain in my life until an hour ago, now it's heavy and spreading into my jaw",
    "no chest pain at all until an hour ago, now it's crushing",
    # a habit's words after a turn to now
    "my legs have been fine, but since lunchtime my wife gets short of breath just sitting in her chair",
    # numbness, the noun, in both legs
    "I've got back ache and some numbness in both legs since the weekend",
    # the usual episode, then "but this is"
    "I get chest tightness sometimes with heartburn but this is crushing and came on an hour ago, I feel clammy",
    # "normally" telling the usual length, then the fit now
    "her fits normally last a minute or two, this one has gone on 8 minutes and she isn't coming round",
]

URGENT = [
    # fits counted in a day, or against their usual rate
    "he's had three fits this afternoon, each one stopped by itself and he came round in between",
    "since yesterday her fits come every day instead of once a month",
    # a joint hurting more than usual, hot and red
    "since last night my arthritic knee is much more painful than usual and it's hot and red",
    # the usual, then a turn to now between the sign's parts
    "my eye is always a bit dry, but this morning I woke up and it's red and painful and my sight is blurry",
    # a double dose typed as text speak
    "i took my blood thinner 2x today by mistake",
    # the usual, then what is new after a turn
    "my ankles are puffy, been the same for years, but today my left calf is hot, red and swollen",
]

# A long-standing sign, then weakness told at a recent time: at least the same day (the stroke rule may call 999).
NOT_ROUTINE = [
    "my hand has tingled on and off for years, but over the last 3 days it's gone weak and I keep dropping things",
]

NEAR_MISSES = [
    # a denial with no turn to now, and a pattern after "until"
    "I've never had chest pain in my life, can HO cause it?",
    "no chest pain at all until I climb a steep hill, then it eases when I stop",
    # a habit told as the usual, a word of now with no turn before it, a habit dated long
    "dad gets breathless when he walks up the hill to the shops, is that his heart?",
    "today I get breathless on the stairs like always, is that the HO?",
    # a long-standing sign with nothing told lately
    "I've had tingling in my fingers for years, it's a bit weak",
    # fits long ago, fits asked about in general
    "he had three fits in 2019 and none since, could HO surgery bring them back?",
    "can you have two seizures in a day with a brain injury?",
    # a joint more painful than usual, neither hot nor red
    "my knee is more painful than usual after the long walk, should I rest it?",
    # numbness in both legs told as a long-standing loss, and asked about
    "he's paralysed from the chest down and has numbness in both legs, can he still get HO?",
    # the usual told alone, a habit asked about, "normally" as a denial, a schedule typed as text speak
    "my eye is always a little dry and red, is that HO?",
    "I get chest tightness sometimes with heartburn, can HO cause that?",
    "his fits normally last a minute, how long is too long?",
    "she had a fit earlier and is breathing normally now",
    "i take my blood thinner 2x a day, can HO change that?",
    # a sign pointed back at as the person's usual
    "swollen ankles at the end of a long day at work, both sides, been the same for years",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, ()))
def test_told_now_it_escalates(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NOT_ROUTINE)
def test_what_is_new_after_what_was_usual_is_not_routine(text):
    assert general_triage().assess(text).tier != "routine"


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


def test_every_rule_widened_this_round_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND28_RULES)


def test_without_its_pointer_to_the_usual_the_same_sign_escalates():
    # the near-miss above is routine because of "been the same for years", not because the sign went unread
    assert general_triage().assess("swollen ankles at the end of a long day at work, both sides").tier == "urgent"
