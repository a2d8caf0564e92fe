"""Round 15 of the triage table, emergency tier: the causes of the 999 misses and false emergencies found on the
tuning sets (triage-dev10 and the clinic banks' question sets), each fixed as a class.

Every sentence here was written for these tests (none is a line of a tuning or held-apart set). Each cause is
checked both ways: the red flag escalates, and the everyday, figurative, past or general version of the same words
does not.
"""

from __future__ import annotations

import pytest

from chatbot.bot import Bot


@pytest.fixture(scope="module")
def triage():
    return Bot.load().triage


TEXT_SPEAK_TO = [
    # Text speak's "2" is "to" after the object of a word that takes "to" ("want it all 2 end"), so the words of
    # suicide are read as said ...
    ("i want it all 2 end tonight, im standing on the bridge", "emergency"),
    ("dont want this all 2 go on, i want everything 2 end now", "emergency"),
    # ... and so is a figure of speech: "dying 2 know" is "dying to know".
    ("im dying 2 find out if my HO will come back after surgery", "routine"),
    ("dying 2 know how long the scan takes", "routine"),
    # ... but not before a time: "dying 2 nite" is "dying tonight".
    ("i feel like im dying 2 nite, cant breathe", "emergency"),
    # A count stays a count ("took it all 2 days ago", "want 2 paracetamol").
    ("can i have 2 paracetamol with my HO tablets", "routine"),
]

SEIZURE_IN_OTHER_WORDS = [
    # A fit told by what is seen, in a second language's order and number, or with no waking (NHS, epilepsy).
    ("my brother shaking whole body since 7 minute, please help", "emergency"),
    ("my son he is jerking all his body and not wake up", "emergency"),
    ("grandad is fitting all over and not responding to me", "emergency"),
    # Shaking told as a pattern or of the past is no fit now.
    ("my hands shake all over the place when i am nervous, is that HO?", "routine"),
    ("she was shaking all over with cold for 10 minutes after the swim last winter", "routine"),
]

FIGURES = [
    # A worry about the operation is no sign of the body.
    ("i go faint at the thought of the operation, how long is the recovery from HO surgery", "routine"),
    ("getting palpitations just thinking of the anaesthetic, is HO surgery done asleep", "routine"),
    # A machine that "has a seizure" or "is having a stroke" is broken.
    ("sorry, my laptop is having a fit again. what exercises help HO?", "routine"),
    ("the printer at work had a stroke so I couldn't print the HO leaflet", "routine"),
    # A person who is having one is not.
    ("my dad is having a fit on the floor, he has HO", "emergency"),
    # Something pressing on a nerve or a vessel "chokes" it; a person who chokes is choking.
    ("the scan shows the extra bone is choking the sciatic nerve, what does surgery involve", "routine"),
    ("my son is choking on a sweet and going blue", "emergency"),
    # Upset at news to come is no stroke.
    ("my husband is gonna have a heart attack when he finds out the HO came back", "routine"),
    ("my husband is having a heart attack, the HO came back", "emergency"),
    # "Took too many" of something that is no medicine.
    ("took too many selfies in the hospital gown haha, when will the scar fade", "routine"),
    ("i think my mum took too many of her sleeping tablets", "emergency"),
    ("i took too many", "emergency"),
]

COLOUR_WITH_A_CAUSE = [
    # A colour given by something on the skin is no mottled skin ...
    ("his knees are blue from the new jeans dye, is kneeling bad for HO", "routine"),
    ("my knees are purple and blotchy, bruised from kneeling to garden", "routine"),
    # ... while mottled or blue legs with nothing to explain them, or with a fever, still are.
    ("her legs have gone blue and blotchy and she is very drowsy", "emergency"),
    ("my dad's knees look mottled and he has a temperature of 39", "emergency"),
]

THE_STROKE_TOLD_BEFORE = [
    # A stroke told in the past and then named back as a cause or a comparison is the same past stroke.
    ("dad had a stroke in 2019 and his hand is stiff, is the stiffness HO or because of the stroke", "routine"),
    ("wife had a stroke 2 years ago, now her shoulder is stiff, could that be HO more than the stroke", "routine"),
    # Stroke signs now still escalate, whatever was before.
    ("my wife had a stroke two years ago and now her face has dropped and she can't speak", "emergency"),
]

QUESTION_WORDS_IN_TEXT_SPEAK = [
    # Question words in text speak make a general question as the spelt-out ones do.
    ("wat are the warning signs of a stroke", "routine"),
    ("wot are the signs of sepsis after an op", "routine"),
    # A sign told as happening is still a report.
    ("wat do i do my husband is having a stroke", "emergency"),
]

HEARTBURN = [
    # A burning chest told with what brings reflux on or eases it is heartburn (NHS, heartburn and acid reflux).
    ("burning feeling in my chest after meals and a sour taste, will gaviscon help", "routine"),
    ("i get a burning chest when i lie down at night and burp a lot, is that reflux", "routine"),
    ("woke up choking on stomach acid again, how high should my pillows be", "routine"),
    # Any word of the NHS 999 list keeps the emergency.
    ("burning in my chest after eating and now a pain going into my jaw, sweating", "emergency"),
    ("burning chest after food but I'm short of breath and feel faint", "emergency"),
    ("crushing chest pain after my dinner, not like my usual indigestion", "emergency"),
    ("burning chest right now, its horrible", "emergency"),
]


