"""Round 17 of the triage table (issue 13), precision: routine messages that got the urgent or emergency reply,
and urgent ones read as emergencies, fixed by cause (a what-if without an owner, a wondering, a topic studied, a sign
over by today, a reading back in range, a decimal reading, a list of warning signs one was told, figures of speech, a
look by the team, a small bruise told as minor, a passed glass test, a gloss in brackets, a denied word that kept a
rule at 999). Every case here was written for these tests (none is a line of a tuning or held-apart set); each cause
is checked both ways: the same sign told now still escalates."""

from __future__ import annotations

import pytest

from chatbot.safety.triage_numbers import read_numbers

CASES = [
    # A condition about a thing no one owns, or a wondering, is a what-if (`hypothetical`: "if the", "wondering if").
    ("if the scar opens up after surgery, who should I ring?", "routine"),
    ("if a wound gets hot and red after an op, is that infection?", "routine"),
    ("I wonder if HO could make my new hip dislocate one day?", "routine"),
    ("my wound is hot and red since my op yesterday, who do I ring?", "urgent"),
    ("my new hip popped out this morning", "urgent"),
    ("if the chest pain is crushing should i call 999", "emergency"),  # a state, no change word: now
    ("is it a clot if the calf is swollen and hot after my op", "urgent"),
    # An onset word in a clause a condition opens is supposed (`onset_in_condition`); a time now keeps it now.
    ("what happens if my incision started oozing after the op, would I need antibiotics?", "routine"),
    ("in case it keeps bleeding after the op on warfarin, what do I do?", "routine"),
    ("if my calf started swelling this morning is it a clot?", "urgent"),
    ("my wound started leaking pus today", "urgent"),
    # A topic studied for school or work is no report.
    ("writing an essay on pulmonary embolism for college, how common is it?", "routine"),
    ("my chest hurts and I'm short of breath", "emergency"),
    # A sign or reading normal again today, gone this morning, or back in range is over.
    ("her temperature was 38.6 last night but it's normal today and she's playing", "routine"),
    ("my ankle was puffy after the op yesterday evening, it's gone this morning", "routine"),
    ("my INR was 6 last week, they held a dose and it's back in range now", "routine"),
    ("my chest feels tighter than normal today", "urgent"),  # "than normal today" compares: no resolution
    ("her temperature is 38.6 this morning after her hip op", "urgent"),
    # When a sign matters, asked of no one, is a general question (`general_ask`); a sign told now is not.
    ("swollen painful joint - when should you worry?", "routine"),
    ("my knee is hot and swollen, when is it serious?", "urgent"),
    # A list of the warning signs one was told is no report.
    ("the physio went through the warning signs: chest pain, a hot calf, fever", "routine"),
    # Figures of speech: tired, excited, a fall that did not happen.
    ("I collapsed into bed after the drive home, shattered", "routine"),
    ("my nephew is burning up with excitement about his birthday", "routine"),
    ("dad nearly fell on the stairs, he's on warfarin, any tips for grab rails?", "routine"),
    ("dad collapsed on the sofa and won't wake up", "emergency"),
    ("my baby is burning up and floppy", "emergency"),
    ("dad fell on the stairs and hit his head, he's on warfarin", "urgent"),
    # A look by the team: a scan that showed the cause, a dressing changed; one long ago leaves a sign now new.
    ("the nurse changed my dressing after the op and the redness has gone now", "routine"),
    (
        "the ultrasound showed a clot in my calf last week, I'm on rivaroxaban now, how long will the swelling take "
        "to go?",
        "routine",
    ),
    ("my calf is swollen and hot, the scan showed a clot last year", "urgent"),
    # A small bruise on a blood thinner told as minor or now and then; a big or black one still escalates.
    ("she's on apixaban and gets the odd tiny bruise, nothing big", "routine"),
    (
        "fell over last week on rivaroxaban, went to A&E and was checked, now just bruised, how long does that last?",
        "routine",
    ),
    ("big bruise on my thigh on warfarin, nothing major?", "urgent"),
    ("black poo on warfarin, nothing major", "emergency"),
    ("The odd thing is, new numbness down my shin since my hip op 5 days ago", "urgent"),
    # A few streaks coughed up on a blood thinner with breathing fine: the same day (NHS, coughing up blood).
    ("coughed up a streak of blood this morning, on rivaroxaban, breathing fine", "urgent"),
    ("a cough with streaks of blood on warfarin, no chest pain, breathing is normal", "urgent"),
    ("coughing up blood on warfarin", "emergency"),
    ("coughing up streaks of blood on warfarin and short of breath", "emergency"),
    # The glass test told as done and passed: the same day; a rash that does not fade, or floppiness, is 999.
    ("my 2 year old has a temperature of 38.5 and a rash, the rash fades under the glass", "urgent"),
    ("my 2 year old has a temperature and a rash that doesn't fade under the glass", "emergency"),
    ("temp 39 in my toddler and a rash, it never faded with the glass", "emergency"),
    ("my son has a temp and a rash, it fades under the glass but he is floppy", "emergency"),
    # A denial after a sign is not undone by a claim in the next clause ("and says she feels well").
    ("Dad's calf went hot and swollen today after his knee op. He's breathing normally and says he's fine", "urgent"),
    # "one of his legs" is one leg, not both; a loss of feeling told with its old cause is no new numbness.
    ("he's paraplegic and one of his legs has gone puffy and warm since last night", "urgent"),
    ("one of my legs went numb and weak suddenly", "emergency"),
    ("her calf is swollen since yesterday, she's paralysed so she cant feel it, the nurse noticed", "urgent"),
    ("I have a spinal injury so can't feel my legs, but since this morning I can't feel my chest either", "emergency"),
    # An emergency told as what took the person to A&E, seen to there with nothing new after: the safety line.
    (
        "ended up in A&E on Saturday with the worst headache of my life, the CT was clear and they said migraine",
        "routine",
    ),
    (
        "went to A&E last night with chest pain, they did an ECG and said it was fine, but now the pain is back",
        "emergency",
    ),
    ("went to hospital with crushing chest pain", "emergency"),
    ("went to A&E yesterday and now I have crushing chest pain", "emergency"),
    # A burning on the skin is no burning in the chest; leaving hospital is no wound discharge; "in case I ..." is a
    # what-if.
    ("does shingles on the chest feel like burning on the skin?", "routine"),
    ("my chest is burning and I feel sweaty and sick", "emergency"),
    ("my discharge summary after the hip op says HO, what does that mean?", "routine"),
    ("smelly discharge from the scar since my knee op", "urgent"),
    ("I'm nervous to cough in case I split the wound after my op, any tips?", "routine"),
    # Bone growing is what the bone does, no lump told to grow; unsteadiness told with its old cause is no new sign.
    ("my grandad has a hard lump by his hip since the fall, could that be new bone growing?", "routine"),
    ("the lump on my thigh keeps growing, could it be bone growing?", "urgent"),
    (
        "nan bumped her head on the cupboard, she's on apixaban, she's fine and chatting, "
        "her bad knee makes her wobbly",
        "urgent",
    ),
    (
        "nan bumped her head on the cupboard this morning, she's on apixaban and now she's wobbly and being sick",
        "emergency",
    ),
    # Falls told as a pattern on a blood thinner, or asked about as a cause, are for the GP; a fall told now is not.
    ("grandad is on rivaroxaban and is prone to falls, nothing bad so far, should we get a pendant alarm?", "routine"),
    ("grandad is on rivaroxaban and had a fall in the garden this afternoon", "urgent"),
    ("gran's on warfarin and keeps falling over, could the falls lead to a bleed?", "routine"),
    # "a wee bleed" (Scots: a small one) is no pee; blood in the wee is.
    ("a wee nosebleed this morning on apixaban, stopped straight away, is that normal?", "routine"),
    ("a wee bit of blood in my wee on warfarin", "urgent"),
    # A gloss in brackets belongs to its clause: a what-if stays a what-if.
    ("if I have a spinal injury could I get the pounding headache and flushing thing (dysreflexia)?", "routine"),
    ("pounding headache and flushing (I have a T6 spinal injury)", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round17_precision(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_mention_keeps_its_safety_line(bot):
    assessment = bot.triage.assess("if the scar opens up after surgery, who should I ring?")
    assert assessment.tier == "routine" and assessment.informational


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("INR 2.6 today", "INR 2 today"),  # no INR of 6
        ("INR 5.2", "INR 5"),  # a whole-number line holds: over 5 stays over 5
        ("sugar 3.9, feel shaky", "sugar 3, feel shaky"),
        ("at 10.30 I took 12", "at 10.30 I took 12"),  # a time stays as it is
        ("took 2,5 tablets", "took 2,5 tablets"),  # a comma is no decimal point here
        ("temp 38.5", "temp 38c"),  # a temperature, as before
    ],
)
def test_a_decimal_reading_is_its_whole_part(text, reading):
    assert read_numbers(text) == reading


def test_a_high_inr_with_a_decimal_still_escalates(bot):
    assert bot.triage.assess("INR 6.4 today on warfarin").tier == "urgent"
    assert bot.triage.assess("INR 3.4 at the clinic today on warfarin, is that ok?").tier == "routine"
