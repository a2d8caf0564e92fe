"""Round 16 leftovers of the triage table, each as a class, in fresh wordings both ways: a joint gone stiff is no fit,
a surgical wound bleeding now is same day, and the urgent reply names the contact a clinic bank's meta gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.safety.triage import GENERAL_TRIAGE
from chatbot.safety.triage_file import read_triage_document
from chatbot.understanding.text import clean_message

CLINIC = Path(__file__).parent / "data" / "vasectomy-bank"


def _tier(bot, text: str) -> str:
    kind = bot.session().ask(text).kind
    return kind if kind in ("emergency", "urgent") else "routine"


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # A joint, limb or back gone stiff or rigid: stiffness of that part, never the fit rule.
        ("since his stroke mum says his wrist has gone stiff as a board and he can't bend it", "routine"),
        ("my shoulder went rigid overnight, is that the bone growth?", "routine"),
        ("her ankle has gone all stiff as a plank since the brain injury", "routine"),
        ("his fingers have gone stiff as a board after the spinal injury", "routine"),
        ("my lower back went rigid and I can hardly bend", "routine"),
        # A person going stiff, told as a carer sees it: still the emergency number.
        ("dad has gone stiff as a board and his lips are blue", "emergency"),
        ("she went rigid and started jerking on the kitchen floor", "emergency"),
        ("my son has gone stiff and shaking and won't answer me", "emergency"),
    ],
)
def test_a_joint_gone_stiff_is_no_fit(bot, text, tier):
    assert _tier(bot, text) == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Bleeding from the operation wound now: same day.
        ("the cut from my knee op has started bleeding again today", "urgent"),
        ("there's fresh blood seeping through my dressing since this morning after my hip surgery", "urgent"),
        ("my incision is bleeding a little since I got home from hospital", "urgent"),
        ("the stitches on my scar keep bleeding", "urgent"),
        # A lot of blood, or bleeding that will not stop, stays the emergency number.
        ("my wound is bleeding heavily and won't stop even with pressure", "emergency"),
        # Past, supposed or a general question: the answer (or the fallback) with the rule's safety line.
        ("is it normal for a wound to bleed after an operation?", "routine"),
        ("my scar bled a little two weeks ago but it has been fine since", "routine"),
        ("what should I do if my incision starts to bleed once I am home?", "routine"),
        # A few spots or specks of old, dried blood on the dressing, told as it is: expected in the first days.
        ("there are a couple of specks of dried blood on my dressing from the op", "routine"),
        ("spot of old blood on the plaster over my scar this morning, nothing fresh", "routine"),
        # Blood words that tell no bleeding wound.
        ("will they do a blood test before they check my wound?", "routine"),
    ],
)
def test_a_surgical_wound_bleeding_now_is_same_day(bot, text, tier):
    assert _tier(bot, text) == tier


def test_a_wound_bleed_only_mentioned_gets_the_safety_line(bot):
    reply = bot.session().ask("what happens if my wound bleeds after I go home?")
    assessment = bot.triage.assess("what happens if my wound bleeds after i go home")
    assert assessment.rule == "wound-bleeding-after-operation" and assessment.informational
    assert "NHS 111" in reply.text and reply.kind not in ("emergency", "urgent")


@pytest.fixture
def clinic_with_contact(tmp_path, monkeypatch):
    """The test clinic bank, its meta naming its own contact."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "vasectomy-bank"
    shutil.copytree(CLINIC, folder)
    entries = folder / "entries.yaml"
    entries.write_text(entries.read_text().replace("  reviewed:", '  contact: "the vasectomy clinic"\n  reviewed:', 1))
    return Bot.load(folder)


def test_the_urgent_reply_names_the_banks_own_contact(clinic_with_contact):
    reply = clinic_with_contact.session().ask("my wound is red, hot and oozing pus since my operation yesterday")
    assert reply.kind == "urgent"
    assert "the vasectomy clinic" in reply.text and "surgeon" not in reply.text
    line = clinic_with_contact.session().ask("can an operation wound get infected?").text
    assert "contact the vasectomy clinic or your care team" in line


def test_a_bank_without_a_contact_keeps_the_after_surgery_wording(bot):
    reply = bot.session().ask("my wound is red, hot and oozing pus since my operation yesterday")
    assert reply.kind == "urgent" and "contact your surgeon or care team" in reply.text
    assert bot.contact == ""
    # The emergency reply is the same on either bank: it names no contact.
    assert "{contact}" not in reply.text


def test_a_bank_that_names_no_contact_of_its_own_is_not_given_the_general_default(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    bot = Bot.load(CLINIC)
    assert bot.contact == ""
    assert "contact your surgeon or care team" in bot.session().ask("my wound is bleeding since surgery").text


@pytest.mark.parametrize(
    ("text", "tier", "rule"),
    [
        # Blood in the diarrhoea, or diarrhoea or sickness that lasts: one rule.
        ("diarrhoea with streaks of blood in it since tuesday", "urgent", "bloody-or-lasting-diarrhoea"),
        ("expecting my second baby and my diarrhoea has blood in it today", "urgent", "bloody-or-lasting-diarrhoea"),
        ("my watery stools have gone on for 12 days now", "urgent", "bloody-or-lasting-diarrhoea"),
        # Drying out with it: the other.
        ("tummy bug, keep being sick and I've hardly weed all day", "urgent", "signs-of-dehydration"),
        ("been vomiting since last night and my wee is very dark", "urgent", "signs-of-dehydration"),
        # A past or general mention, and lasting sickness with its own care: the answer with the rule's safety line.
        ("is blood in diarrhoea ever serious?", "routine", "bloody-or-lasting-diarrhoea"),
        (
            "I'm 9 weeks pregnant and have been sick for three days with morning sickness",
            "routine",
            "bloody-or-lasting-diarrhoea",
        ),
    ],
)
def test_blood_or_drying_out_with_diarrhoea_each_have_one_rule(bot, text, tier, rule):
    assert _tier(bot, text) == tier
    assert bot.triage.assess(clean_message(text)[0]).rule == rule


def test_the_merged_diarrhoea_rules_do_not_overlap():
    names = [rule["name"] for rule in read_triage_document(GENERAL_TRIAGE)["rules"]]
    assert "diarrhoea-with-blood-or-drying-out" not in names
    assert names.count("bloody-or-lasting-diarrhoea") == 1 and names.count("signs-of-dehydration") == 1
