"""Round 23 (issue 13, recall): urgent cases scored routine and missed emergencies, fixed as classes.

The blocks "round 23 recall" at the end of `rules:` in `chatbot/general/triage/triage.yaml`. Causes of the
tuning misses: a kidney dialysis access or session gone wrong, a bleeding dialysis access, a feeding tube out, a
urinary catheter blocked, bypassing or with blood and a temperature, a pacemaker with hiccups or twitching, a tearing
chest pain through to the back, pregnancy warning signs with confusion or a fit, a blood thinner taken again or
mixed up, blood in vomit on a blood thinner told as settled, an older person's hip worse after a fall, a baby moving
less in other words, a chance of pregnancy on a medicine that harms a baby, an infected eye swollen shut with a sight
change, a very high pressure with a spinal cord injury, weight loss with a bowel change or low iron, a new change in
someone with a brain injury, seeing things that are not there. Part two (the contexts' own "get help today" signs no
rule had): a broken pressure sore with a spinal cord injury, early labour or a watery leak in pregnancy, a baby sick
every feed and sleepy, chemotherapy side effects for the team today.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class
is checked both ways: told now it escalates; a near-miss twin (past, general, everyday or another thing) stays
routine. (An older rule may answer first with the same or a higher tier; the tier is what is checked.)"""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

ROUND23_RULES = {
    "dialysis-access-or-session-problem",
    "dialysis-access-bleeding-wont-stop",
    "feeding-tube-came-out",
    "urinary-catheter-blocked-bypassing-or-bloody",
    "pacemaker-hiccups-or-twitching",
    "tearing-chest-or-back-pain",
    "pregnancy-warning-signs-with-confusion-or-a-fit",
    "blood-thinner-taken-again-or-mixed-up",
    "blood-in-sick-on-a-blood-thinner",
    "older-person-hip-worse-after-a-fall",
    "baby-moving-less-in-other-words",
    "may-be-pregnant-on-a-medicine-that-harms-a-baby",
    "infected-eye-swollen-shut-with-sight-or-movement-change",
    "spinal-cord-injury-blood-pressure-very-high",
    "weight-loss-with-bowel-change-or-low-iron",
    "brain-injury-new-change-in-behaviour-or-sickness",
    "seeing-things-others-do-not-see",
    "pressure-sore-broken-with-spinal-cord-injury",
    "early-labour-or-waters-leaking-in-pregnancy",
    "baby-sick-every-feed-and-sleepy",
    "chemotherapy-side-effects-for-the-team-today",
    # from half B's misses
    "confusion-with-weakness-on-one-side",
    "smoke-breathed-in-or-burns-to-the-face",
    "joint-getting-hotter-stiffer-or-more-swollen",
    "knee-swelled-fast-or-locked-after-an-injury",
    "hives-after-a-new-medicine",
    "ribs-worse-after-a-fall-and-painful-to-breathe",
    "sleepier-and-not-eating-after-an-operation",
    "chest-tight-on-stairs-told-in-other-words",
    "older-person-cough-and-fever",
    "older-person-falling-again-and-again",
    "behaviour-much-worse-with-a-brain-injury",
    "cant-lift-the-leg-after-a-hip-operation",
    "painful-lump-down-below-after-giving-birth",
    "foot-dragging-or-leg-weaker-over-days",
    "feeling-unsafe-in-my-own-mind",
    "cramps-and-twitching-with-low-calcium",
}

EMERGENCIES = [
    "my fistula is bleeding and it won't stop, I've been pressing on it for 15 minutes",
    "sudden ripping pain in my chest going through to my back",
    "my wife is 35 weeks pregnant, she has a bad headache and now she's confused",
    "my son's eyelid is swollen shut, he has a fever and says his vision is blurry",
    "he's got a spinal cord injury and his pressure is reading 200/110",
    # from half B
    "my mum has gone confused and her arm is weak since lunch",
    "there was a fire in the kitchen and my son's voice has gone hoarse, he keeps coughing up black phlegm",
]

