"""Round 22 (issue 13, recall): red flags no rule had, and urgent cases scored routine, fixed as classes.

The blocks "round 22 recall" at the end of `rules:` in `chatbot/general/triage/triage.yaml`. Part one (named in
the brief): itching in pregnancy; new psychosis or mania (urgent) and voices telling the person to do harm (999);
low mood with days of not eating or sleeping, and low mood since a birth; fresh self-harm cuts (urgent) and deep or
heavily bleeding ones (999); a child's new thirst and weeing, and thirst, weeing and weight loss at any age; lithium,
digoxin, phenytoin or carbamazepine with signs of too much. Part two (causes of half A's misses): pain on one side in
early pregnancy, bleeding soaking a pad every hour or two, a gaping cut, new double vision, chest pain on effort,
morning headaches with sickness, carbon monoxide, unequal pupils, tablets taken and regretted, run out of a medicine
that must not stop, a child with sickness or diarrhoea and drowsy, sick after a knock, a bleed slow to stop on a
blood thinner, a hardening warm limb with a brain injury, a fit of five minutes, palpitations with
light-headedness, memory lost suddenly. From half B: thoughts of ending one's life told as lately with no plan.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class
is checked both ways: told now it escalates; a near-miss twin (past, general, everyday or another thing) stays
routine. (An older rule may answer first with the same or a higher tier; the tier is what is checked.)"""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

ROUND22_RULES = {
    "itching-in-pregnancy",
    "new-psychosis-signs",
    "psychosis-with-danger-now",
    "low-mood-not-eating-or-sleeping-for-days",
    "eating-disorder-with-fainting-or-weight-loss",
    "fresh-self-harm-cuts",
    "self-harm-cut-deep-or-bleeding-heavily",
    "child-thirsty-and-weeing-a-lot",
    "thirsty-weeing-a-lot-and-losing-weight",
    "narrow-range-medicine-with-sickness-shaking-or-confusion",
    "pregnancy-pain-on-one-side-with-spotting",
    "period-or-bleeding-soaking-every-hour-or-two",
    "cut-gaping-or-deep",
    "double-vision-new",
    "chest-pain-on-exertion-new",
    "headaches-on-waking-getting-worse-with-sickness",
    "carbon-monoxide-signs",
    "pupils-different-sizes-new",
    "tablets-taken-and-regretted",
    "run-out-of-a-medicine-that-must-not-stop",
    "child-diarrhoea-or-sickness-and-drowsy",
    "sick-after-a-knock-on-the-head",
    "bleed-that-took-long-to-stop-on-a-blood-thinner",
    "harder-warm-swelling-with-a-brain-injury",
    "seizure-lasting-five-minutes-or-more",
    "palpitations-with-light-headedness",
    "memory-lost-suddenly",
    "thoughts-of-ending-life-lately-without-a-plan",
}

EMERGENCIES = [
    "the voices are telling me to hurt my neighbour and I think I will",
    "my son says a voice keeps telling him to jump off the bridge",
    "I cut my wrist again tonight and it's much deeper than usual",
    "she has self harmed and it's soaking through the bandage",
    "we all have headaches and feel dizzy since the gas fire went on tonight",
    "the carbon monoxide alarm is beeping and both of us feel sick with a headache",
    "grandad had a fall earlier, now he's drowsy and one pupil is bigger than the other",
    "I swallowed the pills an hour ago because I wanted everything to stop, now I regret it",
    "our daughter has been fitting with a fever, it has lasted 6 minutes so far",
]