DISLOCATION_IN_SEVERE_PAIN = [
    # A new joint that came out, with pain at its worst or a scream, needs an ambulance ...
    ("my new knee clunked and popped out, he is screaming on the floor", "emergency"),
    ("think my hip replacement dislocated, leg is shorter and the pain is 10 out of 10", "emergency"),
    # ... with bearable pain, or pain only on standing, it is the same day.
    ("i think my new hip dislocated, the leg looks shorter but the pain is bearable", "urgent"),
    ("heard a pop in my new hip and now it's agony to stand up", "urgent"),
    # Fear of it, or a question about it, is no report.
    ("how painful is it if a hip replacement dislocates?", "routine"),
]

SKIN_TONE_AND_SHARES = [
    # A skin tone is who one is, not a colour change; a share is no count of tablets.
    ("i have black skin and my eczema patches look greyish, is that normal for my skin type?", "routine"),
    ("he has dark skin and his lips have gone grey and he is struggling to breathe", "emergency"),
    ("about 30% of her skin is covered in plaques, is that severe?", "routine"),
    ("she took 30 of her tablets an hour ago", "emergency"),
]

SOMEONE_ELSE_AND_FEAR = [
    # A friend's relative's past event, a fear of what may come, a stage of life long gone: no report of now.
    ("my friend's mum had a stroke after her knee op, how likely is that", "routine"),
    ("my neighbour's dad had a clot on his lung after his hip was done, is that common?", "routine"),
    ("petrified i'll get a clot on the flight home after the op, what can i do", "routine"),
    ("dislocated my knee twice at college, is that why i have HO now", "routine"),
    # A word of now in the same story still wins.
    ("my friend's dad had a fall and now he isn't breathing", "emergency"),
    ("i'm terrified, my husband is not breathing", "emergency"),
]

PURPLE_LIPS = [
    # Lips told purple or dusky, or breathing that keeps stopping with a colour change, are 999 ...
    ("my little boy's lips look purple and he is breathing funny", "emergency"),
    ("she keeps stopping breathing and goes floppy", "emergency"),
    # ... a colour that is make-up, food or drink, or the cold, is not.
    ("wore dark purple lipstick to my HO appointment, the nurse laughed", "routine"),
    ("his tongue is blue from the ice lolly, can kids get HO", "routine"),
    ("my lips go purple in the cold, is that a circulation problem with HO", "routine"),
]

SCENE_THEN_EVENT = [
    # "We were doing X when Y happened" sets the scene of an event just told; it dates nothing ...
    ("we were having lunch when grandad clutched his chest and went grey", "emergency"),
    ("i was hoovering when my face went numb on one side and my words came out wrong", "emergency"),
    # ... a date in the clause still dates it, and breathlessness from a climb is a pattern.
    ("we were on a cruise in 2018 when mum collapsed, could that be related to her HO", "routine"),
    ("i was walking up the stairs when i got a bit breathless, is that HO", "routine"),
    # A past stroke or heart attack told with its kind ("a mild stroke", "a silent heart attack") is past.
    ("the cardiologist thinks i had a silent heart attack years back, is HO surgery safe", "routine"),
    ("dad had a minor stroke, can he still have the HO operation", "routine"),
]

LONG_STORIES = [
    # An earlier part of the story said to be over, or "ever" as the measure of a sign, does not hide a sign told
    # now later in the sentence.
    ("writing about my dad, the HO op in may went well and recovery was fine, but this evening he suddenly got the "
     "worst headache he has ever had and now he is being sick", "emergency"),
    ("the wound healed fine, today her face dropped on one side", "emergency"),
    # Over after the sign is still over; a what-if with "ever" is still a what-if.
    ("my leg went numb on the bus but it wore off, is that HO", "routine"),
    ("what should i do if i ever get the worst headache of my life after HO surgery", "routine"),
    # Numb from how one sat is pins and needles; "like an elephant sitting on it" is still a heart attack.
    ("my foot goes numb from sitting cross legged, is that the HO", "routine"),
    ("my chest feels like an elephant is sitting on it", "emergency"),
]

IDIOMS = [
    # "myself" in an idiom, and a fitting appointment, are no crisis and no fit.
    ("the tinnitus is killing me today, i can't hear myself think", "routine"),
    ("is it worth going to my hearing aid fitting if the ringing is bad", "routine"),
    ("booked in for a fitting of the new brace next week", "routine"),
    ("my daughter is fitting and it has gone on 6 minutes", "emergency"),
    ("the noise is so bad i want to kill myself", "emergency"),
]


@pytest.mark.parametrize(
    ("text", "tier"),
    TEXT_SPEAK_TO
    + SEIZURE_IN_OTHER_WORDS
    + FIGURES
    + COLOUR_WITH_A_CAUSE
    + THE_STROKE_TOLD_BEFORE
    + QUESTION_WORDS_IN_TEXT_SPEAK
    + HEARTBURN
    + DISLOCATION_IN_SEVERE_PAIN
    + SKIN_TONE_AND_SHARES
    + SOMEONE_ELSE_AND_FEAR
    + PURPLE_LIPS
    + SCENE_THEN_EVENT
    + LONG_STORIES
    + IDIOMS,
)
def test_round15_emergency_causes(triage, text, tier):
    assert triage.assess(text).tier == tier, text


def test_heartburn_gets_the_chest_pain_safety_line(triage):
    # Routine, not silent: the answer carries the chest-pain rule's line ("if this is happening ... call").
    assessment = triage.assess("burning feeling in my chest after meals and a sour taste, will gaviscon help")
    assert assessment.rule == "chest-pain" and assessment.informational
