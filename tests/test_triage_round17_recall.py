"""Round 17 of the triage table (issue 13), recall: the causes of emergency and urgent cases read as routine (or
emergencies read as same day) on the triage tuning sets, each fixed as a class. Every case here was written for these
tests (none is a line of a tuning or held-apart set); each cause is checked both ways."""

from __future__ import annotations

import pytest

# A low temperature (a sure reading under 36 °C) with clammy skin or confusion: sepsis (NICE NG51).
LOW_TEMPERATURE = [
    ("my husband's temp is 35.3 and he's clammy and muddled, he had his hip done on Monday", "emergency"),
    ("thermometer says 95.2F, I'm shaking uncontrollably and can't think straight", "emergency"),
    ("she's burning up with a fever and says she can't think straight", "emergency"),
    # a low reading asked about alone, or a normal one
    ("is a temperature of 35.8 in the morning too low?", "routine"),
    ("my temperature is 36.6 and I feel fine, just wondering about HO", "routine"),
]

# An overdose told as meant, or injected.
OVERDOSE_MEANT_OR_INJECTED = [
    ("I took an od on purpose an hour ago", "emergency"),
    ("he overdosed on purpose, the empty packets are on the table", "emergency"),
    ("my dad injected loads of his insulin pens after the argument", "emergency"),
    ("I jabbed too many of my clexane injections today", "emergency"),
    # asked about, or a figure of speech
    ("what happens if someone takes an overdose on purpose?", "routine"),
    ("how do I inject clexane into my tummy?", "routine"),
]

# A goodbye sent with an apology or no answer since (Samaritans, NHS: saying goodbye is a warning sign).
GOODBYE_MESSAGE = [
    ("my brother left a note saying goodbye and now his phone is switched off", "emergency"),
    ("my wife sent me a text saying goodbye and that she's sorry, I can't get hold of her", "emergency"),
    # a goodbye alone, at a party or a journey
    ("my son sent a goodbye text from the airport, sorry he couldn't visit", "routine"),
    ("dad said goodbye to everyone at the party and went home early", "routine"),
]

# A nosebleed that will not stop on a blood thinner, with bleeding gums told beside it.
NOSEBLEED_WITH_GUMS = [
    ("on apixaban, my gums bled this morning and now my nose won't stop bleeding", "emergency"),
    ("my gums are sore and my nose bleed hasn't stopped, I'm on warfarin", "emergency"),
    # gums alone stay same day; a nosebleed that stopped is not 999
    ("my gums bleed a bit when I brush since starting rivaroxaban", "urgent"),
]

# "then" slipped for "than" after a comparative of how a part looks.
THEN_FOR_THAN = [
    ("his left calf is hotter then the right one since the op on friday", "urgent"),
    ("my right leg is a lot bigger then my left, had my knee done 3 weeks ago", "urgent"),
    # a sequence told with "then" stays one
    ("my leg got better then I started the HO exercises, is that normal?", "routine"),
]

# A urine infection told by its signs with a spinal cord injury.
SPINAL_CORD_INJURY_URINE = [
    ("I'm paraplegic, my catheter bag is cloudy and smelly and I've had loads more spasms today", "urgent"),
    ("tetraplegic son, his pee stinks and he seems unwell, temp 37.8", "urgent"),
    # asked about, or smelly urine alone
    ("with a spinal cord injury, how do I know if I have a water infection?", "routine"),
    ("I have a spinal injury and my wee smells strong after asparagus", "routine"),
]

# Feeling lost in a patch of skin, new; a foot or hand looking blue after an operation, still felt.
NEW_NUMB_PATCH_AND_BLUE_FOOT = [
    ("spinal injury at C6, since yesterday there's a patch of skin on my chest I can't feel anymore", "urgent"),
    ("after my hip op my toes look bluish compared to the other foot, they still move", "urgent"),
    ("my fingers have a blue tinge in the new cast", "urgent"),
    # a colour of a thing, not of the part
    ("do I wear the blue socks on both feet after my knee op?", "routine"),
]

# A joint that went pop and is stuck, or looks out of shape.
POP_THEN_STUCK_OR_MISSHAPEN = [
    ("my replaced knee went pop on the stairs and now it's stuck straight", "urgent"),
    ("heard a clunk from my new hip and now the top of my leg looks out of shape", "urgent"),
    # a habit
    ("my knee pops and sometimes feels stuck, is that HO?", "routine"),
]

# A jaw that newly will not open; a new hot, painful swelling; a flare worse than ever; a pressure sore forming.
SAME_DAY_SIGNS = [
    ("since last night my daughter's jaw won't open properly and she is struggling to drink", "urgent"),
    ("a new hot and painful lump came up on his shin overnight", "urgent"),
    ("my ankle is swollen and red, I've had flares before but never had it this bad", "urgent"),
    ("dad is bedbound since his op and the skin on his heel has gone dark purple and broken", "urgent"),
    # long-standing or painless, or from shoes
    ("my jaw clicks and locks now and then when I yawn", "routine"),
    ("I have had a painless lump on my back for years", "routine"),
    ("I got a purple blister on my heel from my new walking boots", "routine"),
]

