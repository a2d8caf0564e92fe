"""Round 11 of the triage table: word families and time words found missing on a new writer's tuning set.
Each fix reads a family of wordings; every case here was written for these tests (none is a line of a
tuning or held-apart set) and is checked both ways: the sign escalates, a past, supposed or everyday-sense
version of it does not."""

from __future__ import annotations

import pytest

CASES = [
    # "couldn't" as well as "can't" catch one's breath, told as happening now.
    ("this morning he suddenly couldnt catch his breath and it still hasnt settled", "emergency"),
    ("I walked to the kitchen and could not get my breath, it is still going on", "emergency"),
    ("after my op last spring I couldnt catch my breath on the stairs for a while, is that HO?", "routine"),
    ("we laughed so hard I couldnt catch my breath", "routine"),
    # Blood passed from the bottom, in the verb forms of "poo", on a blood thinner.
    ("pooping bright red blood this evening and I take apixaban", "emergency"),
    ("there is dark blood coming from my back passage, on warfarin since the op", "emergency"),
    ("years ago on warfarin I was pooing blood, can HO meds do that?", "routine"),
    # Short text-speak spellings the one-slip reading cannot reach.
    ("my chest feels really tite and it is spreading to my left arm", "emergency"),
    ("bleeding lods from my wound and it wont stop", "emergency"),
    ("my jeans are too tite over the new scar, any tips?", "routine"),
    # A place to jump, with not being able to keep going: a crisis now.
    ("I am at the cliff edge and I cant keep going", "emergency"),
    ("standing by the bridge, I dont think i can carry on", "emergency"),
    ("I walked over the bridge to the clinic and my hip ached, should I keep going with the walks?", "routine"),
    # Choking on what is no food and no airway.
    ("I am choking on the paperwork for my disability claim, which forms mention HO?", "routine"),
    ("my grandson was choking with laughter at my walking frame", "routine"),
    ("my daughter is choking on a sweet and going blue", "emergency"),
    # Decades and "over the years" put an event or a long-standing sign in the past.
    ("my brother took an overdose in the 80s and he is fine now, can he take the HO tablets?", "routine"),
    ("she has had dysreflexia a few times over the years, can HO set it off? she has a spinal cord injury", "routine"),
    ("my husband has a spinal cord injury and has a pounding headache and is sweating right now", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round11_family(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# A decade is a number, not a word with digits typed for letters: the disguise reading keeps its time.
DECADES = [
    ("my uncle took an overdose of his tablets in the 70s, he has been well since, is HO in the family?", "routine"),
    ("my sister overdosed in the 1990s and recovered, could her old meds cause HO?", "routine"),
    ("my dad has taken 20 of his pills just now", "emergency"),
    ("i want to k1ll mys3lf", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), DECADES)
def test_a_decade_keeps_its_time_in_the_whole_reply(bot, text, tier):
    kind = bot.ask(text).kind
    if tier == "routine":
        assert kind not in ("emergency", "urgent")
    else:
        assert kind == tier


URGENT = [
    # A limb that feels "asleep" since an operation is new numbness.
    ("since the knee op my foot feels like its asleep all the time", "urgent"),
    ("four days after the hip operation his shin still feels asleep", "urgent"),
    ("my foot fell asleep on the sofa last year, can HO do that?", "routine"),
    # A click or clunk in the operated joint, then pain on taking weight.
    ("my new knee clunked on the stairs and now it hurts to put weight on it", "urgent"),
    ("heard a crack from my replaced hip and it is painful to stand since", "urgent"),
    ("my knees click when I squat, is that HO?", "routine"),
    # Blood thinner doses missed at more than one time of day.
    ("forgot my rivaroxaban last night and this morning, what now", "urgent"),
    ("I missed both doses of my apixaban yesterday", "urgent"),
    ("what happens if you miss a dose of warfarin?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), URGENT)
def test_round11_urgent_family(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# A seizure asked about in a question, then told as going on after it.
SEIZURE = [
    ("can a head injury cause fits? my husband is having one right now and it wont stop", "emergency"),
    ("are seizures common after a stroke? mum is in the middle of one, over five minutes now", "emergency"),
    ("my son had a seizure last year. is he having one now? no, he is fine", "routine"),
    ("can HO medicine cause seizures? my friend had one years ago", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), SEIZURE)
def test_a_seizure_named_then_going_on(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Weaker than before is new weakness (same day); lost colour, warmth or all movement stays an emergency.
PARTIAL = [
    ("since the hip op I cant lift my foot as high as before", "urgent"),
    ("after his knee replacement he cant lift his toes as well as he used to, top of the foot numb", "urgent"),
    ("I cant lift my foot at all and it has gone cold and white", "emergency"),
    # Swelling that goes down overnight is long-standing.
    ("both my ankles puff up in the evening and go down overnight, I had my hip done last year", "routine"),
    ("my left calf is swollen, red and hot since this morning, a week after my hip op", "urgent"),
]


@pytest.mark.parametrize(("text", "tier"), PARTIAL)
def test_partial_weakness_and_settling_swelling(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# A wound edge that has parted: a gap, something showing through, a stitch come out.
WOUND = [
    ("there is a little gap in my hip wound and I can see something yellow", "urgent"),
    ("a stitch has come out of my knee scar and there is a small gap", "urgent"),
    ("years ago my wound had a small gap where a stitch came out, it healed fine. can HO grow in a scar?", "routine"),
    ("what if my wound opens up a little gap after the op?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), WOUND)
def test_a_wound_that_parts(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Sick again and again and keeping nothing down, within the day.
VOMITING = [
    ("threw up four times since lunch and cant keep my water down", "urgent"),
    ("she keeps being sick and cant keep any tablets down", "urgent"),
    ("I was sick once this morning but kept my breakfast down, is that HO?", "routine"),
    ("last year I vomited four times in a day and couldnt keep anything down, could HO cause that?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), VOMITING)
def test_sick_again_and_again(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# "Blood thinner" names a medicine: the "blood" in it is no bleeding, and taking one stays a context.
BLOOD_THINNER = [
    ("been sick all night and cant keep my blood thinners down", "urgent"),
    ("can I take my blood thinner with the HO tablets?", "routine"),
    ("on blood thinners and my nose has been bleeding for an hour", "emergency"),
    ("I'm on a blood thinner and I just vomited blood", "emergency"),
    ("took my blood thinner twice by mistake this morning", "urgent"),
]


@pytest.mark.parametrize(("text", "tier"), BLOOD_THINNER)
def test_blood_thinner_is_a_medicine_not_blood(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# "With no injury" says what did not cause a sign that is there now; "fell, but no injury" is an outcome.
NO_INJURY = [
    ("my ankle came up hot, red and swollen this morning with no injury", "urgent"),
    ("out of nowhere her knee is red, hot and puffy, with no injury to it", "urgent"),
    ("my ankle swelled up red and hot years ago with no injury, is that HO?", "routine"),
    ("I slipped on the ice last winter but no injury, could that start HO?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), NO_INJURY)
def test_with_no_injury_is_no_outcome(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