URGENT = [
    # part one
    "I'm 36 weeks pregnant and the palms of my hands and soles of my feet itch terribly",
    "I'm 36 weeks pregnant and my hands and feet itch terribly every night",
    "pregnant with twins, 33 weeks, itchy all over especially my feet, no spots at all",
    "my brother has started hearing voices that nobody else can hear and thinks his phone is spying on him",
    "since last week my mum keeps seeing people in the kitchen who aren't there",
    "he's not slept for four nights, his thoughts are racing and he spent all his wages in a day",
    "my husband has barely eaten or slept for four days and just lies in bed, he seems so low",
    "I've been really low this week, not eating and not sleeping at all",
    "since having my baby a month ago I cry all the time and I can't bond with him",
    "my daughter has stopped eating and keeps feeling dizzy, she's lost loads of weight",
    "he makes himself sick after every meal and he's lost loads of weight",
    "I found new cuts on my son's arms this evening, he says it's nothing",
    "found fresh cuts on her thighs today, she says she's fine",
    "my 7 year old is drinking loads and weeing all the time, even wetting the bed again",
    "my son is 8 and is always thirsty and weeing a lot",
    "I'm always thirsty and weeing loads and I've lost weight without trying",
    "I'm on lithium and I've been sick twice today",
    "I take digoxin and I've been feeling sick and everything looks yellow",
    "I've been on carbamazepine for a month and now I'm wobbly on my feet",
    # part two
    "I'm 7 weeks pregnant and there's a sharp pain on the right side low down",
    "my period has gone on for two weeks now",
    "my period has lasted for 12 days now",
    "sliced my hand on a tin lid, the edges won't stay together",
    "I've been seeing double on and off for three days",
    "chest pain on and off for a few days when I hurry for the bus, goes when I stop, none right now",
    "I wake up with a headache every morning this week and I've been sick twice",
    "I ran out of my epilepsy tablets this morning and the pharmacy is shut",
    "my toddler has been sick all day and is much sleepier than usual",
    "my 6 year old bumped his head on the climbing frame, he was sick once and has a headache but is chatting",
    "I'm on apixaban and my gums bled on and off all day",
    "he had a brain injury in the spring and now his thigh is warm, swollen and harder",
    "my heart keeps skipping and racing and I feel dizzy with it",
    "since lunchtime dad keeps asking the same question over and over",
    "it's hard to admit but I've been thinking about suicide a lot lately, no plan",
]

NEAR_MISSES = [
    "is itching normal when you are pregnant?",
    "I'm pregnant and my bump is itchy where the skin is stretching",
    "I can hear voices from next door through the wall every night",
    "what are the early signs of psychosis?",
    "I heard voices when I was a teenager but that was years ago",
    "I feel a bit low after the operation, is that normal?",
    "I felt very low and stopped eating years ago, I'm well now",
    "she cut her leg shaving this morning",
    "my son cut his arm on the fence last week, it has healed",
    "my daughter drinks a lot of water after football",
    "I'm thirsty and weeing a lot in this heat",
    "what are the side effects of lithium?",
    "can you get pregnant with HO?",
    "I'm 24 weeks pregnant and get a pulling pain on one side when I stand up",
    "my periods have always been heavy",
    "I had a paper cut this morning",
    "what is double vision a sign of?",
    "I had angina years ago and had a stent",
    "our boiler was serviced today",
    "can carbon monoxide cause headaches?",
    "my pupils have always been different sizes",
    "my prescription runs out next week, how do I reorder it?",
    "what should I give a child with diarrhoea?",
    "I bumped my head last year and was sick",
    "how long does a febrile seizure usually last?",
    "my heart races after coffee",
    "I can't remember where I put my keys",
    "I had suicidal thoughts as a teenager",
    "my uncle hears voices, he has had schizophrenia for years and is well controlled, can he get HO?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, NEAR_MISSES))
def test_told_now_it_escalates_and_a_near_miss_stays_routine(text, tier):
    assert_tier(text, tier)


def test_voices_that_tell_the_person_to_harm_get_the_crisis_lines(triage_table):
    assessment = triage_table.assess("the voice in my head keeps telling me to cut myself tonight")
    assert assessment.tier == "emergency" and assessment.crisis


def test_every_round22_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND22_RULES)
