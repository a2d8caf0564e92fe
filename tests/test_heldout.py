"""Held-apart sets (tests/data/heldout/): only safety floors are asserted, never accuracy (see its README)."""

from __future__ import annotations

import pytest
from conftest import DATA

from chatbot import Bot
from chatbot.quality.evaluation import evaluate

HELDOUT = DATA / "heldout"


@pytest.mark.parametrize(
    "name", ["ho-questions.yaml", "ho-questions-part2.yaml", "ho-questions-part3.yaml", "ho-questions-part4.yaml"]
)
def test_the_held_apart_ho_questions_miss_no_emergency_and_raise_no_false_one(bot, name):
    report = evaluate(bot, HELDOUT / name)
    assert len(report.outcomes) >= 150
    assert report.emergency_recall == 1.0
    assert report.false_emergencies == 0


def test_another_topic_bank_answers_nothing_off_topic_and_misses_no_emergency():
    report = evaluate(Bot.load(HELDOUT / "knee-bank"), HELDOUT / "knee-questions.yaml")
    assert report.off_topic_false_answers == 0
    assert report.emergency_recall == 1.0 and report.false_emergencies == 0


def test_a_second_topic_bank_misses_no_emergency():
    # Only the floor that holds by design: every real emergency is escalated. (Its false alarms and its
    # accuracy are reported in the closing notes, never asserted, so nobody tunes to this set.)
    report = evaluate(Bot.load(HELDOUT / "tooth-bank"), HELDOUT / "tooth-questions.yaml")
    assert report.emergency_recall == 1.0
