"""Round 31 (triagerecall29): urgent and emergency red flags the triage missed, fixed as classes in the table.

Chosen on half `dev` of `tools/triage_recall29_split.py` (every tuning triage set, halved by a salted hash of the
question, fixed before any miss was read) and on the leftovers named by the brief; kept only as the other half held
(docs/triage.md, round 31). Classes, each with its NHS page in `triage.yaml`:
- a 999 sign told in a second language's words: a fit "already 5 minute", the body "shaking all the body", a battery
  "swallow"ed; a slow pulse read by a number with a blackout ("lost conscious");
- a hypo named with the person too drowsy or confused to swallow or drink (999);
- a writer's own denial ("no clots", told of blood) is no clinician's look: it no longer reaches back over the sign
  told before it ("no clot" and "the scan showed no clots" stay looks);
- the usual told as controlled against now: fits counted over days, AF racing at rest;
- a near-faint on standing hidden by the figure of speech "nearly fainted when" (same day, never 999);
- a hand that keeps "dropping things" is the hand's weakness, not a face dropping (same day, not a FAST sign);
- the baby moving less told over a span ("hasn't been moving as much") or as "him"/"her" kicking;
- a double dose told as "swallowed two ... instead of one";
- a stab "right through to my back" with clammy or grey skin (999, as a tearing pain is);
- being sick or having diarrhoea with diabetes medicines, unable to eat, weak and shaky or with high sugars (same day);
- a wound told as "draining"; a hearing loss told as a noun ("sudden loss of hearing").

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways: told now it escalates, and a near-miss twin (asked in general, long ago, everyday) does not."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

ROUND31_RULES = {
    "collapse-or-unconscious",
    "low-blood-sugar-confused",
    "seizures-changing",
    "palpitations-at-rest-or-all-day",
    "pregnancy-warning-signs",
    "sick-with-diabetes",
    "tearing-chest-or-back-pain",
    "sudden-hearing-loss",
    "stroke",
}

EMERGENCIES = [
    # a fit's length and the whole body in a second language's words
    "my son is having the fit, already 7 minute, he not wake",
    "my neighbour fall in the kitchen and she is shaking all of the body, 6 minutes it continue",
    # a battery swallowed, the plain verb
    "my toddler swallow a battery from the remote",
    # a slow pulse by its number with a blackout
    "her pulse is 38 on the machine and she lost consciousness for a few seconds",
    # a hypo, too drowsy or confused to drink
    "mum's having a hypo and she's too confused to drink the juice",
    # a stab right through to the back with shock
    "it feels like I've been stabbed right through to my back and I've gone grey and clammy",
    # a FAST sign is still a FAST sign: a weak arm with the mouth dropped on one side
    "his arm went weak and his mouth dropped on one side",
]

URGENT = [
    # a denial of one more sign after the sign is no look
    "there's blood in my wee today, no clots",
    "I'm on apixaban and there's blood in my pee, no clots",
    # the usual control against now
    "his seizures are normally well controlled but he's had 4 fits in 3 days",
    "my AF is usually well controlled but my heart has been racing all morning",
    # a near-faint on standing
    "I nearly passed out when I got up off the sofa",
    # a hand dropping things, getting weaker over days: same day, not 999
    "over the past week my left hand has got weaker and I keep dropping my cup",
    "weakness in my left hand that has got worse over four days, I keep dropping my keys",
    # the baby moving less over a span, or "him" not felt
    "I'm 32 weeks pregnant and the baby hasn't been kicking as much",
    "36 weeks pregnant, haven't felt her move since last night",
    # a double dose swallowed
    "I swallowed two of my warfarin instead of one",
    # being sick with diabetes medicines, weak and shaky or unable to eat
    "on metformin and I've had diarrhoea and vomiting since yesterday, feel weak and shaky",
    # a wound told as draining
    "my knee wound keeps draining through the stitches a week after the op",
    # hearing loss told as a noun
    "woke up with a total loss of hearing in my right ear",
]

NEAR_MISSES = [
    "he had the fit last year, it lasted 7 minutes, can it come back?",
    "how long does the battery in the scale last?",
    "my resting pulse is 38, I'm a marathon runner, is that ok?",
    "what should I do if I have a hypo at night?",
    "had the scan on my calf last week, no clot, so what else could the ache be?",
    "the scan showed no clots in my calf, so what else could the ache be?",
    "my fits are well controlled, can I learn to drive?",
    "my AF is well controlled, can I fly?",
    "I nearly fainted when I saw the size of the scar",
    "my hands are weak from the cold and I keep dropping the pegs lol",
    "I felt him move for the first time at 20 weeks, is that normal?",
    "stabbing pain under my ribs going through to my back after fatty food, is it gallstones?",
    "I'm type 2, should I stop metformin if I get diarrhoea?",
    "the hip scar is still draining a bit, is that normal at day 2?",
    "my grandad had hearing loss for years, is it genetic?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, ()))
def test_told_now_it_escalates(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


def test_every_rule_widened_this_round_has_a_public_source():
    # (overdose and double-dose, widened too, also keep older sources, NHS 111 and NHS Lothian, that the official
    # list of this check does not hold; this round's NHS entry in `sources` covers them as well.)
    assert_each_rule_has_a_public_source(ROUND31_RULES)


def test_a_weak_hand_dropping_things_is_not_read_as_a_face_dropping():
    # the same-day nerve rule answers, not the stroke rule (which needs the face, mouth, smile or a side named)
    assessment = general_triage().assess("my right hand is weak and I keep dropping things, worse each day this week")
    assert (assessment.tier, assessment.rule) != ("emergency", "stroke"), assessment
