"""The two sides of a procedure's day: an entry a clinic wrote about after the operation does not answer a question
asked about before it, nor the other way round (the general layer's `opposite_times`)."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "eating-before",
        "What can I eat before my hernia repair?",
        ["is there food I should avoid before the operation", "when do I stop eating before hernia surgery"],
        "Stop eating six hours before the time you were given; clear water is fine until two hours before.",
    ),
    (
        "eating-after",
        "What can I eat after my hernia repair?",
        ["what food is best after the operation", "is there anything I cannot eat after hernia surgery"],
        "Start with light meals such as soup, toast or rice, and plenty of water. Fibre keeps you regular.",
    ),
    (
        "driving",
        "When can I drive after my hernia repair?",
        ["how soon can I drive after hernia surgery", "is it safe to drive home after the operation"],
        "Most people wait a week or two, until they can do an emergency stop without pain.",
    ),
    (
        "what-is-it",
        "What is a hernia repair?",
        ["what happens in hernia surgery", "explain the hernia operation"],
        "The surgeon pushes the bulge back and strengthens the weak spot, usually with a mesh.",
    ),
)

META = (
    "meta:\n  title: Hernia repair\n  topic: hernia repair\n  short_name: hernia repair\n"
    "  source: Hernia repair, a test bank\n  reviewed: 2026-01-01\n"
)


@pytest.fixture
def bot(make_bank):
    return Bot.load(make_bank({"entries.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    "question, side",
    [
        ("what can i have to eat the day before my hernia operation", "eating-before"),
        ("what foods are ok b4 the hernia op", "eating-before"),
        ("what can i eat after my hernia op", "eating-after"),
        ("what food is ok afterwards, after the hernia op", "eating-after"),
    ],
)
def test_an_entry_of_the_other_side_is_never_answered(bot, question, side):
    reply = bot.ask(question)
    other = "eating-after" if side == "eating-before" else "eating-before"
    assert reply.id != other
    assert other not in [s.id for s in reply.suggestions] or reply.kind == "answer"


def test_the_other_side_loses_its_coverage_in_the_ranking(bot):
    analysis = bot.analyzer.analyze("what can i eat b4 my hernia operation")
    ranking = {c.entry.id: c for c in bot.matcher.rank(analysis.tokens, analysis.concepts)}
    assert ranking["eating-before"].coverage > 0.65
    assert ranking["eating-after"].coverage <= 0.35
    assert ranking["eating-before"].score > ranking["eating-after"].score


def test_a_question_with_both_sides_or_neither_keeps_every_entry(bot):
    both = bot.analyzer.analyze("what can i eat before and after hernia surgery")
    ranking = {c.entry.id: c for c in bot.matcher.rank(both.tokens, both.concepts)}
    assert ranking["eating-before"].coverage > 0.35 and ranking["eating-after"].coverage > 0.35
    neither = bot.analyzer.analyze("what food is allowed with a hernia")
    ranking = {c.entry.id: c for c in bot.matcher.rank(neither.tokens, neither.concepts)}
    assert ranking["eating-before"].coverage > 0.35 and ranking["eating-after"].coverage > 0.35


def test_an_entry_that_says_neither_side_is_not_touched(bot):
    analysis = bot.analyzer.analyze("what happens in hernia surgery, before i go in")
    ranking = {c.entry.id: c for c in bot.matcher.rank(analysis.tokens, analysis.concepts)}
    assert ranking["what-is-it"].coverage > 0.35


def test_a_story_that_says_before_asks_nothing_of_it(bot):
    # "before all this started" tells when, in the story: the question after it asks about after the operation.
    reply = bot.ask("I was eating loads of junk before all this started. What food is best after the operation?")
    assert reply.id != "eating-before"
