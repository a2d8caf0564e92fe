"""Round 27 (issue 13, recall): urgent cases scored routine and false emergencies, fixed as causes in the readers.

Chosen on the even-numbered development files (and `triage-dev22`'s even lines), kept only as the other half held
(docs/triage.md, round 27). Causes fixed here:
- a knock on the head told in everyday words, then a headache, dizziness, feeling sick or sleepiness since: the sign
  reader's head + knock with the word group `after_knock`, rule `head-knock-then-symptoms-since`;
- a bite that broke the skin told by who bit (a kid, a toddler) or as punctured: `animal-or-human-bite-broke-the-skin`;
- signs gone through as a checklist and answered "no" ("shortness of breath? no. chest pain? no."): read as denials
  (`chatbot/safety/checklist_denials.py`);
- a typo two slips from its word ("dubble dose ... last nite"): the table's `read_as`;
- a look by a clinician the reader did not know (a midwife, a physio, a dentist): `seen_by_clinician: looks`.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways: told now it escalates, and a near-miss twin (long ago, asked in general, denied) does not."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.checklist_denials import read_checklist_denials
from chatbot.safety.triage import general_triage

ROUND27_RULES = {"head-knock-then-symptoms-since"}

URGENT = [
    # a knock on the head in everyday words, then what came on after it
    "whacked my forehead on the kitchen cupboard this morning and I've felt woozy and headachey since",
    "my husband clonked his head on the car door yesterday and today he's got a headache and feels a bit queasy",
    "grandma bumped her head on the table last night, she has a bruise and is more forgetful today",
    # a bite that broke the skin, told by who bit or as punctured
    "a toddler at playgroup bit my daughter's arm and it broke the skin",
    "our cat bit my finger last night and punctured it, it's throbbing",
    # a typo two slips from its word
    "took a dubble dose of my warfarin last nite by mistake",
    # a clinician's look, then a sign told new after it
    "the midwife checked my ankles this morning but now my calf is swollen and hot",
    "the physio saw my knee last week and said it was fine, but now it's hot and red and swollen",
]

NEAR_MISSES = [
    # a knock long ago with headaches since, a knock asked about in general, a knock with nothing after it
    "I banged my head years ago and have had headaches ever since, could HO be the cause?",
    "can a bump on the head give you headaches and dizziness later on?",
    "my son knocked his head at school today, no headache, not sick, not dizzy, playing as normal",
    # a bite that did not break the skin, a bite asked about in general, a habit
    "my toddler bit his sister while teething, it didn't break the skin",
    "can a kid's bite that breaks the skin get infected?",
    "my kid bites his nails until the skin is sore",
    # signs gone through as a checklist, each answered no
    "shortness of breath? no. chest pain? no. calf pain? no. can I stop wearing the stockings?",
    "fever? nope. wound leaking: none. when can I drive again after my hip?",
    # a sign a midwife, physio or dentist has looked at and called normal
    "my ankles are swollen at 35 weeks, the midwife checked them today and said it's normal, any tips?",
    "my knee was warm and swollen after the op, the physio checked it yesterday and said that's normal at this stage",
]

CHECKLIST_KEEPS_THE_SIGN = [
    # a yes, a "no" that starts another thought, and a question of its own keep the sign as typed
    "chest pain? yes, since this morning and it's crushing",
    "chest pain? no idea why but it's crushing and going into my arm",
    "is it just heartburn? no, the chest pain is crushing and spreading to my jaw",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases((), URGENT, ()))
def test_told_now_it_escalates(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_gets_no_reply_of_its_own_tier(text):
    assessment = general_triage().assess(text)
    assert assessment.tier == "routine", assessment


@pytest.mark.parametrize("text", CHECKLIST_KEEPS_THE_SIGN)
def test_a_checklist_reading_leaves_a_sign_told_now(text):
    assert general_triage().assess(text).tier == "emergency"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("shortness of breath? no. chest pain? no.", "no shortness of breath. no chest pain."),
        ("fever: none, rash: no", "no fever, no rash"),
        ("any calf pain? nope", "no any calf pain"),
        ("is it chest pain? no, it's my ribs", "is it chest pain? no, it's my ribs"),
        ("chest pain? yes", "chest pain? yes"),
        ("what is HO? no one told me", "what is HO? no one told me"),
        ("temperature: 39, rash: no", "temperature: 39, no rash"),
        ("no question mark or colon here", "no question mark or colon here"),
    ],
)
def test_the_checklist_reading_alone(typed, read):
    assert read_checklist_denials(typed) == read


def test_every_round27_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND27_RULES)
