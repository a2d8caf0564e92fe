"""Round 16 of the triage table (issue 13), the urgent tier: the causes of urgent misses and false urgents found on
every triage tuning set, each fixed as a class. Every case here was written for these tests (none is a line of a
tuning or held-apart set); each cause is checked both ways, and the emergencies near each class are checked not to
fall."""

from __future__ import annotations

import pytest
from conftest import kind_and_id

# A wound whose edges part, told in lay words; pus or redness round the holes staples or a drain left.
WOUND_OPENING = [
    ("the bottom end of my knee scar is pulling apart, op was 12 days ago", "urgent"),
    ("since my hip op the wound has come apart a tiny bit at the top, a little clear fluid, is that ok?", "urgent"),
    ("the incision is coming open in the middle after my shoulder surgery", "urgent"),
    ("one of the staple holes on my leg is red and oozing today", "urgent"),
    ("the drain site from my operation is hot and leaking yellow stuff", "urgent"),
    # asked about as a risk, or a routine step: no sign
    ("could my scar come apart if I do the physio exercises too early after a hip replacement?", "routine"),
    ("when do they take the staples out after a knee replacement?", "routine"),
]

# A dislocated joint told by where the foot or knee points.
DISLOCATION_BY_POSITION = [
    ("got out of the chair, felt a clunk in my new hip and now my foot is pointing outwards", "urgent"),
    ("mum's replaced hip went with a pop, her knee is facing inwards and she can't get up", "urgent"),
    # a lifelong way of standing asked about
    ("my toes have always pointed out when I walk, could HO do that?", "routine"),
]

# A dislocation that the team has already put back: their look settles it; one that comes out again is new.
PUT_BACK_BY_THE_TEAM = [
    (
        "My hip came out on Sunday, the hospital put it back under sedation and it's fine now. Does that raise "
        "the risk of HO?",
        "routine",
    ),
    (
        "went to A and E on Friday night, my shoulder was dislocated, they relocated it. What exercises help now?",
        "routine",
    ),
    ("they put my hip back last week but this morning it popped out again and I can't stand", "urgent"),
]

# Confusion or agitation with a water or chest infection (NHS, UTIs: urgent GP or 111 when confused or drowsy).
CONFUSED_WITH_AN_INFECTION = [
    ("grandma is on antibiotics for her water and tonight she is agitated and doesn't know where she is", "urgent"),
    ("my father, 79, has a UTI and this afternoon he's acting strangely and very agitated", "urgent"),
    ("mum has a chest infection and since lunch she doesn't know who we are", "urgent"),
    # with an infection named, confusion is the NHS sepsis sign: 999 (the table's line, never lowered)
    ("my mother's kidney infection is being treated and today she seems confused", "emergency"),
    # a past episode, or a general question
    ("my aunt got very muddled with a water infection years ago, is confusion common with HO?", "routine"),
    ("can a water infection make an elderly person confused?", "routine"),
]

# A sign that is getting better, told as such: no same-day report.
GETTING_BETTER = [
    ("five weeks after my knee op the ankle swelling is slowly going down, a bit puffy by bedtime still", "routine"),
    (
        "my foot was very puffy after the hip op but it's a lot less swollen now, just a little by the evening",
        "routine",
    ),
    # a clot sign keeps it urgent, whatever else gets better
    ("my calf is hot and tender today, though the ankle swelling is less than last week", "urgent"),
]

# "is a bit" inside a statement describes; it asks only opening a question.
A_BIT_IN_A_STATEMENT = [
    ("since last night my arm has gone numb and tingly and my grip is a bit weaker now", "urgent"),
    ("is a bit of numbness round the scar normal two weeks after a knee replacement?", "routine"),
]

# Numbness whose edge is moving up the body.
NUMBNESS_MOVING_UP = [
    ("I have a spinal cord injury at T8 and today the numb area is creeping higher than it was", "urgent"),
    ("will the numbness from my spinal injury ever get better with HO treatment?", "routine"),
]

# Pus on a patch of skin, or weeping and crusting told as very sore (NHS, infected eczema or psoriasis).
INFECTED_SKIN = [
    ("a couple of the psoriasis plaques on my elbow have pus in them today", "urgent"),
    ("my eczema is crusting and weeping on my neck and it's really sore", "urgent"),
    ("how do I stop my eczema weeping at night?", "routine"),
]

# Diarrhoea with blood, or with the signs of drying out (NHS, diarrhoea and vomiting; dehydration).
DIARRHOEA_OR_SICKNESS_TO_CHECK = [
    ("three days of the runs now, there's blood mixed through it", "urgent"),
    ("been throwing up since Tuesday and I've hardly peed today, dizzy when I get up", "urgent"),
    ("my son had diarrhoea with blood in it when he was little, can HO run in families?", "routine"),
]

