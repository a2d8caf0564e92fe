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

CASES = LOW_TEMPERATURE + OVERDOSE_MEANT_OR_INJECTED + GOODBYE_MESSAGE + NOSEBLEED_WITH_GUMS


@pytest.mark.parametrize(("text", "tier"), CASES)
def test_round17_recall(bot, text, tier):
    assert bot.triage.assess(text).tier == tier
