"""Round 25 of the triage table (issue 13), the readers: numbers, negations and "already seen" read right, both ways.
Data in `chatbot/general/triage/triage.yaml` (blocks and comments marked "round 25 readings"), reading in
`chatbot/safety/denial_readings.py`, `chatbot/safety/known_loss.py`, `chatbot/safety/triage_numbers.py` and
`chatbot/safety/triage.py`. Every case was written for these tests (none is a line of a tuning or held-apart set);
each fix stands beside a twin that must keep its tier."""

from __future__ import annotations

import pytest

from chatbot.safety.denial_readings import denies_another, denies_what_follows, read_losses
from chatbot.safety.triage_numbers import read_numbers

NEGATIONS = [
    # 1. A denial told as an amount of nothing.
    ("zero fever since the hip op, when can I drive again?", "routine"),
    ("zero temperature and zero redness, is the stiffness in my elbow HO?", "routine"),
    ("not a drop of blood from the scar today, when can I shower?", "routine"),
    ("not a trace of pus since the op, is the itching normal?", "routine"),
    ("no evidence of a clot in her calf on the scan, when can she fly?", "routine"),
    # ... twins: a sign told beside the denial keeps its tier.
    ("zero fever but my calf has been hot, red and swollen since the op", "urgent"),
    ("not a drop of blood but since this morning I can't feel my legs", "emergency"),
    # 2. A denial of another thing: the "no" is of the blood, or of the cough, not of the wee or the oxygen.
    ("we haven't seen any blood in her wee since the catheter was taken out, is that good?", "routine"),
    ("oxygen 95 percent, no cough, no breathlessness, just curious about HO in the ribs", "routine"),
    # ... twins: the denial of the sign itself still reads.
    ("we haven't seen any wee from him since this morning", "urgent"),
    ("she hasn't had a wee since last night", "urgent"),
    ("he is getting no oxygen in, his lips are blue", "emergency"),
    # 3. A loss told with "no longer" is a loss, not a denial.
    ("he can no longer feel his legs since this morning", "emergency"),
    ("she is no longer able to move her legs, it started an hour ago", "emergency"),
    ("his legs no longer move, since lunchtime", "emergency"),
    # ... twin: a loss long ago is still past.
    ("he can no longer walk since his stroke in 2015, is HO likely?", "routine"),
    # ... and a bleed that can't be stopped stays what it is.
    ("I can't stop the bleeding from a cut on my hand, it's pouring out", "emergency"),
]

LONG_STANDING_LOSS = [
    # 4. A spinal cord injury told as background: "can't feel his legs" is no new loss.
    ("My sister is paralysed after a riding accident and can't feel her legs, so she won't feel pain. What signs of HO "
     "should we look for?", "routine"),
    ("my husband has a spinal cord injury and can't move his legs, is a hard lump in his thigh HO?", "routine"),
    ("my brother is paralysed and can't feel his legs, could HO be starting in his hip?", "routine"),
    # ... twins: news of a loss in the same person.
    ("she's in a wheelchair and suddenly can't move her legs at all", "emergency"),
    ("he's a wheelchair user, his foot is cold and blue and he can't feel it", "emergency"),
    ("he has a spinal injury and new weakness in his hands since yesterday", "urgent"),
    ("my dad is paraplegic, over the past two days he has lost feeling in a patch on his tummy he could feel before",
     "urgent"),
    ("he can't feel his legs", "emergency"),
    # ... and what a carer sees, when the person cannot feel it.
    ("my son is a para and his thigh has gone fatter and warmer than the other one this week", "urgent"),
]

READINGS = [
    # 5. Ketones in mmol/L with a decimal.
    ("type 1 and my ketones are 2.1, feel ok, not being sick", "urgent"),
    ("ketone level 1.7 on the meter this morning, type 1, a bit thirsty", "urgent"),
    ("ketones 3.4 and being sick, type 1", "emergency"),
    # ... twins: a lower reading, a diet's strips, a reading long ago.
    ("ketones 1.1 this morning, type 1, sugar 12, is that ok?", "routine"),
    ("on a keto diet and the strips show ketones 1.6, is that ok?", "routine"),
    ("my ketones were 1.8 last year when I was ill, can HO affect diabetes?", "routine"),
    # 6. An oxygen reading of 92-94 with breathlessness, a cough or after an operation; a device in lay words.
    ("sats 93% on the finger monitor and a bit short of breath going upstairs, 2 weeks after my knee op", "urgent"),
    ("oxygen 93 on the clip, coughing up green for days", "urgent"),
    ("the clip says 88 and he is struggling to breathe", "emergency"),
    # ... twins: in range, or no breathing word.
    ("oxygen 97 on the clip, just checking it works", "routine"),
    ("oxygen 94 percent, no cough, just checking, is HO in the lungs possible?", "routine"),
    # 7. A temperature told as a range is read as its higher end.
    ("temp between 38 and 39 since my knee op", "urgent"),
    ("temperature 101 to 102 after the operation", "urgent"),
    ("temperature is between 37 and 37.5 after my op, ok to go for a walk?", "routine"),
    ("his temp was 37-37.4 all day after the op, is that normal?", "routine"),
]