# A tummy pain that moves to the lower right and gets worse (NHS, appendicitis).
PAIN_MOVING_TO_THE_LOWER_RIGHT = [
    ("the ache by my belly button has shifted to the bottom right of my tummy and it's getting worse", "urgent"),
    ("had my appendix out as a teenager; now I get pain lower right when I run, is that scar tissue?", "routine"),
]

# A headache with blurred or double vision (NHS, headaches; doxycycline).
HEADACHE_WITH_VISION_CHANGE = [
    ("on minocycline for my skin and this week a constant headache with my vision going blurry", "urgent"),
    ("my migraines always start with blurred vision before the headache", "routine"),
]

# Newly pregnant on a medicine that can harm a baby (NHS, isotretinoin; sodium valproate).
PREGNANT_ON_A_HARMFUL_MEDICINE = [
    ("the test this morning says I'm pregnant and I take sodium valproate", "urgent"),
    ("I'm on roaccutane, how long after stopping can I try to get pregnant?", "routine"),
]

# A question whether a medicine brings a sign on more often is about a pattern.
DOES_THAT_MEAN_I_GET = [
    ("I take apixaban, does that mean I'll get bruises more easily?", "routine"),
    ("I take apixaban and my nose has been pouring blood for 40 minutes", "emergency"),
]

# One extra dose of a PPI or a statin, with nothing else told (NHS: unlikely to harm).
EXTRA_DOSE_UNLIKELY_TO_HARM = [
    ("accidentally had my lansoprazole twice today, is that a problem?", "routine"),
    ("I took my atorvastatin twice last night by mistake", "routine"),
    ("took my omeprazole and my apixaban twice this morning by mistake", "urgent"),
    ("doubled up on my simvastatin by accident and now I keep being sick", "urgent"),
]

# Bruising easily told as a habit of years on a blood thinner; a big, unexplained bruise told now still escalates.
EASY_BRUISING_AS_A_HABIT = [
    ("been on apixaban since 2020 and I bruise so easily, will that matter for my HO operation?", "routine"),
    (
        "on warfarin, I always bruise easily but this morning there's a massive bruise on my back, no knock",
        "urgent",
    ),
]

# A red, painful eye that light hurts (NHS, red eye).
RED_EYE_AND_LIGHT = [
    ("my right eye has gone red and sore and bright light hurts it", "urgent"),
    ("why do my eyes get red when I'm tired?", "routine"),
]

# A small after-effect asked about as "should I tell anyone?", or one better each morning.
SMALL_THINGS_ASKED_ABOUT = [
    ("on rivaroxaban and my gums bled a little when brushing, it stopped by itself, should I mention it?", "routine"),
    ("my ankles are a bit puffy by bedtime since the hip op but better every morning", "routine"),
]

# A wound (not named as an operation's) that leaks and is red or hot.
A_WOUND_THAT_LEAKS_AND_IS_RED = [
    ("the wound on my shin from the fall is leaking and has gone red and hot", "urgent"),
    ("my blister burst and is leaking a bit of clear fluid, is that ok?", "routine"),
]

# An animal bite that looks infected; an insect bite that is red and itchy is everyday.
A_BITE_THAT_LOOKS_INFECTED = [
    ("our neighbour's dog nipped my hand on Sunday and now it's red and puffy and throbbing", "urgent"),
    ("got a midge bite on my forearm, it's red and a bit swollen", "routine"),
]

CASES = (
    A_BITE_THAT_LOOKS_INFECTED
    + EASY_BRUISING_AS_A_HABIT
    + RED_EYE_AND_LIGHT
    + SMALL_THINGS_ASKED_ABOUT
    + A_WOUND_THAT_LEAKS_AND_IS_RED
    + INFECTED_SKIN
    + DIARRHOEA_OR_SICKNESS_TO_CHECK
    + PAIN_MOVING_TO_THE_LOWER_RIGHT
    + HEADACHE_WITH_VISION_CHANGE
    + PREGNANT_ON_A_HARMFUL_MEDICINE
    + DOES_THAT_MEAN_I_GET
    + EXTRA_DOSE_UNLIKELY_TO_HARM
    + WOUND_OPENING
    + DISLOCATION_BY_POSITION
    + PUT_BACK_BY_THE_TEAM
    + CONFUSED_WITH_AN_INFECTION
    + GETTING_BETTER
    + A_BIT_IN_A_STATEMENT
    + NUMBNESS_MOVING_UP
)


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round16_urgent_tier(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    "text",
    [
        # the emergency lines near these classes do not fall
        "my nan has a water infection, a temperature of 39 and she is suddenly confused and very drowsy",
        "my hip came out and my foot has gone cold and blue",
        "numb from the waist down since this morning and I can't feel when I pee",
    ],
)
def test_emergencies_near_these_classes_stay(bot, text):
    assert bot.triage.assess(text).tier == "emergency"


def test_an_urgent_sign_gets_the_urgent_reply_not_an_answer(bot):
    kind, _ = kind_and_id(bot, "the stitch holes on my new knee are red and oozing since yesterday")
    assert kind == "urgent"
