"""Round 21 (issue 13, recall): red flags the tuning sets' writers told in words the table lacked, fixed as classes.

The blocks "round 21 recall" at the end of `rules:` in `chatbot/general/triage/triage.yaml`: tablets kept at hand
beside goodbye letters; someone found only groaning or in a pool of blood; dressings soaked again and again or blood
running down on a blood thinner; both legs without power for hours; clear fluid or nodding off after a knock; a hot
joint told beside gout; fewer wees after days of sickness; a headache and feeling sick after a knock; a blood thinner
taken too often or slow to stop bleeding; a whole arm swollen; sick with dark bits; a joint that will not go back;
quinsy, appendicitis, a low INR with a valve, swallowed or embedded objects, a catheter's urine infection, a belly gone
hard after an operation, new muddle with sleepiness, shivers after an operation, bladder changes after back surgery,
palpitations at rest, a fracture with thin bones or after a fall, a reliever needed every few hours, a same-day
referral, spreading skin infection, a baby's cloudy eye, no wind with a swollen tummy, lithium with sickness, earache
with a high temperature, a urine infection no better on antibiotics or in pregnancy, hearing lost in days, a bleeding
or blocked ear, vertigo with sickness, AF not settling, stroke signs that passed, a changed headache waking at night,
a rash over most of the body or pus spots, serotonin signs, shingles with ear or face signs, and a warm swollen limb
with a spinal cord injury.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class
is checked both ways: told now it escalates; a near miss (past, supposed, general, or another thing) stays routine.
(An older rule may answer first with the same or a higher tier; the tier is what is checked.)"""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

ROUND21_RULES = {
    "means-at-hand-told-as-kept-or-here",
    "found-on-the-floor-only-groaning-or-in-a-pool-of-blood",
    "dressings-soaked-again-and-again-on-a-blood-thinner",
    "hot-swollen-joint-first-attack-or-beside-gout",
    "fewer-wees-after-days-of-sickness-or-diarrhoea",
    "headache-and-feeling-sick-after-a-knock",
    "bowels-not-open-told-otherwise-with-spinal-cord-injury",
    "blood-thinner-taken-too-often",
    "whole-arm-swollen-tight-or-blue",
    "sick-with-dark-bits",
    "bleeding-slow-to-stop-on-a-blood-thinner",
    "joint-out-and-will-not-go-back",
    "mouth-hard-to-open-with-a-muffled-voice",
    "tummy-pain-moving-from-the-middle-to-the-right",
    "low-inr-with-a-valve-or-a-recent-clot",
    "object-swallowed-or-stuck",
    "object-stuck-in-the-skin",
    "urine-infection-with-a-catheter",
    "belly-gone-big-and-hard-after-an-operation",
    "muddled-and-sleepier-than-usual",
    "shivers-and-unwell-after-an-operation",
    "harder-to-pee-after-back-surgery-or-with-back-pain",
    "palpitations-at-rest-or-all-day",
    "back-pain-sudden-with-thin-bones",
    "hip-hurts-to-stand-on-after-a-fall",
    "reliever-needed-often-told-otherwise",
    "told-by-a-clinician-to-go-today",
    "skin-sore-red-hot-and-spreading",
    "both-legs-lost-power-in-the-last-hours",
    "babys-eye-cloudy-or-white",
    "swollen-tummy-and-no-wind",
    "lithium-with-sickness-or-shaking",
    "earache-with-a-high-temperature",
    "head-knock-with-clear-fluid-or-nodding-off",
    "urine-infection-not-better-on-antibiotics-or-in-pregnancy",
    "hearing-lost-in-hours-or-days",
    "ear-bleeding-and-painful",
    "something-in-the-ear",
    "room-spinning-with-sickness-or-ear-signs",
    "ear-discharge-painful-with-diabetes",
    "af-not-settling-after-its-own-treatment",
    "stroke-signs-that-passed",
    "headache-pattern-changed-and-waking-at-night",
    "skin-rash-over-most-of-the-body-or-pus-spots",
    "shaking-sweating-and-racing-on-serotonin-medicines",
    "shingles-on-the-face-with-ear-mouth-or-balance-signs",
    "warm-swollen-limb-with-spinal-cord-injury",
}

EMERGENCIES = [
    "I've been saving my tablets for weeks and I've written a letter to my sister",
    "came home and found grandad on the floor, he's just moaning and can't answer me",
    "my wife slipped in the bathroom, there's a puddle of blood by her head",
    "I'm on apixaban and blood is streaming down my shin from the wound",
    "my legs have no strength since 2 hours, I was walking fine this morning",
    "he banged his head on the goalpost and now watery fluid is coming out of his nose",
    "she bumped her head on the shelf and keeps dozing off",
]

