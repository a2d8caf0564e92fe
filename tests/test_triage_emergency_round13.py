"""Round 13 of the triage table, emergency tier: the misses and false emergencies of a new writer's set and of
the clinic banks' question sets, fixed by cause. Every sentence here was written for these tests (none is a line
of a tuning or held-apart set), and each cause is checked both ways: the red flag escalates, and the everyday,
past, joking or someone-else's version of the same words does not."""

from __future__ import annotations

import pytest

from chatbot.bot import Bot

TIME_AND_WHO = [
    # A belief told in the past tense dates no event: the tablets were taken now, by mistake.
    ("my son swallowed 20 of his sister's pills thinking they were sweets, he looks pale", "emergency"),
    ("I took 12 of my husband's tablets, I thought they were my vitamins", "emergency"),
    ("years ago I took 12 of my mum's tablets thinking they were sweets, could that cause HO?", "routine"),
    # A carer tells of someone else's wish not to live.
    ("my dad keeps saying he doesnt want to be here anymore since the HO got worse", "emergency"),
    ("my wife told me tonight she does not want to be alive, she is in the bedroom", "emergency"),
    ("my son doesnt want to be here at the hospital, he wants to go home, is the HO scan long?", "routine"),
    # Improving is not over: stroke signs that are easing still need 999 (TIA); gone, they are same day.
    ("his face dropped on one side half an hour ago, it is getting a bit better now", "emergency"),
    ("her speech went slurred 10 minutes ago and is improving now", "emergency"),
    ("my arm went weak and my face drooped this morning, both went away after ten minutes", "urgent"),
    # A story opened by a habit long past; a memory.
    ("I used to be a paramedic and saw plenty of strokes, now I have HO in my elbow, is surgery safe?", "routine"),
    ("as a boy I remember coughing up blood after my tonsils came out, will HO surgery bleed like that?", "routine"),
    ("I used to get migraines but now my face is drooping and I cant lift my arm", "emergency"),
    # Asking why a sign keeps coming is asking about a pattern; a sign told now is now.
    ("why do I get so short of breath when I talk on the phone?", "routine"),
    ("why do I get chest pain right now, it is crushing", "emergency"),
    # A pain that comes and goes over months, told as a pattern.
    ("chest pain comes and goes, had it on and off for a couple of years, the GP said it is muscular", "routine"),
    ("crushing chest pain right now, had it on and off all morning", "emergency"),
    # An earlier visit named by its place in a series is past.
    ("I went dizzy and passed out at my last scan, will the HO injection be the same?", "routine"),
    ("she passed out ten minutes ago and is still not responding", "emergency"),
]


RED_FLAGS_IN_NEW_WORDS = [
    # Found beside an empty pack of a medicine (NHS overdose: call 999 if someone may have taken too much).
    ("found my dad asleep on the sofa with two empty packets of his co codamol beside him", "emergency"),
    ("I have an empty packet of paracetamol, can the HO clinic give me more?", "routine"),
    # Loss of feeling below a level after a fall or an accident (spinal cord injury).
    ("fell down the loft ladder and now I cant feel my legs from the waist down", "emergency"),
    ("numb from the waist down since a motorbike accident in 2004, can HO form in my hips?", "routine"),
    # A person who is not waking; a whole body shaking for over 5 minutes (NHS epilepsy: call 999).
    ("grandma fell in the garden and she is not waking", "emergency"),
    ("my son is jerking all over, it has been 6 minutes and he has never had a fit", "emergency"),
    ("my legs jerk all over at night since my spinal injury years ago, is that HO?", "routine"),
    # Pulled out of the water after a fit, told in the past tense of the rescue just done; years ago it is past.
    ("my son was pulled out of the pool after a fit", "emergency"),
    ("she was pulled out of the bath after a seizure years ago, is HO linked to epilepsy?", "routine"),
    # A heart attack told by its spread and its look (NHS: pain spreading to the jaw and arm, sweating, grey).
    ("grandad is grey and clammy and says his jaw and left arm ache", "emergency"),
    ("my jaw aches after the dentist and my arm hurts from the HO, I feel a bit sick from the antibiotics", "routine"),
    # Hallucinating with a fever after an operation (NHS sepsis: acting confused).
    ("mum is hallucinating and has a temperature of 39, she had her knee replaced last week", "emergency"),
    ("the morphine made me hallucinate after my HO surgery last year, is that normal?", "routine"),
]


