"""Round 22 (issue 13, clinic): red flags any clinic's patients may tell in lay words, and two false alarms.

The block "round 22 clinic" in `rules:` of `chatbot/general/triage/triage.yaml` (gallbladder pain that will not go
away, a tummy more bloated and sore day by day after an operation, thirst with peeing a lot, more breathless than
usual over days, a fever with shivers after an injection into a joint or the spine, a crack felt in the back with
severe pain, straight lines wavy or a blur in the middle of the sight), a month running up to now read as current, and
three figures of speech (a device worn or used is no new medicine; pregnant women told of in general; whether pain
usually gets worse for a while in a recovery, asked in general).

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class
is checked both ways: told now it escalates; a near miss (general, past, another thing) stays routine. An older
rule may answer first with the same or a higher tier; the tier is what is checked."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

ROUND22_RULES = {
    "gallbladder-pain-not-going-away",
    "tummy-more-bloated-and-sore-each-day-after-an-operation",
    "thirsty-and-peeing-a-lot",
    "more-breathless-than-usual-over-days",
    "fever-and-shivers-after-a-joint-or-steroid-injection",
    "felt-a-crack-in-the-back-with-severe-pain",
    "straight-lines-wavy-or-a-blur-in-the-middle",
}

URGENT = [
    # gallbladder pain that will not go away
    "my gallbladder pain has not gone away since last night",
    "had a gallstone attack at 6 this morning and it's still there now",
    "the biliary colic has been going on 4 hours now and won't ease",
    # a tummy more bloated and sore after an operation
    "five days after my operation my belly is more swollen every day and I can't eat",
    "since my keyhole surgery my stomach is getting more bloated and sore each day",
    # thirst and peeing a lot
    "I'm so thirsty all the time and weeing loads, and I've lost weight",
    "my 9 year old is really thirsty and wetting the bed again lately, and so tired",
    "really thirsty and peeing constantly for the past fortnight",
    # more breathless than usual
    "over the last few days I get out of breath walking to the shop, which is new",
    "I'm more short of breath than usual this week, even going upstairs",
    # fever and shivers after a joint or steroid injection
    "had a steroid injection in my knee two days ago and now I've got a fever and feel rough",
    "since the epidural injection on Monday I've had a temperature of 38.4 and the shakes",
    # a crack in the back with severe pain
    "felt something crack in my lower back when I lifted the box, terrible pain since",
    "I heard a snap in my back getting out of the car and I'm in agony",
    # straight lines wavy, or a blur in the middle of the sight
    "door frames look wavy in my right eye since this morning",
    "there's a grey smudge right in the middle of my vision that wasn't there last week",
    # a span of a month that runs up to now
    "over the last month my headaches have been different from usual and now they wake me at night",
]

ROUTINE = [
    # general questions and other things
    "how long does gallstone pain usually last?",
    "I had gallstone attacks for hours before my operation years ago",
    "is it normal to feel bloated after keyhole surgery?",
    "is being thirsty a sign of diabetes?",
    "I'm always thirsty after a long run in the heat",
    "I've always been breathless on hills, for years now",
    "had my flu jab yesterday and feel a bit feverish",
    "can a steroid injection cause a fever?",
    "my back cracks when I stretch in the morning, is that bad?",
    "the chiropractor cracked my back and it clicks now",
    "do straight lines look wavy with macular degeneration?",
    "there are wavy lines on my fingernails, is that anything?",
    "I had a bad headache last month, it went after a day",
    "she gets a bit out of breath going upstairs since the flu but she's improving every day",
    "my grandad gets puffed out walking to the bus stop, he's 80, is the operation safe for him?",
    "I've been getting more breathless on hills over the past year",
    # the course of a recovery asked in general
    "is it normal for the pain to get worse around day 4 after a tonsillectomy?",
    # a device worn or used is no new medicine
    "itchy ears since I started wearing my hearing aids",
    "my glasses have made the skin behind my ears itchy since I started wearing them",
    "an itchy rash on my wrist since I started wearing a new watch strap",
    "red itchy nose since I started using the cpap",
    # pregnant women in general
    "what antibiotics do doctors give pregnant women with a water infection?",
    "in some countries when a pregnant woman has a urine infection they use herbal teas, is that safe?",
]

STILL_URGENT = [
    # a medicine beside a device is still read
    "itchy rash since I started taking the new tablets and since wearing my new glasses",
    # a cream used is a medicine: "it" after "using" is not a device
    "rash and itching since I started using it, it's the new steroid cream the GP gave me",
    # pain told as worse of a person, beside a question on the usual course
    "is it normal for the pain to get worse around day 2? my pain is 9 out of 10 since my hip op yesterday",
    # the writer's own pregnancy beside a general question
    "I'm pregnant and it burns when I wee, what do they give pregnant women with a water infection?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(urgent=URGENT, routine=ROUTINE))
def test_told_now_it_escalates_and_a_near_miss_stays_routine(text, tier):
    assert_tier(text, tier)


@pytest.mark.parametrize("text", STILL_URGENT)
def test_a_figure_leaves_a_sign_told_beside_it(triage_table, text):
    assert triage_table.assess(text).tier == "urgent", triage_table.assess(text)


def test_every_round22_rule_has_a_public_source():
    assert_each_rule_has_a_public_source(ROUND22_RULES)
