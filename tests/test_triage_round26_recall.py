"""Round 26 (issue 13, recall): urgent cases scored routine and missed emergencies, fixed as causes in the readers.

Chosen on the odd-numbered development files and the first half of the clinic triage files, kept only as the other
half held (docs/triage.md, round 26 recall). Causes fixed here:
- an ask whether the sign can wait ("can it wait til monday - the wound has opened ...") read as a general "can it"
  question: the wait-asks are in the table's `asking` list, an ask about now;
- a side or kind word after an owner ("can't lift his *left* foot") that kept a sign phrase naming its owner from
  being read: `Triage._with_sides_skipped`;
- an overdose told by an amount in words with "what happens now" (the older rule steps aside for "what happens"):
  a sign of `overdose-told-then-asked-what-happens-now`;
- a heart rate of 120 or more read at rest and lasting, or after an operation: `heart-rate-fast-at-rest-for-hours`;
- earache shown, not told, by someone who cannot say it (pulling or tugging at the ear): the lay family `ear-pulled-at`;
- a COPD flare-up told by its signs (coughing more, phlegm gone green or yellow), not as "worse";
- a small thing drawn "into" a nose ("pulled", "sniffed", gone from sight); Parkinson's medicines run out, told by the
  condition rather than the tablet's name; a limb not used after a fall, shown rather than told.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways: told now it escalates, and a near-miss twin (general, past, after exercise, another thing) does not.
(An older rule may answer first with the same or a higher tier; the tier is what is checked.)"""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

ROUND26_RULES = {"heart-rate-fast-at-rest-for-hours", "overdose-told-then-asked-what-happens-now"}

EMERGENCIES = [
    # an amount in words, then "what happens now"
    "my flatmate has taken loads of her sleeping pills, what happens now",
    "i've swallowed a handful of my tramadol. what happens now?",
]

URGENT = [
    # a wait-ask is an ask about now, even when it opens the message
    "can it wait till tomorrow - my scar has split open and there's pus, the op was last week",
    "is it ok to wait until monday? my calf has been swollen and hot since the op",
    # a fast heart rate at rest that lasts
    "my pulse has been 130 at rest all day, a week after my knee op",
    "heart rate 125 resting since last night and it won't come down",
    # earache shown by pulling at the ear, with a high temperature
    "my daughter has autism and keeps tugging at her ear, she's burning up with a temp of 38.9",
    # a COPD flare-up told by its signs
    "my mum has emphysema and since yesterday she is coughing more and bringing up yellow",
    # a small thing drawn into the nose, gone from sight
    "my little boy sniffed a bead into his nose and I can't see it now",
    # Parkinson's medicines run out, told by the condition
    "my wife has parkinsons and we've run out of her tablets since yesterday",
    # a limb not used after a fall, shown rather than told
    "my toddler fell off the sofa this morning and won't use her arm",
]

NEAR_MISSES = [
    # a wait-ask about a general question stays general
    "can it wait till monday - can HO cause a wound to leak?",
    "I had pus in my wound years ago, can it happen again?",
    # a side word in a question about the course, or long ago
    "is it normal that I can't lift my left leg as high as my right after HO surgery? it's been like that for years",
    # a general question about an overdose, and a dose over a day
    "what happens if you take lots of paracetamol?",
    "what happens if someone has taken a lot of ibuprofen over the day?",
    # a fast heart rate on a run, or a question about normal
    "my heart rate was 150 on my run this morning, is that ok?",
    "what is a normal resting heart rate? mine is 70",
    # pulling at an ear with no temperature, or at an earring
    "he keeps pulling his ear, no temperature and he's happy",
    "she keeps pulling at her earrings, temp 38.5 after her jab",
    # phlegm as a question, or every morning as usual
    "does copd make you cough up green phlegm?",
    "I have copd and always bring up some phlegm in the morning",
    # a bead and a nose asked about in general
    "can a child get a bead stuck in their nose?",
    # a Parkinson's prescription due with tablets still left
    "my dad has parkinsons, his repeat prescription is due next week and he's nearly run out",
    # an arm not used after a fall long ago, or asked about in general
    "my son fell off his bike last year and wouldn't use his arm for a week",
    "can a fall make a child stop using their arm?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, ()))
def test_told_now_it_escalates(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_gets_no_reply_of_its_own_tier(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


@pytest.mark.parametrize(
    ("with_side", "without_side"),
    [
        ("he can't lift his left foot since yesterday and it's getting worse",
         "he can't lift his foot since yesterday and it's getting worse"),
        ("new since tuesday my dad can't lift his left foot properly and it's getting worse",
         "new since tuesday my dad can't lift his foot properly and it's getting worse"),
        ("my left calf is swollen and hot since the op", "my calf is swollen and hot since the op"),
    ],
)
def test_a_side_word_after_the_owner_changes_nothing(with_side, without_side):
    table = general_triage()
    assert table.assess(without_side).tier != "routine"
    assert table.assess(with_side).tier == table.assess(without_side).tier


def test_the_side_word_reader_reads_only_after_an_owner():
    # "left" after an owner is a side; "left" as a verb ("left hospital") is no side and nothing is skipped.
    table = general_triage()
    assert table.assess("she can't lift her left foot since this morning").tier != "routine"
    assert table.assess("she left the foot clinic since this morning").tier == "routine"


def test_every_round26_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND26_RULES)
