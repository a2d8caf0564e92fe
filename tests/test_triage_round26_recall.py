"""Round 26 (issue 13, recall): urgent cases scored routine and missed emergencies, fixed as causes in the readers.

Chosen on the odd-numbered development files and the first half of the clinic triage files, kept only as the other
half held (docs/triage.md, round 26 recall). Causes fixed here:
- an ask whether the sign can wait ("can it wait til monday - the wound has opened ...") read as a general "can it"
  question: the wait-asks are in the table's `asking` list, an ask about now;
- a side or kind word after an owner ("can't lift his *left* foot") that kept a sign phrase naming its owner from
  being read: `Triage._with_sides_skipped`;
- an overdose told by an amount in words with "what happens now" (the older rule steps aside for "what happens"):
  a sign of `overdose-told-then-asked-what-happens-now`;
- a heart rate of 120 or more read at rest and lasting, or after an operation: `heart-rate-fast-at-rest-for-hours`.

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
