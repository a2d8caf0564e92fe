"""Round 27 (issue 13, clinic): red flags a clinic's patients tell in their own words, fixed in the general layer.

Chosen on the clinic triage files whose bank names start a to m, kept only as the n to z files held (docs/triage.md,
round 27 clinic). Classes fixed here, each a red flag wherever it is said, whatever the bank:
- pain far worse than the injury, or under a plaster cast, with the limb rock hard or tight (compartment syndrome):
  `pain-far-worse-than-the-injury-in-a-tight-limb`, 999;
- the edges of a wound, or the skin round it, going black: `wound-edges-turning-black`, the same day;
- a bone out of line after a fall told by the way it points ("pointing a different way"): `possible-broken-bone`;
- breathlessness told only on effort or as building over days, with no sign of an emergency: the same day, not 999
  (`not-breathing-or-breathless`'s `if_said`).

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways: told now it gets its tier, and a near-miss twin (general, past, another thing) does not."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

ROUND27_RULES = {"pain-far-worse-than-the-injury-in-a-tight-limb", "wound-edges-turning-black",
                 "not-breathing-or-breathless"}

EMERGENCIES = [
    # pain out of all proportion in a tight, hard limb
    "my arm is in a cast since friday and the pain is excruciating, my forearm feels rock hard",
    "crushed my shin at work today, the pain is far worse than when i did it and it feels like its going to burst",
    # breathlessness on effort stays 999 with an emergency sign beside it
    "out of breath walking to the shops and my chest feels tight",
    "getting more breathless over the last few days since my operation",
    "out of breath walking to the shop since my knee surgery last week",
    "suddenly breathless walking upstairs",
    "i get breathless walking to the shop and since this morning i cant catch my breath at all",
]

URGENT = [
    # the edges of a wound going black
    "the skin around the wound on my foot is turning black",
    "my scar edges have gone black since yesterday",
    # a bone out of line told by the way it points
    "tripped over the step and now my little finger is pointing the wrong way",
    "slipped in the shower and my toe is facing a different way",
    # breathlessness on effort or building over days, nothing more
    "my dad is more short of breath over the past week, no chest pain, fine sitting down",
    "i get out of breath walking across the room now, it has been building over the last few days",
]

NEAR_MISSES = [
    # pain or hardness alone, or a stool, or asked about
    "my leg is in plaster and the pain is bad today",
    "my leg is in plaster and it itches",
    "my poo is rock hard and the pain is unbearable",
    "what does compartment syndrome feel like?",
    # a black scab, black stitches, a bruise
    "the scab on my wound has gone black, is that normal?",
    "my wound has black stitches in it",
    # a toe that points a different way for years, from a bunion
    "my big toe points a different way because of my bunion",
    "my finger was broken years ago and now points the wrong way",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, ()))
def test_told_now_it_gets_its_tier(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_stays_routine(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


def test_breathless_told_with_lips_of_normal_colour_stays_same_day():
    # "lips are a normal colour" is no sign: only a blue or grey colour keeps breathlessness at 999
    text = "my son is a bit more breathless than usual with his asthma, his lips are a normal colour"
    assert general_triage().assess(text).tier == "urgent"


def test_breathless_without_effort_or_course_is_still_999():
    # the same-day line is drawn only by the words of effort or course: a bare breathlessness told now stays 999
    assert general_triage().assess("i'm really breathless").tier == "emergency"
    assert general_triage().assess("i can't breathe properly walking upstairs, my lips have gone blue").tier == (
        "emergency")


def test_every_round27_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND27_RULES)