FIGURES = [
    # A sign followed by a laugh is a joke; words of suicide are read as said whatever the laugh.
    ("three essays due tomorrow, I literally cant breathe lol. what is HO?", "routine"),
    ("this rota is giving me a heart attack haha, when does the HO clinic open?", "routine"),
    ("cant breathe and my lips are blue", "emergency"),
    # A stressor at work "giving" a sign.
    ("my boss is giving me a stroke, can I have a sick note for the HO op?", "routine"),
    ("my workload is giving me chest pains, is HO surgery long?", "routine"),
    # The heart named as a condition or what a medicine is for: a pain word beside it is another part's.
    ("I take aspirin for my heart, is the knee pain after HO surgery normal?", "routine"),
    ("my mum has heart failure and bad back pain, can she have HO radiotherapy?", "routine"),
    ("he has a heart condition and now has crushing pain in his chest", "emergency"),
    ("she swallowed all her heart tablets an hour ago", "emergency"),
    # Snoring with gasping is the pattern of sleep apnoea (NHS: a GP), a child turning blue is not.
    ("my husband is snoring and gasping every night, could HO tablets cause that?", "routine"),
    ("the baby is snoring and gasping and has gone blue", "emergency"),
    # A person who will not move a part for fear is guarding it; a part that will not move is the sign.
    ("dad wont move his arm since the HO operation, he is scared it will hurt, is that ok?", "routine"),
    ("his arm wont move at all since this morning", "emergency"),
    # Spelt as said: "tuk" is "took".
    ("tuk a whole packet of co codamol an hour ago", "emergency"),
    # A nose too blocked to breathe through is a cold; blue lips are not.
    ("I can't breathe through my nose since this cold started, could the HO tablets cause that?", "routine"),
    ("the baby cant breathe through her nose and her lips are blue", "emergency"),
    # What a cause does to anyone, asked with "you" after a verb of causing; a sign told now is still now.
    ("can stress make you feel short of breath?", "routine"),
    ("does HO make you feel breathless? im gasping for air right now", "emergency"),
    ("please help, I can't breathe, it makes you feel like drowning", "emergency"),
    # Learning to spot a sign is no report of it; a sign told now is.
    ("how do we recognise a stroke in someone with HO after a brain injury?", "routine"),
    ("how do I recognise a stroke? his face is drooping right now", "emergency"),
    # Legs numb for hours as a spinal or an epidural wears off are the anaesthetic; with bladder loss they are not.
    ("after my epidural for the HO op my legs were numb for hours, is that usual?", "routine"),
    ("after the epidural both my legs are numb and I cant pee or feel my bottom", "emergency"),
    # A service that is not answering is no person who does not respond.
    ("the ward is not answering, can I take paracetamol with my HO tablets?", "routine"),
    ("mum is on the floor and not answering me", "emergency"),
]


SAME_DAY_LINE = [
    # A first seizure told by the one who had it, come round and typing: NHS epilepsy, see a GP (same day here);
    # someone else's first seizure, or one still going on, is 999.
    ("I think I just had my first seizure at work, will they let me keep my licence?", "urgent"),
    ("my daughter just had her first seizure", "emergency"),
    ("I had my first seizure an hour ago and I still cant stop shaking", "emergency"),
    # Breathing worse than one's usual stays same day beside a chest infection or a chest pain denied.
    ("I have copd and a chest infection, a bit more breathless than usual, temp 38.3", "urgent"),
    ("more breathless than usual today with copd, no chest pain, can talk fine", "urgent"),
    ("more breathless than usual and a crushing pain in my chest", "emergency"),
    # The reliever by its colour is no blue lip; needing it every few hours is same day.
    ("wheezy tonight with asthma, needing my blue one every 3 hours", "urgent"),
    ("so wheezy and her lips are going blue", "emergency"),
    # A bleed after a throat operation: now 999, told as stopped same day.
    ("my son had his tonsils out 5 days ago and spat out some blood, it stopped straight away", "urgent"),
    ("tonsils out a week ago and she is spitting blood now", "emergency"),
]


@pytest.fixture(scope="module")
def triage():
    return Bot.load().triage


@pytest.mark.parametrize(("text", "tier"), TIME_AND_WHO)
def test_time_frame_and_who(triage, text, tier):
    assert triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), RED_FLAGS_IN_NEW_WORDS)
def test_red_flags_in_new_words(triage, text, tier):
    assert triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), FIGURES)
def test_figures_of_speech(triage, text, tier):
    assert triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), SAME_DAY_LINE)
def test_same_day_line_of_emergency_rules(triage, text, tier):
    assert triage.assess(text).tier == tier
