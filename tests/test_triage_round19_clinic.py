"""Round 19 (issue 13, clinic): emergencies and same-day red flags a clinic's patients tell in their own words.

The block "Round 19 (clinic)" of `chatbot/general/triage/triage.yaml`, and lay words added to older rules: a hernia
told as a lump in the groin, severe side pain with a fever, no pee with one kidney or a bladder about to burst, cold
and drowsy, red streaks with a fever, a fit just now or one that is not stopping, a fall with the leg short or turned
out in severe pain, a bowel blockage in severe pain, an overdose of a medicine named by name (`clinic_medicine`), a
collapse then pale and confused now; same day: a fast heartbeat since a medicine change, pregnant on a thyroid
medicine, tingling round the mouth with cramps, a nosebleed past 15 minutes, something stuck in the eye, a hard red
vein, a child who may have swallowed a named medicine, a break in the skin gone hot and spreading, bruising or
chickenpox met on an immune-suppressing medicine.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each rule
is checked both ways: told now it escalates, a past, supposed or general mention stays routine. The last test runs
them on a small clinic bank of our own (`tests/data/shoulder-bank`), so that a bank's own words do not lower them."""

from __future__ import annotations

from pathlib import Path

import pytest
from triage_support import assert_tier, tier_cases

from chatbot import Bot
from chatbot.safety.triage import GENERAL_TRIAGE
from chatbot.safety.triage_file import read_triage_document

ROUND19_RULES = {
    "fall-with-leg-shortened-or-turned-out",
    "bowel-blockage-with-severe-pain",
    "side-pain-severe-with-fever",
    "no-pee-with-one-kidney-or-bladder-bursting",
    "very-cold-and-drowsy-or-slow-breathing",
    "infection-spreading-with-high-fever",
    "fit-just-now",
    "fast-heartbeat-since-a-medicine-change",
    "pregnant-on-a-thyroid-medicine",
    "tingling-round-the-mouth-with-cramps",
    "nosebleed-not-stopping",
    "something-stuck-in-the-eye",
    "vein-hard-red-and-hot",
    "child-swallowed-a-medicine",
}

EMERGENCIES = [
    "dad slipped on the stairs and can't get up, his right leg is shorter than the other and he is in agony",
    "my nan tripped over the rug, she can't stand and her foot is pointing outwards and she is crying in pain",
    "no wind and no poo since friday, tummy swollen like a drum and the pain is agony",
    "been throwing up green bile all morning and the stomach pain is unbearable",
    "excruciating pain in my left loin and I'm shivering with a temperature of 38.9",
    "terrible pain in my kidney area, rigors and a fever since lunchtime",
    "I've only got one kidney and haven't had a wee all day",
    "he can't wee at all and says his bladder is about to burst",
    "grandad is freezing cold to the touch and really drowsy, we can't keep him awake",
    "she feels ice cold and her breathing is very slow",
    "there's a red streak going up from the cut on my hand and I've got chills",
    "red lines tracking up my leg from the bite and I'm burning up",
    "my daughter just had a fit at the table",
    "his fit isn't stopping, it's been going a while",
    "I've swallowed all my lithium tablets",
    "she took a whole box of levothyroxine",
    "he's taken the whole packet of propranolol",
    "my groin lump has gone purple and I'm in agony and being sick",
    "dad keeled over in the garden and now he's pale and clammy",
    "grandma is not answer me and she is on the floor",
]

URGENT = [
    "since my dose went up last week my heart keeps racing",
    "pulse is 130 since starting the new tablets, no chest pain",
    "positive pregnancy test this morning and I take levothyroxine",
    "I'm pregnant and on acitretin for my skin",
    "tingling around my mouth and cramps in my hands since yesterday",
    "my son's nose has been bleeding for 25 minutes even with pinching",
    "there is something stuck in my eye and I can't wash it out",
    "the vein on my calf has gone hard and red and it's hot to touch",
    "my 3 year old may have swallowed some of my carbimazole",
    "the cut on my shin is red hot and the redness is spreading",
    "on methotrexate and I've got bruises for no reason",
    "I'm on a biologic and my niece has shingles, I've never had chickenpox",
    "she fell off her bike and her wrist is a funny shape",
    "knee came up red, hot and swollen overnight",
    "saw zigzags for the first time ever this afternoon, then a headache",
    "knocked my head on the car door yesterday, now a headache that is getting worse",
]

MENTIONS = [
    "can a fall make your leg look shorter?",
    "my mum broke her hip last year when she fell and her leg was turned out, how do we stop another fall?",
    "what does a bowel blockage feel like, is the pain unbearable?",
    "can kidney stones cause a fever and severe pain in the side?",
    "can you live normally with one kidney?",
    "why do I feel cold all the time with an underactive thyroid?",
    "I have a cold and feel a bit drowsy from the cold medicine",
    "what do red streaks from a cut mean?",
    "what should I do if someone has a fit?",
    "my husband has epilepsy and just had one of his usual seizures, he's come round now",
    "what happens if you take too much levothyroxine?",
    "can methotrexate make you drowsy?",
    "my weekly methotrexate, can I take it on a different day?",
    "I get a lump in my groin when I cough, is it a hernia?",
    "I fainted years ago and was pale and clammy, is that related?",
    "can levothyroxine make your heart race?",
    "is it safe to take levothyroxine when pregnant?",
    "why do nosebleeds happen more in winter?",
    "how do I get an eyelash out of my eye?",
    "what are varicose veins?",
    "my son takes carbimazole, does he need blood tests?",
    "does methotrexate cause bruising?",
    "had the vein injections last week, the vein feels a bit hard, is that normal?",
    "what is a migraine aura like the first time?",
    "I had my first aura when I was 14, do they change with age?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, MENTIONS))
def test_told_now_it_escalates_and_a_near_miss_stays_routine(text, tier):
    assert_tier(text, tier)


def test_a_named_medicine_taken_by_a_child_is_not_an_overdose(triage_table):
    # `clinic_medicine` is only read with a whole box, all of them or too many: a child who takes a medicine is no
    # child who swallowed one.
    assert triage_table.assess("my 15 year old takes carbimazole and has a cold").tier == "routine"


def test_every_round19_rule_has_an_nhs_source():
    document = read_triage_document(GENERAL_TRIAGE)
    names = {rule["name"] for rule in document["rules"]}
    assert ROUND19_RULES <= names
    covered: dict[str, list] = {}
    for source in document["sources"]:
        for name in source.get("covers", ()):
            covered.setdefault(name, []).append(source)
    for name in ROUND19_RULES:
        assert covered.get(name), name
        assert all(source["url"].startswith("https://www.nhs.uk/") for source in covered[name]), name


BANK = Path(__file__).parent / "data" / "shoulder-bank"


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mum fell in the hall, can't get up, her leg is turned out and she's screaming in pain", "emergency"),
        ("took the whole box of my naproxen and codeine on purpose", "emergency"),
        ("since the op my arm is freezing cold to touch and he's very drowsy", "emergency"),
        ("the injection site on my shoulder is hot, red and spreading", "urgent"),
        ("after a fall this morning I can't lift my arm at all and it's badly bruised", "urgent"),
    ],
)
def test_a_clinic_bank_of_our_own_escalates_them(clinic, text, kind):
    assert clinic.session().ask(text).kind == kind


@pytest.mark.parametrize(
    "text",
    ["how long does a frozen shoulder last?", "can a steroid injection in the shoulder make my face go red?"],
)
def test_the_clinic_bank_answers_its_own_questions(clinic, text):
    assert clinic.session().ask(text).kind not in ("emergency", "urgent")
