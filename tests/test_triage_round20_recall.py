"""Round 20 (issue 13, recall): red flags told in words the older rules did not read.

The block "round 20 recall" of `chatbot/general/triage/triage.yaml` and its small additions elsewhere in the file
(a `current_frame` for "I've taken a big ...", the spinal injury told by its level, misspelt blood thinners, "blk",
a joint put back by oneself that is no clinician's look): a plan at hand told as no future on a bridge or a goodbye
with a threat to jump; an overdose whose count is withheld; a head knock then muddled or a pupil bigger; on a blood
thinner, black poo told by the toilet, doses missed nights running or two taken in one go, a cut that keeps bleeding
after pressing; a foot that drags or weakness getting worse day by day; the operated eye in lay words and haloes round
lights with a painful eye; a dislocated joint put back by oneself.

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each rule is
checked both ways: told now it escalates, a near miss (past, supposed, general, or another thing) stays routine."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

ROUND20_RULES = {
    "plan-at-hand-told-in-other-words",
    "overdose-count-withheld",
    "head-injury-with-lay-warning-signs",
    "black-toilet-on-blood-thinner",
    "blood-thinner-doses-missed-in-a-row-or-taken-together",
    "cut-still-bleeding-on-blood-thinner",
    "weakness-or-numbness-getting-worse",
    "operated-eye-worse-in-lay-words",
    "dislocation-put-back-by-oneself",
    "means-at-hand-with-notes-or-a-time",
    "noisy-breathing-in-or-drooling-child",
    "sight-lost-in-one-eye-in-seconds",
    "burn-that-blisters",
    "joint-locked-or-turned-after-a-twist",
    "little-dark-urine-or-only-sips",
    "sick-again-and-again-or-medicine-not-staying-down",
    "headache-that-will-not-go-after-a-knock",
    "throat-red-flags-in-lay-words",
    "eye-red-flags-in-lay-words",
    "painful-eye-with-rings-round-the-lights",
    "one-leg-bigger-told-with-a-second-sign",
    "blood-in-pee-on-a-blood-thinner-told-as-it",
    "pressure-sore-broken-open",
}

EMERGENCIES = [
    "I'm standing on the bridge and I can't see any future for me",
    "my brother sent a goodbye text to all of us and says he's going to jump",
    "my flatmate swallowed a load of her tablets and won't tell me how many",
    "dad has taken his pills, the box is empty and he won't say how many",
    "I have taken a massive overdose of my sleeping tablets and now I'm frightened",
    "grandad knocked his head on the cupboard and he's all muddled now",
    "she slipped in the garden and banged her head, now one pupil is bigger than the other",
    "on apixaban and the toilet is black every time I go",
    "I'm a T4 para and I've got a thumping headache and sweating above my injury level",
    "I've got a rope in the shed and I'm going to use it tonight",
    "the tablets are in front of me and I've written a note to my mum",
    "our toddler makes a harsh noise each time she breathes in and she's drooling",
    "I lost all the sight in my left eye a few minutes ago",
    "my eye is really painful and red and I see rainbow circles round the lights",
    "throwing up, and my left eye has rainbow rings round all the lights",
]

URGENT = [
    "forgot my rivaroxaban 3 nights running, what should I do",
    "I missed yesterday's warfarin so I took two at once this morning",
    "I'm on apixaban, nicked my thumb on a tin and it's still bleeding after 15 minutes of pressure",
    "my right foot is dragging when I walk and I keep tripping, it started on monday",
    "the numbness in my leg is getting worse each day",
    "my wife can't lift her leg off the bed at all since yesterday, the hip op was last week",
    "the eye they did on tuesday is sticky and gunky this morning",
    "my operated eye has gone cloudy and dim today",
    "my eye aches and there are rainbow circles round lights this evening",
    "my knee cap popped out at football and I pushed it back myself, it's really swollen",
    "shoulder came out of place again, my mate put it back, my hand is tingling",
    "grabbed the hot baking tray and my fingers have blistered",
    "my 3 year old pulled the kettle over, his leg is blistering",
    "my knee twisted at netball and now it's locked and won't straighten",
    "heard a clunk in my new hip getting out of the car and now my foot is turned in",
    "she fell off the trampoline and her wrist looks deformed",
    "since the op mum is hardly passing urine and it's dark",
    "he's only managing tiny sips with his sore throat and he's dizzy",
    "my daughter has been sick 7 times since breakfast",
    "can't stop being sick since last night",
    "my epilepsy tablets aren't staying down, I've vomited three times",
    "bumped my head on friday and the headache won't go away",
    "my son's tonsils were taken out on monday and there are red streaks in his spit today",
    "sore throat on one side only and my voice sounds muffled",
    "a rough rash like sandpaper on her tummy and a sore throat",
    "a week after my trabeculectomy the eye is redder and sticky",
    "I wear contact lenses and my eye is red and painful and things look hazy",
    "I scratched my eye on the cat's claw and it's very painful and watering",
    "his right thigh measures 4 cm more than the other one since the op",
    "my left leg is bigger and redder than the other this evening",
    "on rivaroxaban with a water infection, and now it's gone pink",
    "the skin over dad's tailbone has broken down into an open wound",
]

MENTIONS = [
    "how high is the bridge near the hospital, can I walk there after my op?",
    "I stood on the bridge and watched the boats, lovely day",
    "we said goodbye at the station and I went to jump on the train",
    "how many paracetamol can I take in a day?",
    "the pharmacist wouldn't tell me how many ibuprofen I can take with HO medicine",
    "he hit his head years ago and was muddled for a day, could that cause HO?",
    "are unequal pupils normal in some people?",
    "the toilet is black with mould, how do I clean it?",
    "what should I do if I forget my warfarin two nights running?",
    "can I take two paracetamol at once?",
    "I cut myself shaving, it stopped after a minute",
    "what is foot drop?",
    "my foot has dragged a bit for years since my stroke, can physio help?",
    "is it normal for the eye to be a bit sticky after cataract surgery?",
    "can glaucoma cause haloes round lights?",
    "my shoulder dislocated years ago and I put it back myself, can that cause HO?",
    "how do you know if your shoulder has come out of place?",
    "I have a rope in the garage for the tow bar",
    "what does stridor sound like in croup?",
    "I lost all the sight in my left eye as a child after an accident",
    "how do I treat a burn blister at home?",
    "I burnt my finger on the toaster, it's red but no blister",
    "burnt my wrist on the oven door, just a tiny blister, which cream is best?",
    "my knee gives way now and then since my sports injury years ago",
    "is dark urine a sign of dehydration?",
    "I was sick once this morning, I feel fine now",
    "what should I do if my tablets don't stay down?",
    "I hit my head last year and had headaches for a week, could that cause HO?",
    "how long does bleeding last after tonsils out?",
    "what does a scarlet fever rash look like?",
    "what is a trabeculectomy?",
    "I wear contact lenses, can I swim in them?",
    "is a red eye with rainbow circles round the lights an emergency?",
    "is a nosebleed on warfarin an emergency",
    "my legs have always been different sizes, one is bigger than the other",
    "how do you stop a pressure sore getting deeper?",
    "I had a water infection on warfarin last year, can HO drugs cause one?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCIES, URGENT, MENTIONS))
def test_told_now_it_escalates_and_a_near_miss_stays_routine(text, tier):
    assert_tier(text, tier)


def test_a_plan_at_hand_gets_the_crisis_lines(triage_table):
    assert triage_table.assess("I'm on the roof and I can't see a way out").crisis


def test_every_round20_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND20_RULES)
