"""Round 13 of the triage table (issue 13): same-day red flags after ANY operation, carers' reports, and the
normal-healing and figurative readings that stop false alarms. Every case here was written for these tests (none
is a line of a tuning or held-apart set); each cause is checked both ways: the sign escalates, and a past,
supposed, small-and-expected or figurative version of it does not."""

from __future__ import annotations

import pytest

AFTER_ANY_OPERATION = [
    # Operations by the names other clinics use count as an operation, so a fever or shivers after them is same day
    # (NHS, after surgery: a high temperature or feeling hot and shivery).
    ("my appendix out on friday and tonight I'm 38.4 and shaking", "urgent"),
    ("had a hysterectomy 6 days ago, feeling shivery and awful since this afternoon", "urgent"),
    ("hernia repair last week, now burning up and achy all over", "urgent"),
    ("I had my gallbladder out years ago, do I get fevers more easily?", "routine"),
    ("what temperature is too high after a hysterectomy?", "routine"),
    # Not drinking, or hardly, after an operation (NHS, tonsillectomy and gallbladder removal recovery; dehydration).
    ("my wife has barely drunk anything since she came home from her hernia repair yesterday", "urgent"),
    ("3 days after my operation and I can't eat or drink, everything makes me gag", "urgent"),
    ("my grandson won't drink since his tonsillectomy on monday", "urgent"),
    ("had a pint last night after my op, can I drink alcohol on these painkillers?", "routine"),
    ("is it normal not to feel like eating after an operation?", "routine"),
    # Diarrhoea after an operation, many times a day or with weakness (NHS, diarrhoea and vomiting).
    ("since my bowel operation I've had watery poo 10 times today and I feel dizzy", "urgent"),
    ("is diarrhoea common after a gallbladder removal?", "routine"),
    # No poo and no wind for days after an operation (NHS, bowel obstruction).
    ("he hasn't had a poo or passed wind in three days since the surgery and his belly is swollen", "urgent"),
    # An eye getting redder or sorer after its operation, and a curtain or a shower of floaters (NHS, cataract
    # surgery; detached retina).
    ("two days after the cataract op my eye is getting redder and more painful", "urgent"),
    ("all of a sudden loads of floaters in my left eye and a dark shadow across the side", "urgent"),
    ("what causes floaters in the eye?", "routine"),
    ("I've had a few floaters for years, the optician says they are harmless", "routine"),
]

MEDICINES = [
    # A blood thinner stopped before the course was over after an operation (NHS, anticoagulants).
    ("I stopped my apixaban too soon, I was meant to take it for 6 weeks after my knee op", "urgent"),
    ("I stopped my rivaroxaban 3 days before the operation as the surgeon told me", "routine"),
    # Extra doses told with a count (NHS, ibuprofen and paracetamol: too much by accident).
    ("I took 3 extra paracetamol this afternoon", "urgent"),
    ("can I take 2 extra paracetamol if the pain is bad at night?", "routine"),
    # A mistaken belief is no past time of an overdose ("thinking they were sweets").
    ("my toddler swallowed 12 of my tablets thinking they were sweets", "emergency"),
    # A vital medicine not kept down, with being sick.
    ("been sick twice this morning and couldn't keep my tablets down", "urgent"),
]

CARERS_AND_EMERGENCIES = [
    # A wish not to live told by a carer, in the third person (NHS, help for suicidal thoughts).
    ("my brother doesn't want to live anymore since the accident and he's been drinking", "emergency"),
    ("my mum says she doesn't want to be alive, she has been crying all day", "emergency"),
    ("my dad doesn't want to be here for the surgery, can someone else come?", "routine"),
    # Stroke signs "getting better" are still there (Stroke Association: 999 while they are happening).
    ("his mouth drooped on one side ten minutes ago and his arm went weak, it's slowly improving", "emergency"),
    ("her face drooped on one side this morning but it has gone now", "urgent"),
    # Blood or clots spat out more and more (NHS, tonsillectomy and coughing up blood).
    ("she keeps spitting out clots of blood and it's more and more, had her adenoids out", "emergency"),
]

