"""Round 21 of the triage table (issue 13), precision that transfers: the false emergencies and false urgents left on
the tuning sets, sorted by cause and fixed as a class, in the table's data (`chatbot/general/triage/triage.yaml`, the
blocks marked "round 21 precision") and in the reading (`chatbot/safety/triage.py`). Every case here was written for
these tests (none is a line of a tuning or held-apart set); each near-miss stands beside a real twin, the same sign told
now of a real person, that keeps its tier."""

from __future__ import annotations

import pytest

CASES = [
    # A number that is normal: a bleed on a blood thinner that stopped within ten minutes (NHS: longer than 10).
    ("on edoxaban, my nose bled for 10 minutes on sunday and stopped on its own, is that ok?", "routine"),
    ("on edoxaban, my nose bled for 25 minutes on sunday and stopped on its own, is that ok?", "urgent"),
    ("dad's on warfarin, his nose bled, we pinched for 10 mins and it stopped. anything we should do?", "routine"),
    ("dad's on warfarin and his nose has been bleeding for 10 minutes and will not stop", "emergency"),
    # A doctor already involved in an episode that is over.
    (
        "my partner (C5 injury) had a thumping headache on friday from a kinked catheter, it settled once we"
        " fixed it and the GP has seen him since. does HO affect bladders?",
        "routine",
    ),
    (
        "my partner (C5 injury) has a thumping headache and is sweating, his catheter is kinked",
        "emergency",
    ),
    (
        "the nurse at the rehab unit checked my brother for dysreflexia this afternoon, he's fine now. what"
        " is HO?",
        "routine",
    ),
    # ... and a change told after the look is new.
    ("my calf is swollen and red, the GP checked it on monday but now it's worse", "urgent"),
    ("my calf is swollen and red, the GP checked it on monday and the scan was clear", "routine"),
    # A look told in few words, or a test with its day between.
    ("scar wept a little on day 3, nurse said normal, dry ever since. when can I swim?", "routine"),
    ("my scar is weeping yellow stuff today and it smells", "urgent"),
    (
        "my leg was puffy last week but the ultrasound on friday came back clear, is that common after surgery?",
        "routine",
    ),
    ("my leg is puffy and hot and the calf hurts since friday, I had my knee done two weeks ago", "urgent"),
    # A figure of speech: a pain in the heart as a reaction to seeing something.
    ("my heart hurts every time I open the council tax letter, lol. can HO come back after surgery?", "routine"),
    ("I have a sharp pain in my chest and it spreads to my jaw", "emergency"),
    # ... a child "running around" is not "running" a temperature.
    ("my girl had 39.2 in the night but she's had ibuprofen and is running about now, no fever today", "routine"),
    ("my husband is running 39.4 and shivering since his hip op", "urgent"),
    # ... a new household product is no new medicine.
    ("my hands are itchy and a bit red since we changed our washing up liquid", "routine"),
    ("itchy lumpy rash on my chest since I started the new painkillers yesterday", "urgent"),
    ("since starting a new body wash my lips are swelling and I'm wheezy", "emergency"),
    # ... "make it worse" said of another thing.
    ("if my scar ever got infected, could that make HO worse?", "routine"),
    ("my scar is infected and getting worse by the hour", "urgent"),
    # ... legs dead after a session of exercise.
    ("pilates nearly killed me lol, legs are dead after today's class", "routine"),
    ("my legs have suddenly gone dead and I can't stand up", "emergency"),
    # ... the closed-in feeling of a breathing mask.
    ("first week with the cpap mask and I feel like I'm suffocating, will I get used to it?", "routine"),
    ("my wife has her cpap mask on and she has stopped breathing and is blue", "emergency"),
    # ... the day of a course of medicine is no count of tablets.
    ("he's on day 4 of 7 of his antibiotics and feels fine, can he stop them?", "routine"),
    ("he took 9 of his antibiotics at once to get it over with", "emergency"),
    # A general question about prevention.
    ("how can I stop my hip from dislocating when I get out of the car?", "routine"),
    ("my new hip has just popped out getting out of the car", "urgent"),
    # Someone else's old story: an aside that ends the sentence of a dated clause.
    ("my mum reacted to a dressing as a child, blisters everywhere. can she still have the surgery?", "routine"),
    ("I had a reaction to penicillin last year, hives all over, and now my lips are swelling", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round21_precision(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_settled_episode_seen_to_keeps_its_safety_line(bot):
    assessment = bot.triage.assess(
        "I had dysreflexia on tuesday, we found a blocked catheter and it settled, the GP has seen me since"
    )
    assert assessment.tier == "routine" and assessment.informational and assessment.rule == "autonomic-dysreflexia"
