"""Round 30 (clinic triage, branch clinictriage28): a clinic's own red flags, fixed as classes in the general layer.

Chosen on the odd places of the clinic triage files in the banks' alphabetical order (reflux now among them), kept
only as the even places held (docs/triage.md, round 30 clinictriage28). Classes, each a red flag (or none) whatever
the bank:
- three of pre-eclampsia's signs at once in pregnancy (a headache and changed sight with pain under the ribs or a
  swelling face or hands): `pregnancy-warning-signs-together` (999); one sign alone stays the same day;
- a headache "worst in the morning" or "worst when I cough" tells when it peaks, not the worst headache of one's
  life: no longer the stroke rule (a headache getting worse over days is the same-day headache rule);
- "nearly fainted" or "almost passed out" on standing up is the same-day faint feeling on standing, not a faint (the
  `never` words of `collapse-or-unconscious`'s step down skip a word right after "nearly", `time_frame: near_miss`);
  with black poo or bleeding it stays 999 (blood loss);
- a second pass, chosen on the even half's missed emergencies after its measurement (the reflux bank): a baby or child
  being sick green (bile): `child-green-vomit` (999); sudden tummy pain told "terrible" or "worst ever", and a belly
  "hard like a board", read by `severe-tummy-pain` (999).

Every sentence here is our own, written for these tests (none is a line of a tuning or held-apart set); each class is
checked both ways."""

from __future__ import annotations

import pytest
from triage_support import assert_each_rule_has_a_public_source, assert_tier, tier_cases

from chatbot.safety.triage import general_triage

EMERGENCY = [
    # three of pre-eclampsia's signs together
    "I'm 34 weeks pregnant with a pounding headache, my vision is blurry and I've got a pain just below my ribs",
    "pregnant with twins, bad headache since lunch, seeing flashing lights and my face and hands are swollen",
    # the worst headache of one's life is still read, whatever else the sentence says of mornings
    "the worst headache of my life came on this morning",
    "sudden worst headache I have ever had, it is worst when I lie down",
    # green vomit in a baby or child
    "our 5 week old keeps throwing up dark green stuff and won't feed",
    "my 4 year old has vomited twice and the second time it was yellowy green",
    # sudden severe tummy pain in other words, a board-hard belly
    "all of a sudden an awful pain in my stomach, my belly is hard like a board",
    # a near-faint alone, or with a 999 sign, keeps the emergency
    "I nearly fainted in the shop just now",
    "she almost passed out standing up and now she won't wake up",
    "I nearly fainted standing up and my chest is crushing",
    # a real faint on standing is still read as a faint
    "my husband fainted standing up at the sink",
    # a near-faint on standing with black poo or bleeding: blood loss
    "my poo has been black and sticky for two days and I almost passed out standing up",
    "heavy bleeding from my bottom today and I nearly fainted standing up",
]

URGENT = [
    # one or two of pre-eclampsia's signs: the midwife or 111 the same day
    "I'm 30 weeks pregnant and have a bad headache with blurred vision",
    "pregnant and my face has gone really puffy since yesterday",
    # a headache that peaks in the morning or on coughing, getting worse over days, with being sick
    "my headaches have got worse every day this week, always worst first thing, and I have been sick twice",
    # a near-faint on standing up
    "my dad almost passed out standing up from the sofa twice this evening",
    # "blood" of a blood pressure tablet is no bleeding
    "since my new blood pressure pills I nearly fainted standing up at the bus stop",
    "I nearly fainted getting out of the bath and standing up, my legs went wobbly",
    # a migraine's aura in pregnancy with no third sign stays the same-day rule, not 999
    "I'm pregnant and my usual migraine with flashing lights is back, is sumatriptan safe?",
]

NEAR_MISSES = [
    # the signs listed as what to watch for
    "the midwife said to watch for a headache, flashing lights or pain under my ribs, how common is that?",
    # green that is no bile: a drink brought back up, phlegm, or asked about in general
    "my son drank a green slushie and was sick, he's fine now and laughing",
    "my daughter has a cold and is coughing up green phlegm",
    "is green sick in a toddler serious?",
    # a belly hard like a board with no pain
    "my tummy feels hard like a board after a big christmas dinner, no pain at all",
    # when a headache peaks, told with no other sign
    "my tension headache is always worst in the evening after work, what helps?",
]


@pytest.mark.parametrize(("text", "tier"), tier_cases(EMERGENCY, URGENT, NEAR_MISSES))
def test_each_class_gets_its_tier(text, tier):
    assert_tier(text, tier)


def test_the_worst_time_of_a_headache_is_no_stroke():
    # the same headache told "worst ever" is the stroke rule; told "worst in the morning" it is not
    triage = general_triage()
    assert triage.assess("my headache is the worst ever this morning").rule == "stroke"
    assert triage.assess("my headache is worst in the morning and eases by lunch").rule != "stroke"


def test_three_signs_in_pregnancy_are_read_by_their_own_rule():
    triage = general_triage()
    told = "32 weeks pregnant, a headache that won't shift, blurry vision and pain under my ribs"
    assert triage.assess(told).rule == "pregnancy-warning-signs-together"
    # the same signs with no pregnancy named are no pre-eclampsia
    assert triage.assess("a headache that won't shift, blurry vision and pain under my ribs").rule != (
        "pregnancy-warning-signs-together")


def test_a_near_miss_word_lowers_only_the_step_down_it_names():
    # "nearly" before the word of a faint lets the standing-up step down apply; the faint itself keeps 999
    triage = general_triage()
    near = triage.assess("I nearly fainted twice today standing up")
    real = triage.assess("I fainted twice today standing up")
    assert (near.tier, near.rule) == ("urgent", "collapse-or-unconscious")
    assert (real.tier, real.rule) == ("emergency", "collapse-or-unconscious")


def test_every_round30_rule_has_a_public_source():
    assert_each_rule_has_a_public_source({"pregnancy-warning-signs-together", "child-green-vomit"})
