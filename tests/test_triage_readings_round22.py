"""Round 22 of the triage table (issue 13), the readers: wordings that hid a sign told now (a confession frame, a
clinician's possibility, a figure inside a longer sign, a count read as a reading, a story opened by "in the past"),
bleeding on a blood thinner told in lay words, and posture words read as a stroke. Data in
`chatbot/general/triage/triage.yaml` (blocks and comments marked "round 22 readings"), reading in
`chatbot/safety/triage.py`. Every case was written for these tests (none is a line of a tuning or held-apart set); each
fix stands beside a twin that must keep its tier."""

from __future__ import annotations

import pytest

from chatbot.safety.triage import _holds_figures

CASES = [
    # 1. A confession frame opens a report; it supposes nothing.
    ("I'm scared to say this but my husband can't lift his left arm and his words are slurred", "emergency"),
    ("I hate to say it but her face has gone lopsided on one side", "emergency"),
    ("I don't want to worry you but my new knee is hot, red and leaking pus", "urgent"),
    ("not to scare you but his calf is swollen and hot since his hip op", "urgent"),
    ("sorry to say this, my stitches have opened and there's yellow stuff coming out", "urgent"),
    # ... twins: a fear of what may come stays a fear.
    ("I'm scared I'll get a clot on the long flight after my hip op", "routine"),
    ("I'm scared to say I had a stroke ten years ago, does that matter for HO surgery?", "routine"),
    ("I hate to say it but I'm worried my hip might come out one day", "routine"),
    # 2. A clinician's possibility beside a sign told now is now.
    ("the surgeon said it might be new bone or a DVT, and my calf is hot and tight today", "urgent"),
    ("the GP reckons it could be HO or a clot, his calf is red and swollen", "urgent"),
    # ... twins: the possibility alone, or asked about in general.
    ("the surgeon said it might be new bone, could HO ever be mistaken for a clot?", "routine"),
    # 3. A figure of speech inside a longer sign of the table; the low-INR rule undone only by the INR in range.
    ("I've got a mechanical heart valve and my INR came back at 1.5", "urgent"),
    ("metal heart valve here, INR 1.6 this morning, I feel fine otherwise", "urgent"),
    ("mechanical heart valve, INR was 3.0 on monday, right on target", "routine"),
    ("I'm on warfarin for my heart valve, how often is the INR checked?", "routine"),
    # 3b. A count is no reading: "after 5 mins" is no INR of 5.
    ("my nose bled on apixaban but stopped after 6 mins of pinching. INR checked this week and in range", "routine"),
    ("on warfarin and my INR is 8 today", "urgent"),
    # 4. Bleeding that will not stop on a blood thinner, in lay words.
    ("my nose has been gushing for 15 minutes and I'm on apixaban", "urgent"),
    ("on rivaroxaban and my gum is pouring where the tooth came out", "urgent"),
    ("warfarin: my finger cut won't stop, soaked a plaster and kitchen roll", "urgent"),
    ("I take edoxaban and I've soaked three tissues with blood from my nose", "urgent"),
    ("on warfarin and the blood is pouring through the tea towel from my hand", "emergency"),
    # ... twins: a runny nose, sweat or a shower on a blood thinner is no bleed.
    ("I'm on apixaban and my nose won't stop running with this cold", "routine"),
    ("on warfarin and my shirt is soaked with sweat in this heat", "routine"),
    ("my nose is pouring with hay fever, is it safe with rivaroxaban?", "routine"),
    # 5. Posture words are no stroke sign without a face, speech, sudden change or weakness.
    ("my arm hangs down by my side when I take the sling off to shower, is that ok?", "routine"),
    ("in the shower my arm just dangles, the sling is off for the wash", "routine"),
    ("my leg hangs down over the side of the bed at night, does it matter after HO surgery?", "routine"),
    ("my face dropped when the surgeon showed me the scan, the bone is huge. what now?", "routine"),
    # ... twins: the same words told with a stroke sign.
    ("his arm is hanging down and his speech is slurred", "emergency"),
    ("her arm suddenly dropped and she can't lift it", "emergency"),
    ("dad's leg is drooping and one side of his face has gone", "emergency"),
    ("mum's face dropped while she was eating and she can't talk properly", "emergency"),
    # A story opened by "in the past" is of then; told now after it, it is now.
    ("in the past when I was on warfarin I had nosebleeds, can HO surgery cause bleeding?", "routine"),
    ("in the past I had nosebleeds on warfarin but now my nose has been bleeding for 40 minutes", "emergency"),
    # A clinician's word that someone will not get a sign denies it; the other signs are read.
    (
        "his injury is low so the team said he won't get dysreflexia, but his wee is cloudy and he has a temp of 38",
        "urgent",
    ),
    ("he has a T5 injury and he is getting dysreflexia now, pounding head and sweaty face", "emergency"),
    # Episodes on and off for a few days are now.
    ("dad is on apixaban and his gums have bled on and off for three days", "urgent"),
    ("I've had gums that bleed a little on and off for years, I'm on warfarin, is that normal?", "routine"),
    # A treatment last week dates the treatment, not the sign told after it.
    ("had an injection in my hip the other day and now the joint is hot, red and swollen", "urgent"),
    # Fever with shivers during chemotherapy.
    ("I'm on chemo and my temperature is 38.6 and I'm shivering", "emergency"),
    ("having chemo, temp of 38.2, otherwise feel ok", "urgent"),
    ("what should I do if I get a fever and shivers while having chemo?", "routine"),
    # A long-ago date told alone after a comma dates the clause before it; a state told now is not reached.
    ("back home I had a clot in my lung, about eight years ago. is a new hip risky for me?", "routine"),
    ("his calf is hot and swollen, like it was years ago", "urgent"),
    # "Know" typed "no" in a question how one would tell.
    ("how would i no if my scar is infected after the op?", "routine"),
    ("my scar is oozing pus and red, how would i no if it's bad?", "urgent"),
    # Words that will not come out in front of a doctor, told as nerves.
    ("I can't get my words out when I speak to the consultant, I go to pieces. any tips?", "routine"),
    ("she suddenly can't get her words out and her mouth is drooping", "emergency"),
    # The episode now after a pattern: "this time".
    ("his shoulder pops out every so often, it has done it again and won't go back in this time", "urgent"),
    ("his shoulder pops out every so often and goes straight back in, is that HO?", "routine"),
    # A temperature brought down, told in other words, is over.
    ("my 6 year old had 38.3 last night, nurofen brought it down and today he's fine and playing", "routine"),
    ("my 6 month old has a temp of 38.3 now even after calpol", "urgent"),
    # Training or a manual's section about a sign is no report.
    ("is there training on spotting sepsis for carers like me?", "routine"),
    ("I think my dad has sepsis, he's shivering, confused and his skin is mottled", "emergency"),
    # Slow breathing told of someone.
    ("my brother took a lot of his painkillers and his breathing is very slow", "emergency"),
    ("I'm breathing slowly to calm down before the MRI, any tips?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round22_readings(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


def test_a_sign_holds_a_figure_only_whole_and_longer():
    assert _holds_figures((3, 6), {(4, 6)})  # "mechanical heart valve" holds "heart valve"
    assert not _holds_figures((4, 6), {(4, 6)})  # the figure itself, as long as the sign
    assert not _holds_figures((3, 6), {(5, 8)})  # a figure reaching past the sign
    assert not _holds_figures((3, 6), {(4, 6), (5, 7)})


def test_a_posture_near_miss_keeps_the_safety_line_of_nothing(bot):
    assessment = bot.triage.assess("my arm is hanging down while I wash, the sling is off")
    assert assessment.tier == "routine" and assessment.rule is None