NORMAL_HEALING = [
    # Small or fading bruises and gums that bleed a little, asked about as normal on a blood thinner (NHS: common side
    # effects), are answered with the safety line; long, heavy or hidden bleeding never is.
    ("little bruises on my shins since I started warfarin, normal?", "routine"),
    ("my gums bleed a bit when I floss, I take apixaban, is that normal?", "routine"),
    ("the bruise near my scar is going yellow and fading, I'm on rivaroxaban, is that ok?", "routine"),
    ("big bruises appearing for no reason on warfarin, is that normal?", "urgent"),
    ("my nose bled for 20 minutes today, I take apixaban, is that normal?", "urgent"),
    ("small amount of blood in my pee on warfarin, is that normal?", "urgent"),
    # A sign said to be absent does not make a small after-effect large ("not red", "no smell").
    ("a little clear fluid on the plaster 3 days after my knee op, no redness, is that ok?", "routine"),
    ("a little fluid from the scar and it's red and hot, is that ok?", "urgent"),
]

CHEST_AND_FLARES = [
    # A long-term lung condition worse or flaring now (NHS, COPD and asthma: same day).
    ("my emphysema has got worse since the weekend and I'm coughing all night", "urgent"),
    ("why does my asthma get worse in the cold?", "routine"),
    # An infection no better after a course of treatment.
    ("finished the antibiotics for my chest on tuesday and it's no better", "urgent"),
    # Wheezy and needing the reliever every few hours.
    ("wheezing all day and I've needed my inhaler every 3 hours", "urgent"),
    # More breathless than usual with a chest infection is a flare-up for the same day; with chest pain it is not.
    ("got a chest infection and a bit more breathless than normal, can still talk fine", "urgent"),
    ("more breathless than usual and my chest feels tight", "emergency"),
    # "My blue one" is the reliever inhaler, not blue lips.
    ("bit wheezy today, the blue one helps", "routine"),
    ("wheezy and his lips look blue", "emergency"),
    # New numbness or tingling with weakness, and a grip getting weaker over days (NHS, pins and needles).
    ("tingling in my fingers since monday and my hand feels weak", "urgent"),
    ("my grip has got weaker over the past week", "urgent"),
    ("I sometimes get pins and needles in my hand and it feels weak, is that HO?", "routine"),
    # A diabetic foot wound that looks infected (NHS, diabetes foot problems).
    ("I'm type 2 and the blister on my heel is red and warm today", "urgent"),
    ("as a diabetic how should I look after a cut on my foot?", "routine"),
]

FIGURES_AND_HISTORY = [
    ("my landlord is giving me a heart attack with these rent rises", "routine"),
    ("rushed off my feet at work and I can't breathe, what time does the clinic shut?", "routine"),
    ("I was a paramedic for years and saw lots of strokes, does HO run in families?", "routine"),
    ("her hip was warmed up by the physio before the stretches, is that safe with HO?", "routine"),
    ("she got HO after a burn on her arm as a baby, will it grow?", "routine"),
    ("if I get a fever after the op, at what temperature should I ring the ward?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), AFTER_ANY_OPERATION)
def test_round13_after_any_operation(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), MEDICINES)
def test_round13_medicines(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), CARERS_AND_EMERGENCIES)
def test_round13_carers_and_emergencies(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), NORMAL_HEALING)
def test_round13_normal_healing(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), CHEST_AND_FLARES)
def test_round13_chest_and_flares(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


@pytest.mark.parametrize(("text", "tier"), FIGURES_AND_HISTORY)
def test_round13_figures_and_history(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_round13_mild_bleeding_keeps_its_safety_line(bot):
    # Answered, not silenced: the blood-thinner rule is named so the reply carries its safety line.
    assessment = bot.triage.assess("tiny bruises on my arms since starting apixaban, normal?")
    assert assessment.tier == "routine"
    assert assessment.rule == "bleeding-signs-on-blood-thinner" and assessment.informational


MORE_CAUSES = [
    # One missed blood-thinner dose asked about, or after an operation, is same day; only told of, it is routine.
    ("missed last night's rivaroxaban, should I take two tonight?", "urgent"),
    ("forgot my clexane jab yesterday after my knee op", "urgent"),
    ("I missed a dose of apixaban last month when I was away", "routine"),
    # A joint too painful to move (NHS, joint pain).
    ("my shoulder hurts so much I can't move it since I woke up", "urgent"),
    # One's own memory is a story.
    ("I remember coughing up blood after my operation as a child, will my son have the same?", "routine"),
    # A friend at the scene still reports an emergency.
    ("my friend just had a fit in the bath and won't wake up", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), MORE_CAUSES)
def test_round13_more_causes(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