URGENT = [
    "my ankle came up hot and swollen overnight, I've never had gout before",
    "I've had the runs for three days and I'm peeing a lot less",
    "with this throat I can barely swallow and I've hardly passed any urine",
    "my daughter knocked her head on the table, now she has a headache and feels queasy",
    "I'm a para and my bowels haven't been open for five days",
    "I've been taking my apixaban morning and night instead of once, for a week",
    "since yesterday my whole arm is swollen, from my hand to my elbow",
    "my arm has swollen up and looks purplish, the drip was in it",
    "I was sick once today with a few dark bits in it, I feel alright now",
    "had a tooth pulled at lunch and the gum is still oozing, I take warfarin",
    "on warfarin, my nose bled for about 40 minutes before it finally stopped",
    "my kneecap came out again and this time it won't go back in",
    "my son can barely open his mouth and he sounds like he has a hot potato in it",
    "the pain began around the belly button and has moved to the lower right side",
    "my INR is only 1.4 and I have a metal valve",
    "my 3 year old has just swallowed a marble",
    "a chicken bone is stuck in my throat",
    "there's a piece of glass in my foot and I can't get it out",
    "dad's catheter urine is cloudy and smelly and he has a temperature",
    "since my operation my stomach is distended and really sore",
    "grandma seems confused and is sleeping much more than usual",
    "two days after my operation I've got the shakes and feel awful",
    "since my back operation it's harder to pee and getting worse",
    "my heart keeps fluttering even when I'm sitting still",
    "my pulse is 38 and I feel lightheaded",
    "I sneezed and felt something go in my back, I've got osteoporosis",
    "mum tripped on the rug and her hip hurts to put weight on",
    "I'm wheezy and using my ventolin every 2 hours",
    "the pharmacist told me to go to A and E today about my eye",
    "the bite on my leg is red and hot and spreading up my shin",
    "my baby's left pupil looks white in photos",
    "my belly is bloated and hard and I can't pass wind",
    "I take lithium and I've been sick all day and I'm really shaky",
    "bad earache and a high temperature since last night",
    "I'm on antibiotics for cystitis and it's getting worse",
    "I'm 20 weeks pregnant with pain in my side and a temperature",
    "I woke up and the hearing in my right ear has suddenly gone",
    "my ear started bleeding after the swim and it really hurts",
    "my daughter pushed a bead into her ear and it's stuck",
    "the room is spinning and I keep being sick",
    "I have type 2 diabetes and my ear is leaking pus and really painful",
    "took my flecainide three hours ago and my heart is still racing",
    "yesterday my face drooped and my speech was slurred for about 20 minutes, then it passed",
    "my headaches have completely changed and now they wake me up at night",
    "my eczema has spread all over my body in two days and it's hot and red",
    "I've come out in pustules on my hands and feet out of nowhere",
    "I added tramadol to my sertraline and now I'm twitching and sweating",
    "I have shingles by my ear and food tastes strange on one side",
    "my son is tetraplegic and his knee is hot and swollen today",
]

MENTIONS = [
    "I've got my pills here, what time should I take them?",
    "found my keys on the floor at last",
    "I was in a pool of blood after my accident years ago, could that cause HO?",
    "the dressing had a spot of blood on it this morning, I'm on apixaban",
    "can gout cause a hot swollen joint?",
    "I had diarrhoea last week and feel fine now",
    "is it normal to feel sick after a head injury?",
    "how often should someone with a spinal cord injury open their bowels?",
    "what happens if I take my warfarin twice a day instead of once?",
    "my arm is a bit swollen where I had the flu jab",
    "I was sick after drinking black coffee on an empty stomach",
    "had a tooth out last year on warfarin and it bled for a while, can HO drugs do that?",
    "can a shoulder dislocate again after it has been put back?",
    "my jaw is stiff in the morning, is that normal?",
    "where is the appendix?",
    "what should my INR be with a mechanical valve?",
    "can my dog swallow a coin safely?",
    "I get pins and needles in my foot when I sit too long",
    "how often should a catheter be changed?",
    "is bloating normal after an operation?",
    "my mum has dementia and has been confused for years",
    "I had the shivers with flu last winter",
    "what should I do if someone has a seizure?",
    "is it normal to find it harder to pee as you get older?",
    "my heart races when I'm anxious before exams",
    "can osteoporosis cause back pain?",
    "I fell on my hip last year, could that cause HO?",
    "I use my blue inhaler before exercise",
    "the GP told me to go to A and E if it gets worse",
    "I have a spot on my chin",
    "my baby has a sticky eye",
    "I get bloated after meals",
    "what are the side effects of lithium?",
    "my son has earache, no temperature, can I give him Calpol?",
    "can you get a UTI in pregnancy?",
    "my hearing has got slowly worse over the years",
    "I had an ear infection as a child",
    "what does vertigo feel like?",
    "what is a pill in the pocket?",
    "what are the signs of a mini stroke?",
    "my migraines sometimes wake me at night, like they always have",
    "my psoriasis has been on my elbows for years",
    "can sertraline and tramadol be taken together?",
    "can you get shingles on your face?",
    "what is HO in a spinal cord injury?",
    "the catheter bag looks a bit cloudy today, is that normal?",
    "do I have to keep my inhaler with me all the time?",
    "the bone in his hip is stuck solid now, what grade is that?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, MENTIONS))
def test_told_now_it_escalates_and_a_near_miss_stays_routine(text, tier):
    assert_tier(text, tier)


def test_tablets_kept_beside_goodbye_letters_get_the_crisis_lines(triage_table):
    assessment = triage_table.assess("I've got enough tablets here and I wrote goodbye notes to my kids")
    assert assessment.tier == "emergency" and assessment.crisis


def test_every_round21_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND21_RULES)
