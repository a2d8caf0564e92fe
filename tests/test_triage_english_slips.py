"""A misspelt everyday word is read as that word, not as a red-flag word two slips away (found by the LiveQA
benchmark: "Yes my wife has been dianosed with giant cell vasculitis" met the emergency screen, read as
"cyanosed", blue skin)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "my wife has been dianosed with giant cell vasculitis",
        "what does this dianosis mean for her?",
        "dianosed",
    ],
)
def test_a_slip_of_a_common_english_word_is_no_red_flag(bot, text):
    assert bot.triage.assess(text).tier == "routine", bot.triage.assess(text)
    assert bot.ask(text).kind not in ("emergency", "urgent")


def test_the_slip_is_left_as_typed_while_slips_of_the_sign_word_itself_are_still_read(bot):
    spelling = bot.triage._spelling
    # One slip from "diagnosed", two from "cyanosed": never the sign word ("diagnosed" is a table word since round 15,
    # a clinician's look, so the slip may be read as it).
    assert spelling.correct("dianosed") in ("dianosed", "diagnosed")
    assert spelling.correct("cyanossed") == "cyanosed"  # no English word is one slip away: the sign word
    assert bot.triage.assess("her lips are cyanossed now").tier == "emergency"
    assert bot.triage.assess("she's ucnoncious").tier == "emergency"
