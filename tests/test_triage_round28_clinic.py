"""Round 28 (issue 13, clinic triage, branch clinictriage26): urgent cases a clinic's patients told that the general
layer scored routine, fixed as causes in the general layer.

Chosen on the clinic triage files of the odd places in the banks' alphabetical order, kept only as the even places
held (docs/triage.md, round 28 clinictriage26). Classes fixed here, each a red flag whatever the bank:
- a hot, swollen joint told with gout only as history in another sentence: `hot-red-joint` (its gout words are read
  in the sign's sentences only);
- a wrist or hand that hangs, or fingers that will not straighten at all, after an operation or in a cast:
  `new-numbness-or-weakness`;
- a snap or pop at the elbow or shoulder, then a lump, a big bruise or an arm that will not bend:
  `tendon-torn-in-the-arm`.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways: told now it gets its tier, and a near-miss twin (general, past, expected, another thing) does not."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

ROUND28_RULES = {"hot-red-joint", "new-numbness-or-weakness", "tendon-torn-in-the-arm"}

URGENT = [
    # a hot swollen joint, gout only as history in its own sentence
    "my shoulder went hot and swollen this morning and it's very painful, no fall. I've had gout in the past",
    "my wrist is suddenly red, hot and swollen and I can't bend it, nothing happened to it. Had gout a few years ago",
    # a hand that hangs after an operation or in a cast
    "two days after my elbow operation my hand just hangs and I can't lift it",
    "my mum's arm has been in plaster since tuesday and now she can't lift her wrist",
    "since the op on my arm I can't straighten my fingers at all",
    # a pop or snap at the elbow or shoulder, then a lump, a big bruise or an arm that will not bend
    "pulling the mower cord I felt a snap at my elbow, now there's a bulge in my upper arm",
    "heard a pop in my shoulder lifting the kid and now a huge bruise down my arm",
]

NEAR_MISSES = [
    # gout named in the joint's own sentence stays the gout's
    "my big toe is hot and swollen again, it's my gout",
    # stiffness after a hand operation, told as not yet full
    "since my op I can't fully straighten my fingers yet, is that normal?",
    "a week after my hand operation my fingers won't straighten properly",
    # a wrist weak after the cast is no hanging hand, and no operation or cast means no such rule
    "my wrist is limp after the cast came off, is that normal?",
    "I can't straighten my fingers in the morning",
    # a joint that pops on moving, or a pop long ago
    "my elbow clicks and pops when I bend it",
    "I felt a pop in my shoulder years ago and had a big bruise",
    "does a torn tendon in the arm leave a lump?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases((), URGENT, ()))
def test_told_now_it_gets_its_tier(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


def test_the_wrist_and_the_tendon_are_read_by_their_own_rules():
    # the tier above could come from an older rule: these name the row that reads them
    assert general_triage().assess("in a cast since friday and my hand just hangs down").rule == (
        "new-numbness-or-weakness")
    assert general_triage().assess("felt a pop at my elbow lifting a crate and now a lump in my arm").rule == (
        "tendon-torn-in-the-arm")


def test_every_round28_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND28_RULES)
