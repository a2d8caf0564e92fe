"""Round 19 of the triage table (issue 13), precision: false alarms sorted by cause and fixed as a class, in the
table's data where it could be (`chatbot/general/triage/triage.yaml`) and in the reading where it could not
(`chatbot/safety/triage.py`, `chatbot/safety/message_shape.py`). Every case here was written for these tests (none is
a line of a tuning or held-apart set); each cause is checked both ways: the near-miss gets the answer with its safety
line, and its real twin, the same sign told now of a real person, keeps its tier."""

from __future__ import annotations

import pytest

CASES = [
    # A past or settled sign: a decade or a season gone dates the story as "last year" does.
    ("my brother took an overdose back in the 80s, can painkillers for HO be risky for him?", "routine"),
    ("last easter I was rushed in with chest pain, turned out to be a pulled muscle, am I ok for the op?", "routine"),
    ("my brother took an overdose an hour ago", "emergency"),
    ("I have crushing chest pain since this morning, I had it last christmas too", "emergency"),
    # ... an aside with no verb inside a dated story is part of it.
    (
        "my son had dysreflexia last spring, thumping headache and a red face, it was his catheter and the nurse"
        " fixed it. is that linked to HO?",
        "routine",
    ),
    ("he had dysreflexia last spring. thumping headache and a red face now, what do we do", "emergency"),
    ("my son had dysreflexia last spring, today thumping headache and a red face", "emergency"),
    # ... an event's act dated in its own clause ("on apixaban ... last month I took it twice").
    ("I'm on rivaroxaban for my AF. Back in March I took two by mistake, the pharmacist said it was ok.", "routine"),
    ("I'm on rivaroxaban for my AF. Tonight I took two by mistake.", "urgent"),
    # ... none since, recovered.
    ("had two bouts of dysreflexia in rehab which they sorted, none since. does HO cause them?", "routine"),
    ("my drop foot from two years back has mostly recovered, can HO make it come back?", "routine"),
    # A worry about the future: a question about what will happen.
    ("I went dizzy once at the dentist, will I faint when they put the drip in?", "routine"),
    ("I fainted and now my lips are puffing up after the new antibiotic, will I be ok?", "emergency"),
    # A sign whose act is supposed in a condition, its object named before.
    ("mum is on ibuprofen, is it dangerous if she takes too many?", "routine"),
    ("mum is on ibuprofen and took too many by accident today", "emergency"),
    # A general question: how one would tell, in text speak; a risk asked of in a condition.
    ("in general how do u know if a scar is infected", "routine"),
    ("how do u know if ur scar is infected, mine is red and hot and oozing", "urgent"),
    ("how can you tell if a chest infection is getting worse", "routine"),
    # A general question with people in a condition; a card or a plan kept for a sign; a manual quoted.
    ("the carers handbook says what to do if someone has a seizure lasting over five minutes", "routine"),
    ("my dad is having a seizure that has lasted six minutes", "emergency"),
    ("we were told to carry an alert card for dysreflexia, where do we get one?", "routine"),
    ("we were told about dysreflexia and now he has a pounding headache and is sweating", "emergency"),
    # ... a topic learned on a course, listed.
    (
        'on my physio course we learned about cauda equina, numb saddle area '
        'and not being able to pee. fascinating',
        "routine",
    ),
    ("my saddle area is numb and I can't pee since this morning", "emergency"),
    # A clinician's look at the sign itself, and their reported words.
    ("the GP looked at my wife's swollen calf this morning and sent her for a scan tomorrow, is HO linked?", "routine"),
    (
        "the district nurse saw my dad's wound yesterday, said it's slightly "
        'pink and left it. can HO start there?',
        "routine",
    ),
    ("the nurse saw my dad's wound yesterday, and today it is red, hot and oozing", "urgent"),
    # A figure of speech.
    ("can't breathe in these compression socks, is there a looser kind?", "routine"),
    ("I can't breathe and my lips are going blue", "emergency"),
    ("my husband reckons I'm having a heart attack over nothing, is HO serious?", "routine"),
    ("I'm gonna have a heart attack doing these tax forms lol", "routine"),
    ("crushing chest pain going into my jaw, I think it's a heart attack", "emergency"),
    # A sign that is mild: walking less far in recovery, a limp, small bruises, numb from sitting.
    ("two weeks after my knee op I can't walk very far yet, is that ok?", "routine"),
    ("my new hip popped out and I can't walk at all", "emergency"),
    ("my daughter limps after netball and says her ankle hurts", "routine"),
    ("my baby is limp and floppy and won't wake up", "emergency"),
    ("my foot went numb from sitting too long at my desk, is that the op?", "routine"),
    ("the bruises from my clexane injections are small but they look ugly, is that normal?", "routine"),
    # Swallowing a tablet, pills taken together.
    ("my mum can't swallow tablets, does the HO medicine come as a liquid?", "routine"),
    ("after the new antibiotic my throat is tight and I can't swallow", "emergency"),
    ("gran takes her calcium with all her other pills at breakfast, is that ok?", "routine"),
    ("gran took all her pills at once this morning", "emergency"),
    # A past tense in a condition is a supposition; a sign told now before the condition stays now.
    ("if my calf got really swollen and hot after the op, would I ring the ward or 111?", "routine"),
    ("my calf is really swollen and hot since the op, what if it got worse overnight?", "urgent"),
    ("my calf swelled up this morning, what do i do if it gets worse", "urgent"),
    # A general question: a child supposed in a condition; whether a sign can be dangerous; care so it doesn't happen.
    ("what happens if a toddler swallowed some ibuprofen tablets?", "routine"),
    ("my toddler has just swallowed some ibuprofen tablets", "emergency"),
    ("my wife has had a catheter for years, is it right that a blocked catheter can be serious?", "routine"),
    ("my wife has a catheter, it is blocked and not draining", "urgent"),
    ("what's the best dressing for a scar so it doesn't get infected?", "routine"),
    # A thing named in one sentence, the act in a list of the next.
    ("he's just started a new antibiotic. the sheet says watch for a rash and ring if one comes up.", "routine"),
    ("he's just started a new antibiotic. now he has a rash all over", "urgent"),
    # A season gone; a dislocation the team put back, the look's own object.
    ("he had cellulitis on his leg in the spring, the hospital treated it, he's fine now. is HO linked?", "routine"),
    (
        "the surgeon reduced my mum's hip dislocation last night and she's in "
        'a brace. does that make HO likelier?',
        "routine",
    ),
    ("mum's new hip popped out last night, her leg is shorter and she can't move it", "urgent"),
    # A sign told in a dated story; a word of the next sentence does not make it now.
    (
        'years ago after my knee op I was swollen and breathless and they '
        "found a clot. I'm having the other knee done now, any tips?",
        "routine",
    ),
    ("I had a clot years ago. now my leg is swollen and hot and I am breathless", "emergency"),
    # The usual, as before an operation.
    ("a bit puffed on the hill to the shops, same as before my op really", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round19_precision(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_near_miss_keeps_its_safety_line(bot):
    assessment = bot.triage.assess("mum is on ibuprofen, is it dangerous if she takes too many?")
    assert assessment.tier == "routine" and assessment.informational and assessment.rule