URGENT = [
    # part one: causes of the tuning misses
    "my husband's fistula feels cold and there's no buzz tonight",
    "I missed my dialysis yesterday and feel puffed",
    "the site where my PD tube comes out is red and oozing",
    "mum's gastrostomy tube got pulled out while she was being changed",
    "my catheter bag has been empty since lunchtime",
    "grandad's pacemaker makes his belly twitch and he has had hiccups for a day",
    "I'm on apixaban and I forgot I'd had it and took another this morning",
    "I'm on warfarin and my husband and I mixed them up, I took his tablets",
    "I'm on edoxaban and I was sick with streaks of blood in it last night, fine now",
    "my gran who is 88 fell on Sunday and now her hip is getting worse and she won't walk",
    "30 weeks pregnant and the baby is much quieter than usual today",
    "I'm on methotrexate and my period is late",
    "I'm anaemic and losing weight without trying, my bowels have changed",
    "my brother has a brain injury and has been much more agitated this week with a new headache",
    "my dad has a brain injury and has vomited five times since breakfast",
    "my mum is seeing people who aren't there",
    # part two: the contexts' own signs
    "he has a spinal injury and has a new sore on his bottom that's broken",
    "26 weeks pregnant and I've got tightenings every 10 minutes",
    "I'm 32 weeks pregnant and have a watery leak",
    "my baby is 4 months old and has been sick after every feed today and is sleepy",
    "I'm on chemo and I've had diarrhoea 6 times today",
    "on chemotherapy and my mouth is so sore I can't eat or drink",
    "having chemo and I've got bruises and nosebleeds",
    # from half B
    "my wrist has got hotter and more swollen every day since the cast came off",
    "I fell off my bike on Tuesday and my ribs are getting worse, it hurts to breathe in",
    "mum had her knee replaced on Friday and today she's drowsy and won't eat",
    "this last week my chest gets heavy when I walk the dog and goes off when I rest",
    "after I start the etoricoxib I get the hives on my arms, no swelling in the face, breathing is ok",
    "my grandad is 78 and has a chesty cough and a temperature",
    "dad has fallen 3 times this week and seems not right",
    "my husband has a brain injury and his temper has got much worse this week",
    "a week after my hip op I felt a clunk and now I can't lift my leg, my groin hurts",
    "since giving birth my stitches are swollen and smell and I can't sit",
    "my foot is dragging when I walk and it's getting worse for the last few days",
    "I don't feel safe in my own head tonight, no plan",
    "my hands keep cramping and my mouth is tingling today, my calcium is low",
    "I take rivaroxaban and took two by mistake this morning",
]

NEAR_MISSES = [
    "what is a fistula for dialysis?",
    "my dialysis session was moved to tomorrow",
    "my fistula buzzes a lot, is that normal?",
    "how long does a PEG tube last before it needs changing?",
    "I emptied my catheter bag this morning",
    "how do I change my leg bag?",
    "I had hiccups all evening after a fizzy drink",
    "I had a pacemaker fitted last year, can I still get HO?",
    "tearing pain in my hamstring after football",
    "I'm pregnant and have a mild headache today",
    "I picked up my dad's warfarin tablets from the pharmacy",
    "my nan fell last year and broke her hip, is she at risk of HO?",
    "my 80 year old dad fell in the garden, he's fine and walking normally",
    "my baby is moving a lot today",
    "I'm on isotretinoin, do I need contraception?",
    "my eye is puffy from hay fever and my vision is a bit blurry",
    "I have a spinal cord injury, what should my blood pressure be?",
    "I've lost weight on my diet and my poo is fine",
    "my dad with a brain injury gets aggressive when he's tired, always has",
    "I keep seeing things floating in my eye",
    "I was so tired I was hallucinating lol",
    "my dad has dementia and has been seeing things for years",
    "I have a spinal cord injury, how do I prevent pressure sores?",
    "paraplegic, I had a pressure sore last year that has healed",
    "I'm pregnant and leak a bit of wee when I sneeze",
    "30 weeks pregnant, what are Braxton Hicks?",
    "my baby brings up a little milk after feeds, is that normal?",
    "does chemo cause diarrhoea?",
    "I finished chemo last year and my mouth was sore then",
    "I'm having chemo next month, will I bruise easily?",
    # from half B
    "my dad had a stroke years ago, he gets confused and his arm is weak since his stroke",
    "I burnt the toast and the smoke alarm went off",
    "I got sunburnt on my face at the beach",
    "my knee swells a bit in the evening after a long walk",
    "can ibuprofen cause hives?",
    "I had hives as a child",
    "I have a stitch in my side when I run",
    "I bruised my ribs last year playing rugby",
    "is it normal to be sleepy after an anaesthetic?",
    "my nan is 85, should she have the flu jab?",
    "my toddler keeps falling over, she is learning to walk",
    "my son with a brain injury has always had a bad temper",
    "before my hip op I couldn't lift my leg",
    "is it normal to be sore down below after giving birth?",
    "I can't trust myself around chocolate",
    "I had cramps in my hands years ago when my calcium was low",
    "the scar has wept a little since the stitches came out, is that normal?",
    "he was jealous and seeing things that were never there in our relationship",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, NEAR_MISSES))
def test_told_now_it_escalates_and_a_near_miss_stays_routine(text, tier):
    assert_tier(text, tier)


def test_a_questions_about_what_may_come_keeps_the_safety_line(triage_table):
    # asked in general, a round 23 sign is a mention: the answer with its safety line, no escalation
    assessment = triage_table.assess("what happens if a feeding tube comes out?")
    assert assessment.tier == "routine" and assessment.rule == "feeding-tube-came-out"


def test_every_round23_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND23_RULES)
