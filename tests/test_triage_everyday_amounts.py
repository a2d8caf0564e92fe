"""Everyday amounts are no overdose and a prescribed schedule is no second dose.

Found on real consumer messages (the LiveQA benchmark) and by trying ordinary sentences: "all my" in one
sentence and "had" in the next made an overdose; so did "had too much to drink" and "ate the whole cake";
"5 mg tablets, taken twice a day" read as a dose taken twice.
"""

import pytest

from chatbot import Bot


@pytest.fixture(scope="module")
def triage():
    return Bot.load().triage


@pytest.mark.parametrize(
    "message",
    [
        "I had too much to drink last night, does alcohol affect HO",
        "i ate the whole cake",
        "had too much coffee today and feel jittery",
        "I have all my trouble with my hands. I have had both hands operated on",
        "I take 5 mg tablets, taken twice a day",
        "my tablets are taken twice daily, can they cause HO",
    ],
)
def test_everyday_amounts_and_schedules_stay_routine(triage, message):
    assert triage.assess(message).tier == "routine"


@pytest.mark.parametrize(
    ("message", "tier"),
    [
        ("he took too many tablets", "emergency"),
        ("he took too many", "emergency"),
        ("took a handful", "emergency"),
        ("she swallowed all her pills", "emergency"),
        ("i took the whole packet of paracetamol", "emergency"),
        ("my dad has swallowed the whole box of his colchicine and he's being sick", "emergency"),
        ("she took the whole packet", "emergency"),
        ("my son ate a handful of my pills", "emergency"),
        ("i think i took too much paracetamol", "emergency"),
        ("grandad had too many of his heart pills by mistake", "emergency"),
        ("i took my warfarin twice today", "urgent"),
        ("i took my apixaban twice this morning by mistake", "urgent"),
    ],
)
def test_real_overdoses_and_double_doses_still_count(triage, message, tier):
    assert triage.assess(message).tier == tier
