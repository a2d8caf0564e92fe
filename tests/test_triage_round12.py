"""Round 12 of the triage table: the misses of a new writer's tuning set, fixed by cause. Every case here was
written for these tests (none is a line of a tuning or held-apart set) and most causes are checked both ways: the
sign escalates, and a past, supposed, everyday or someone else's version of it does not."""

from __future__ import annotations

import pytest

EMERGENCY_CAUSES = [
    # A crisis told across a short story of three sentences: the means at hand and the sense of being finished
    # may lie more than twenty words apart when a sentence between explains why.
    (
        "i cant go on anymore. the pain from the bone in my knee never stops and nobody at the clinic listens to "
        "me at all. im standing on the roof of the car park now",
        "emergency",
    ),
    (
        "she told me she has had enough. she has been in a wheelchair since the crash and the HO means she cannot "
        "even sit up straight. she says she is on the bridge by the station",
        "emergency",
    ),
    (
        "I walked over the bridge to the clinic this morning. The physio was fine and my hip feels looser. I have "
        "had enough of the exercises though, how long do they go on for?",
        "routine",
    ),
    # "AD", the short name people with a spinal cord injury use for dysreflexia, names the injury.
    ("having an AD episode, head banging and bp 205 over 110 even after emptying the bag", "emergency"),
    ("my son's AD is kicking off again, his face is flushed and his bp is 190 over 100", "emergency"),
    ("my mum has AD and a bad headache today, can HO affect memory?", "routine"),
    ("mum shows AD symptoms and has had a bad headache today, what is HO?", "routine"),
    # Speech not right for some minutes, in a second language's grammar (NHS stroke, FAST: speech).
    ("my father is not talking properly since 15 minutes and his mouth looks crooked", "emergency"),
    ("my husband is not talking properly since 20 minutes, please what to do", "emergency"),
    ("my English is not speaking right, sorry, what is HO?", "routine"),
    # Bleeding on a blood thinner with feeling faint or dizzy (NHS, anticoagulants: bleeding with dizziness or
    # weakness is A&E).
    ("bleeding from my bottom all afternoon and now I feel really dizzy, I take rivaroxaban", "emergency"),
    ("blood in his wee since lunch and he is light headed, he is on apixaban", "emergency"),
    ("on warfarin, my pee has gone red tonight and I feel woozy", "emergency"),
    ("on warfarin, my pee has gone red tonight but I feel fine otherwise", "urgent"),
    ("years ago on warfarin I had a nosebleed and got dizzy, can HO tablets do that?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), EMERGENCY_CAUSES)
def test_round12_emergency_causes(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


TIME_CAUSES = [
    # A pointer back to a long-standing pattern after the sign ("but I always am", "been like that for years")
    # outweighs the time now of the one episode told ("today").
    (
        "got really breathless walking up to the shop today, but I always do, it has been like this for years. "
        "can HO affect the ribs?",
        "routine",
    ),
    ("my chest went tight on the hill this morning as it always does, had it for years with my asthma", "routine"),
    ("I always get breathless on stairs, but today I cant breathe even sitting still", "emergency"),
    ("my gums keep bleeding on apixaban since monday, and I get dizzy when I stand up, always have been", "urgent"),
    # "since" a date long ago is long-standing, and so is a pointer back to it ("that's been since ... ago").
    ("my mouth droops on one side since the accident eight years ago, is HO linked?", "routine"),
    (
        "one side of her face is droopy but that's been since her brain injury 10 years ago, nothing new. can HO "
        "grow in the jaw?",
        "routine",
    ),
    ("my mouth started drooping on one side an hour ago", "emergency"),
    ("his face has been droopy on one side since 20 minutes ago", "emergency"),
    # Breathing said to be as it always is denies it, so a sore calf stays a clot sign without breathlessness.
    ("his calf has been sore and puffy since the op on friday, his breathing is the same as usual", "urgent"),
    ("my leg is swollen and warm after the knee op, breathing no different", "urgent"),
    ("my leg is swollen and warm after the knee op and now I am gasping for breath", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), TIME_CAUSES)
def test_round12_time_causes(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


WHO_AND_WHEN = [
    # A later clause with a subject of its own dates its own event, not the sign told before it.
    ("her knee suddenly red hot and swollen, she had a stroke in 2019 and HO after it", "urgent"),
    ("my wrist swollen hot and red since lunch, I broke it years ago", "urgent"),
    ("my knee was red hot and swollen in 2019 after a fall, can HO start like that?", "routine"),
    # A time counted on from a date long ago ("the year after") is past; "right as rain now" is over.
    (
        "had my hip done in 2008 and a clot on my lung the following year, I'm fit as a fiddle now. Can HO come back?",
        "routine",
    ),
    ("my hip op was in 2015 and I had chest pain a year later, all fine since, can HO cause that?", "routine"),
    # "did have" is the past told with weight, not "I have" of now.
    ("after my op in 2012 I did have a fever for a few days, will the same happen with the HO op?", "routine"),
    # The writer's own context denied of the one the message is about.
    ("my boy banged his head on the table this morning and is fine, I'm on warfarin but he isn't", "routine"),
    ("my boy banged his head on the table this morning and is fine, he is on warfarin for his heart", "urgent"),
    # A reading is of the time told with it: a normal temperature "this evening" denies a fever this evening.
    ("temp 36.9 this morning, 10 days after my knee op, is some warmth round the knee normal?", "routine"),
    ("temp 38.9 this morning, 10 days after my knee op", "urgent"),
    # Teaching about a sign is no report of it.
    ("the nurse gave us a leaflet about sepsis and blood clots before the op. what else should I read?", "routine"),
    ("I went on a training course about sepsis and now I have a fever and I am shivering and confused", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), WHO_AND_WHEN)
def test_round12_who_and_when(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


FIGURES = [
    # A sign as a reaction to seeing or thinking of something is a figure of speech.
    ("I cant breathe when I look at the bill for the private clinic lol. does the NHS cover HO surgery?", "routine"),
    ("my heart stops every time I think about the operation, how long is the recovery?", "routine"),
    ("I feel faint when I think about needles, will they take blood before the HO op?", "routine"),
    ("I felt faint when I stood up this morning and my vision went grey", "urgent"),
    ("I cant breathe when I lie down and my lips are blue", "emergency"),
    # A sign given by something that vexes but cannot hurt the body.
    ("these exams are giving me chest pains honestly, anyway what causes HO", "routine"),
    ("the new tablets are giving me chest pains and my arm is tingling", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), FIGURES)
def test_round12_figures(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


LAY_WORDS = [
    # A dose given, not only taken, twice: "gave", "injected", "did" as verbs of a dose.
    ("the district nurse gave dad his heparin jab and then I gave it him again by mistake", "urgent"),
    ("I injected my enoxaparin twice tonight, forgot I had already done it", "urgent"),
    ("dad gave himself his fragmin injection twice today", "urgent"),
    ("how do I give my clexane injection?", "routine"),
    # Missed blood-thinner doses over a span of days or a week, and blood thinners named by what they are for.
    ("she has not had her apixaban for a week because the chemist ran short", "urgent"),
    ("he has missed his clot prevention tablets for five days", "urgent"),
    ("I missed my rivaroxaban once last month, is that bad?", "routine"),
    # A weakness or numbness worse than usual: the comparative of the sign.
    ("I have a spinal cord injury and my left hand is weaker than normal since the weekend", "urgent"),
    ("my right leg is getting a bit worse and more numb, it feels heavy, since 4 days", "urgent"),
    # A skin opening made for a device (a catheter, a drip, a drain, a pin) can be infected like a wound.
    ("the skin round his catheter site is red and there is pus coming out", "urgent"),
    ("where the drip was in my hand it is now swollen red and hot", "urgent"),
    ("how long does the drip site bruise last?", "routine"),
    # A joint suddenly red and hot, or red and hot in agony (NHS arthritis: red or hot skin around a joint).
    ("my ankle suddenly went red and hot and it is agony to touch", "urgent"),
    ("my big toe is suddenly red and hot", "urgent"),
    ("his wrist is red hot and agony since this morning", "urgent"),
    ("my knuckles go red and warm after washing up, is that HO?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), LAY_WORDS)
def test_round12_lay_words(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Foot drop is a nerve sign for the same day (NHS, foot drop; hip replacement: nerve damage), not 999: a foot that
# is cold, blue or cannot move at all still is.
FOOT_DROP = [
    ("I've developed foot drop this week, my toes catch on the carpet", "urgent"),
    ("my foot has gone cold and blue and I cant feel it", "emergency"),
    ("can HO cause foot drop?", "routine"),
]


@pytest.mark.parametrize(("text", "tier"), FOOT_DROP)
def test_round12_foot_drop(bot, text, tier):
    assert bot.triage.assess(text).tier == tier


# Black stools on a blood thinner told with being otherwise well in a nurse's words are for the clinic or NHS 111
# today (the table's line, Rotherham NHS FT); with dizziness, or with nothing said of how the person is, 999.
CLINICAL_WORDS = [
    ("black tarry stools since yesterday on rivaroxaban, obs are stable", "urgent"),
    ("melaena since this morning, on apixaban, haemodynamically stable", "urgent"),
    ("black tarry stools since yesterday on rivaroxaban and now dizzy", "emergency"),
]


@pytest.mark.parametrize(("text", "tier"), CLINICAL_WORDS)
def test_round12_clinical_words(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