# Emergencies told in other words: pressure with the blood still pouring, a bleed in the head on a blood thinner,
# seizures one after another.
EMERGENCIES_IN_OTHER_WORDS = [
    (
        "sliced my finger, I'm on apixaban, pressing a towel on it for 20 minutes and it's still gushing out",
        "emergency",
    ),
    ("dad is on warfarin, since lunch he has a headache and he's not making sense", "emergency"),
    ("on rivaroxaban and I've got a splitting headache and keep vomiting", "emergency"),
    ("my son is having seizure after seizure and not coming round", "emergency"),
    # a headache alone on a blood thinner stays the same day; fits asked about
    ("I'm on warfarin and have had a bad headache since yesterday", "urgent"),
    ("can a brain injury cause one fit after another years later?", "routine"),
]

# Doses: a second one given by someone else, two blood thinners together, the wrong strength.
DOSES = [
    ("the district nurse gave him his apixaban and then my sister gave him another", "urgent"),
    ("I injected my fragmin and then took my eliquis as well today by mistake", "urgent"),
    ("turns out I've been taking 3mg warfarin instead of 1mg since Monday", "urgent"),
    # a change of strength told by the clinic
    ("what strength does warfarin come in?", "routine"),
]

# Same-day signs in other words: clips, a leg rolled out after sliding down, numbness with dropping things,
# strength lost, more confused with a brain injury, bowels not opened with a spinal cord injury, not drinking,
# sick after every drink, a limb getting tighter, blood on the paper or a cut oozing on a blood thinner.
SAME_DAY_IN_OTHER_WORDS = [
    ("the area around the clips on my tummy is red and sore", "urgent"),
    ("grandad slid off the bed and his new hip leg is turned outwards", "urgent"),
    ("pins and needles in my fingers, I keep dropping things this week", "urgent"),
    ("over the past few days my daughter has lost some strength in her left arm, she has a spinal injury", "urgent"),
    ("my wife has a TBI and she's been more confused than usual since Tuesday", "urgent"),
    ("I'm tetraplegic and haven't opened my bowels for five days", "urgent"),
    ("my elderly mum has stopped eating and drinking since yesterday", "urgent"),
    ("since my op I'm sick after every drink", "urgent"),
    ("a week after my knee op the whole leg is getting tighter and tighter", "urgent"),
    ("some blood on the toilet paper today, I take apixaban", "urgent"),
    ("grazed my knee, still oozing after 15 minutes of pressing, on warfarin", "urgent"),
    ("wee is very dark and hardly any of it since my operation", "urgent"),
    # the same words told as expected, long-standing or asked about
    ("when do the clips come out after a hip replacement?", "routine"),
    ("my brain injury makes me more tired than before, can HO add to that?", "routine"),
    ("I'm paraplegic, how often should my bowel routine work?", "routine"),
    ("I stopped drinking alcohol since yesterday, does that help healing?", "routine"),
]

# Red flags of other conditions, as clinic banks' patients tell them.
OTHER_CONDITIONS = [
    ("terrible headache since this morning, my neck is stiff and the light hurts my eyes", "emergency"),
    ("a week after starting lamotrigine my skin is peeling off and my mouth and eyes are sore", "emergency"),
    ("I'm 81 and have a shingles rash on my back", "urgent"),
    ("I'm 30 weeks pregnant and a band of blisters came up on my side, I think it's shingles", "urgent"),
    ("my gout flared up yesterday and now I'm hot and shivery with a temperature of 38.6", "urgent"),
    ("the tophus on my finger has split open and is leaking pus and red around it", "urgent"),
    ("my migraine aura has gone on for three hours now", "urgent"),
    ("my teenager has been cutting his thighs, he says he is safe tonight", "urgent"),
    # asked about, or the usual pattern
    ("what are the signs of meningitis in adults?", "routine"),
    ("how long does a migraine aura usually last?", "routine"),
    ("can you get shingles twice?", "routine"),
]

# Probes of our own: lay words for speech, the replacement named, a heel gone black in a wheelchair.
PROBES = [
    ("grandma is slumped on the sofa and her words are all mangled", "emergency"),
    ("twisted my knee replacement getting out of the bath this morning and it really hurts", "urgent"),
    ("my son is paraplegic and the skin on his heel has turned black", "urgent"),
    ("since yesterday my mum is struggling to swallow her food", "urgent"),
    ("I'm paraplegic, my spasms have got much worse and my urine is cloudy", "urgent"),
    ("my husband has a brain injury and a temperature of 38.4 tonight", "urgent"),
    ("had radiotherapy on my hip 10 days ago and the skin there is now weeping and raw", "urgent"),
    # asked about
    ("can HO in the neck make swallowing hard?", "routine"),
    ("does radiotherapy for HO make the skin blister?", "routine"),
    # a voice, a question about a fall
    ("my voice is not right after shouting at the match", "routine"),
    ("will my knee replacement be damaged if I fall?", "routine"),
]

CASES = (
    PROBES
    + OTHER_CONDITIONS
    + EMERGENCIES_IN_OTHER_WORDS
    + DOSES
    + SAME_DAY_IN_OTHER_WORDS
    + LOW_TEMPERATURE
    + OVERDOSE_MEANT_OR_INJECTED
    + GOODBYE_MESSAGE
    + NOSEBLEED_WITH_GUMS
    + THEN_FOR_THAN
    + SPINAL_CORD_INJURY_URINE
    + NEW_NUMB_PATCH_AND_BLUE_FOOT
    + POP_THEN_STUCK_OR_MISSHAPEN
    + SAME_DAY_SIGNS
)


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round17_recall(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
