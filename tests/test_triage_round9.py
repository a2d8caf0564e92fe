"""Round 9 of the triage table: general readings that the table missed on sets written by other writers,
fixed by cause (a word family, a time frame, a denial, an everyday sense of an alarm word) rather than by the
missed sentences. Every phrasing here was written for these tests, none is a tuning line; each behaviour is
checked both ways (the reading that must escalate, and the look-alike that must stay as it was)."""

from __future__ import annotations

import pytest

CASES = [
    # Drowsiness in lay words (@drowsy) with a medicine or drink is too much taken (NHS overdose); a medicine
    # that makes one a little sleepy is a side effect.
    ("he had his codeine with a few beers and now he can hardly keep his eyes open", "emergency"),
    ("gran took extra sleeping tablets and we cant wake her up", "emergency"),
    ("does gabapentin make you sleepy?", "routine"),
    ("i take amitriptyline at night and feel a bit sleepy in the morning", "routine"),
    # A hot child who is out of it or cannot stay awake (NHS fever in children: hard to wake is 999).
    ("my 3 year old has a temperature of 39 and keeps nodding off, cant keep her eyes open", "emergency"),
    ("my 3 year old has a temperature of 38.6 but is running around playing", "urgent"),
    # A medicine new to the person is an allergen: the airway swelling after it is an emergency.
    ("started a new antibiotic at lunch and my throat feels tight and my voice is croaky", "emergency"),
    ("my tongue feels too big and fat after the first tablet of the new prescription", "emergency"),
    ("can a new medicine cause an allergic reaction?", "routine"),
    # A break in the skin that is not an operation wound (a burn, an ulcer, a sore, a bite) that leaks and is red
    # or hot may be infected (NHS cellulitis): same day. A mouth ulcer or a cold sore heals so.
    ("the dog bite on my hand is oozing and has gone red and hot", "urgent"),
    ("the ulcer on his leg stinks and the skin around it is angry and red", "urgent"),
    ("my pressure sore is weeping yellow stuff and looks inflamed", "urgent"),
    ("my mouth ulcer is yellow with a red ring round it, how long do they last?", "routine"),
    ("my cold sore is crusty and red", "routine"),
    # Pain after an operation that is out of control, scored 8+ out of 10, or severe despite strong painkillers.
    ("dad's pain since his knee replacement is just out of control tonight", "urgent"),
    ("pain is 10/10 three days after my hip op", "urgent"),
    ("my pain after the op is agony even with the oxycodone", "urgent"),
    ("how much pain is normal after hip surgery?", "routine"),
    # Control of the bladder or bowel lost, in any words, with a back or leg sign (NHS, cauda equina).
    ("my back has been killing me and now i cant control my bowels and my legs feel weak", "emergency"),
    ("suddenly lost all power in his legs and he cant hold his pee", "emergency"),
    ("is it common to lose bladder control when you get older?", "routine"),
    # "Bottom" as the lower one of a pair is no bottom; numb genitals or buttocks still are (cauda equina).
    ("my bottom lip is still numb from the dentist's injection, how long will it last?", "routine"),
    ("my back is bad and my bottom has gone numb, i cant feel the toilet paper", "emergency"),
    # "Dead" alone is numbness (a hand that goes dead at night), a stroke sign only with one side or suddenly.
    ("my arm goes dead when i sleep on it, why?", "routine"),
    ("her arm suddenly went dead and her face dropped on one side", "emergency"),
    ("my left arm and leg are dead on one side since this morning", "emergency"),
    # Questions about what the team will do at an operation, and comparisons of two conditions, are general.
    ("will they have to open up my hip or can it be done through a small cut?", "routine"),
    ("what is the difference between gout and an infected joint, since both make the knee hot?", "routine"),
    # Weather is no sign: hands white or blue in the cold (a pattern), a knee that swells in hot weather.
    ("my toes turn white and then blue in cold weather, what is that?", "routine"),
    ("my toes are white and cold and numb since my op this morning", "emergency"),
    # Asking about a risk in one's own words is general; a state told with the thing owned is now.
    ("could i get a blood clot from sitting in a plaster cast?", "routine"),
    ("could i have a clot in my swollen hot calf?", "urgent"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round9_families_and_readings(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Time frames.
@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # "now and then" is a pattern, not "now": a subject word that opens a long-standing phrase is that phrase.
        ("my wife gets dysreflexia now and again, we know what to do, does HO make it worse?", "routine"),
        ("he has dysreflexia now, his head is pounding", "emergency"),
        # "since then" is as current as the time it points back to.
        ("she slipped in the shower this morning and since then she can't move her legs", "emergency"),
        ("I broke my neck in 2009 and since then I can't move my legs, is HO common?", "routine"),
        # A story long ago goes on through a list with no verb in the same part.
        (
            "In 2016 I had a bad accident, a broken femur and a clot in my lung. Now I have stiffness, could it be HO?",
            "routine",
        ),
        ("Back in 2019 I had my knee replaced. Now my calf is hot and swollen.", "urgent"),
        # A date after "since" reaches to now and starts no story; a clause with a word in -ing is told now.
        ("Quadriplegic since 2012, and a pounding headache and sweating above my injury", "emergency"),
        ("In 2015 I had a stroke, and weakness in my arm, now I have stiff elbows, could it be HO?", "routine"),
        # A weekday of last week and an age long past are past.
        ("I fainted last friday at work, can HO cause that?", "routine"),
        ("our son had a seizure with a fever at 18 months old, he is 6 now. Is he at risk of HO?", "routine"),
        # An owner with a side word between ("my right calf") still owns the thing: a state told of it is now,
        # typed without punctuation too; a change that may come stays a question.
        ("is this a clot my right calf is puffy and warm", "urgent"),
        ("can HO make my right calf swell?", "routine"),
        # A wish not to live said in the first person is now, though the sentence goes on to name the condition.
        ("i just want to die the pain from the HO never stops", "emergency"),
        ("do people with HO ever want to die?", "routine"),
    ],
)
def test_round9_time_frames(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Denials and contexts.
@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A context denied across small words ("on", "any", "a") is no context; another word keeps it.
        ("gums bled a little when brushing, I'm not on any blood thinners", "routine"),
        ("gums bleeding for no reason and I'm on warfarin", "urgent"),
        # Naming autonomic dysreflexia names a spinal cord injury.
        ("dysreflexia, bp is 190 and my head is banging", "emergency"),
    ],
)
def test_round9_contexts(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Same-day and emergency rules from the NHS pages.
@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # NHS stomach ache: a hard belly with severe pain, or sudden severe tummy pain, is 999 or A&E.
        ("my tummy is hard as a board and the pain is unbearable", "emergency"),
        ("all of a sudden I have excruciating stomach pain", "emergency"),
        ("my stomach feels a bit hard after a big meal", "routine"),
        # NHS broken hip: a leg turned outwards or shorter after a fall.
        ("nan fell in the kitchen and her leg is turned outwards", "urgent"),
        ("why do my feet point outwards when I walk?", "routine"),
        # NHS broken arm: a cast too tight with swollen or numb fingers goes back the same day.
        ("the plaster is too tight and his fingers are puffy and tingling", "urgent"),
        ("how tight should a plaster cast feel?", "routine"),
        # Numb and weak together in a limb: the same day.
        ("my thumb is numb and weak now, there's a lump by my wrist", "urgent"),
        ("is it normal for a thumb to be numb and weak with arthritis?", "routine"),
        # A child with a temperature and an explained rash (infected eczema, chickenpox) is same day, with a
        # rash of any other kind or another sign of the rule, 999.
        ("my daughter's eczema is weeping and crusty and she has a temp of 38.5", "urgent"),
        ("my toddler has a temperature of 39 and a rash on his chest", "emergency"),
        ("my son has chickenpox and a temperature and now he is floppy", "emergency"),
    ],
)
def test_round9_rules_from_the_nhs_pages(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Text speak: "2" is "to" between a word that takes "to" and a verb; a count stays a count.
@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("i just want 2 die", "emergency"),
        ("im going 2 end my life", "emergency"),
        ("i took 2 paracetamol for my headache", "routine"),
        ("i want 2 tablets of ibuprofen, is that ok with HO?", "routine"),
    ],
)
def test_text_speak_two_is_to(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
