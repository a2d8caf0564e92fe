"""Round 20 of the triage table (issue 13), precision: the false emergencies and false urgents left on the tuning sets,
sorted by cause and fixed as a class, in the table's data (`chatbot/general/triage/triage.yaml`, the blocks marked
"round 20 precision") and in the reading (`chatbot/safety/triage.py`). Every case here was written for these tests (none
is a line of a tuning or held-apart set); each cause is checked both ways: the near-miss gets the answer (with its
safety line where a rule was named), and its real twin, the same sign told now of a real person, keeps its tier."""

from __future__ import annotations

import pytest

CASES = [
    # A figure of speech: out of breath from laughing, told with "catch my breath".
    ("couldn't catch my breath for laughing at the panto, great night. how long does HO take to settle?", "routine"),
    ("I can't catch my breath walking across the kitchen since my knee op on monday", "emergency"),
    # ... a letter or piece of news that "left me breathless".
    ("the consultant's letter left me breathless, so many long words. what is ossification?", "routine"),
    ("the short walk to the shop left me breathless today, my hip was done last week", "emergency"),
    # ... legs "dead" after exercise.
    ("my legs are dead after the physio class haha, is that normal at 6 weeks?", "routine"),
    ("both my legs suddenly went dead this morning and I can't stand", "emergency"),
    # ... a chest sore from a bout of coughing.
    ("my chest is sore from all the coughing with this flu, anyway can HO affect the ribs?", "routine"),
    ("crushing pain in my chest from coughing, spreading to my jaw", "emergency"),
    # ... a breath-holding spell in a tantrum.
    (
        "our little girl stops breathing in a tantrum until she goes red, the health visitor said"
        " it's a phase",
        "routine",
    ),
    ("our little girl has stopped breathing and gone floppy", "emergency"),
    # ... an eye lost long ago to an illness or an injury.
    ("my uncle lost an eye in an accident as a boy, could his hip problem be HO?", "routine"),
    ("I've suddenly lost the sight in one eye since lunchtime", "emergency"),
    # A long-standing loss told as the reason one would not notice something.
    ("his spinal cord injury means he can't feel his feet, how would we spot HO early?", "routine"),
    ("he can't feel his feet since he slipped in the shower this morning", "emergency"),
    # A general question: a condition's subject told before an aside.
    ("if my wife (she has a brain injury) ever has a seizure, should she go to hospital every time?", "routine"),
    ("my wife (she has a brain injury) is having a seizure now", "emergency"),
    ("if my son, who is paralysed, ever gets a thumping headache, is that always dysreflexia?", "routine"),
    ("my son, who is paralysed, has a thumping headache and is sweating now", "emergency"),
    # ... a fear that every sign is the worst.
    ("my aunt had a stroke in 2019 and now I panic that every headache is a stroke, how can I tell?", "routine"),
    ("I have the worst headache of my life and my face is drooping", "emergency"),
    # A small child who cannot explain yet.
    ("she's only two so she can't really explain where it hurts, how do we know if HO is starting?", "routine"),
    ("she's only two, she is wheezing badly and can't breathe", "emergency"),
    # An everyday sign: a food that makes the lips tingle; cooked is no slip of crooked.
    ("raw peaches make my lips tingle but cooked ones are fine, is that an allergy?", "routine"),
    ("my face has gone crooked and my lips tingle", "emergency"),
    # ... a medicine's strength is no weak limb.
    ("is a stronger cream on my legs ok, the weak steroid isn't doing much", "routine"),
    ("my left leg has gone weak and floppy since this morning", "emergency"),
    # ... iron in the diet is no iron tablet swallowed.
    ("my 3 year old is fussy and the GP says he is low in iron, what foods help?", "routine"),
    ("my 3 year old ate some of my iron tablets", "emergency"),
    # A clinician who listened, and what they said; a change told before the look.
    (
        "my chest felt tight on monday but it passed, and the GP listened today and said it's a"
        " strained muscle",
        "routine",
    ),
    (
        "my chest felt tight on monday, the GP listened and said it's a strained muscle, but now"
        " it's crushing",
        "emergency",
    ),
    # A short bleed on a blood thinner told as stopped by itself.
    ("on rivaroxaban, had a nosebleed at breakfast, it lasted 3 minutes and stopped by itself", "routine"),
    ("on rivaroxaban, my nose has bled for 40 minutes and it only stopped now", "urgent"),
    # One extra dose of vitamin D.
    ("I accidentally took my vitamin D twice today", "routine"),
    ("I accidentally took my warfarin twice today", "urgent"),
    # Black poo from iron tablets.
    ("my poo has gone black since I started ferrous fumarate, I feel well", "routine"),
    ("my poo has gone black and sticky since I started ferrous fumarate and my tummy hurts", "urgent"),
    # A temperature gone by this morning.
    ("my son was hot last night, 38.6, no temperature this morning and he's eating", "routine"),
    ("my son has been 39.4 since last night and still this morning", "urgent"),
    # ... one that comes with colds, told as a pattern.
    ("my daughter gets a temperature whenever she has a cold, is that normal with HO?", "routine"),
    ("my daughter has a cold and a temperature of 39 today", "urgent"),
    # Bruising "easy" as a habit of years on a blood thinner.
    ("on apixaban for years and I bruise so easy, is that ok before my op?", "routine"),
    ("on apixaban and a huge bruise came up on my thigh today for no reason", "urgent"),
    # ... and little bruises told as such.
    ("on edoxaban I get tiny bruises on my arms, is that the tablets?", "routine"),
    ("on edoxaban, tiny bruises on my arms and blood in my pee today", "urgent"),
    # A trip that is a journey.
    ("on rivaroxaban and off on a school trip with my class next week, what should I pack for my hip?", "routine"),
    ("on rivaroxaban and had a trip on the kerb this morning and banged my head", "urgent"),
    # The usual dose is no extra one.
    ("my knee aches tonight and I've taken my usual painkillers, can I use a heat pad?", "routine"),
    ("I took my usual painkillers and then took them again by mistake", "urgent"),
    # Cramp in the calves at night.
    ("I get cramp in my legs at night, it goes if I stretch, does HO do that?", "routine"),
    ("cramp in my calf at night since the op and now the calf is swollen and red", "urgent"),
    # A medicine named by the clots it prevents.
    ("why do I need tablets to prevent clots after my knee replacement?", "routine"),
    ("I think I have a clot, my calf is hot and swollen since my knee replacement", "urgent"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round20_precision(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_near_miss_keeps_its_safety_line(bot):
    assessment = bot.triage.assess("my poo has gone black since I started ferrous fumarate, I feel well")
    assert assessment.tier == "routine" and assessment.informational and assessment.rule


def test_a_common_word_is_no_slip_of_a_rarer_sign_word(bot):
    from chatbot.safety.triage import _commoner_word

    assert _commoner_word("cooked", "crooked")
    assert not _commoner_word("crookd", "crooked")