QUESTIONS = [
    # 8. A bleed told with how much it is bleeding, in an "is it normal" question, is a report.
    ("is it normal for the drain site to bleed so much that it drips on the floor?", "urgent"),
    ("is it ok that my scar is bleeding this much a week after the op?", "urgent"),
    # ... twins: a question about bleeding in general, or a bleed long ago.
    ("is it normal to bleed after a hip replacement?", "routine"),
    ("he was bleeding so much after his op in 2019, will it happen again with HO surgery?", "routine"),
    ("my husband lost so much blood in his hip op years ago, will HO surgery be the same?", "routine"),
    # 9. What a sign would look like, asked to be ready.
    ("what would a blood clot look like in my mum? want to be ready", "routine"),
    ("what would sepsis look like in my dad, just so we know", "routine"),
    # ... twins: the sign told now beside the same question.
    ("my mum's calf is red hot and swollen, what would a clot look like?", "urgent"),
    ("dad is confused and burning up and shivering, what would sepsis look like in him?", "emergency"),
]

SEEN_AND_PAST = [
    # 10. A sign going on ("still") after a clinician's clear look is no news.
    ("doctor checked my calf on monday, scan clear. it's still a bit sore", "routine"),
    ("GP saw my wound on friday, said it was fine, it's still a bit red, is that normal?", "routine"),
    # ... twins: a change or a new sign after the look is news.
    ("the nurse scanned my leg yesterday and said no clot, it's still swollen and now it's hot and red too", "urgent"),
    ("GP saw my wound on friday, said it was fine, but today it's oozing pus", "urgent"),
    ("had a scan at A&E yesterday for my calf and it was clear, this morning I'm short of breath and my chest hurts "
     "when I breathe in", "emergency"),
    # 11. An age told as the time of a past event.
    ("our son had a febrile fit at 18 months, he's 7 now. can he get HO after his fracture?", "routine"),
    # ... twin: a child of that age with a fever now.
    ("baby is 9 months and has had a fever of 38.5 since this morning", "urgent"),
    # 12. A child's temperature at a day just gone, well today: over.
    ("my 2 year old had a temp of 38.5 yesterday, today she's normal and playing, can she go to nursery?", "routine"),
    ("my 4 year old had a temperature of 38.6 last night, calpol brought it down, today he's running around and eating",
     "routine"),
    # ... twins: a change today, a temperature running on to now, a new sign.
    ("my 2 year old had a temp of 38.5 yesterday, today she's floppy and won't drink", "emergency"),
    ("my 2 year old has had a temp of 38.5 since yesterday, today she's fine in herself but still hot", "urgent"),
    ("my son had a fever of 39 yesterday and today he's fine, but now there's a rash that doesn't fade under a glass",
     "emergency"),
    # 13. A reading in a condition is supposed; an episode tied to a hospital stay is past.
    ("if his blood pressure is 200 over 115 what do we do?", "routine"),
    ("my husband had dysreflexia in hospital when they changed his catheter, can it happen at home too?", "routine"),
    # ... twins: a sign told now in a condition's sentence; the reading told now.
    ("is it a clot if my calf is sore and hot?", "urgent"),
    ("his blood pressure is 210 over 125 and he has a pounding headache and is sweating, he has a spinal injury",
     "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), NEGATIONS + LONG_STANDING_LOSS + READINGS + QUESTIONS + SEEN_AND_PAST)
def test_round25_readings(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("he can no longer feel his legs", "he cannot feel his legs"),
        ("she is no longer able to stand", "she cannot stand"),
        ("his legs no longer move", "his legs cannot move"),
        ("I no longer feels my toes", "I cannot feel my toes"),
        ("no longer worried about HO", "no longer worried about HO"),
        ("nothing here", "nothing here"),
    ],
)
def test_a_loss_told_with_no_longer(text, read):
    assert read_losses(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ketones 1.8", "ketones raised"),
        ("my ketone level is 2.4 mmol", "my ketone level is raised mmol"),
        ("ketones on the meter say 4.2", "ketones on the meter say 4"),
        ("ketones 1.2", "ketones 1"),
        ("between 38.5 and 39.5", "39c"),
        ("temp 38-39 after my op", "temp 39 after my op"),
        ("temp 38 and shivering", "temp 38 and shivering"),  # "and" joins a range only after "between"
        ("took 2-3 tablets", "took 2-3 tablets"),
        ("aged 40-45", "aged 40-45"),
    ],
)
def test_readings_as_the_numbers_reader_writes_them(text, read):
    assert read_numbers(text) == read


def test_a_denial_of_another_thing():
    # "we havent seen any blood in his wee": the denial (1-4) holds the sign's "havent" (1), its object is 4 away.
    assert denies_another({1, 7}, [(1, 4, False)])
    # "havent seen any wee": the sign's next part follows the denial at once.
    assert not denies_another({1, 4}, [(1, 4, False)])
    # the sign's part is the whole denial ("not had" + "a wee")
    assert not denies_another({0, 1, 3}, [(0, 2, False)])
    words = "oxygen 94 percent no cough".split()
    assert denies_what_follows({0, 3}, words)
    assert not denies_what_follows({0, 1}, "no oxygen getting in".split())
    assert not denies_what_follows({0, 1}, ["oxygen", "no"])
