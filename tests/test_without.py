"""Lacking something, however it is said: "with no gallbladder" asks what "without a gallbladder" asks (the general
layer's `without` concept)."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "life-without",
        "Can I live normally without a spleen?",
        ["life without a spleen", "do I need my spleen"],
        "Most people live a normal life without a spleen; the liver and other organs take over much of its work.",
    ),
    (
        "what-is-it",
        "What does the spleen do?",
        ["what is the spleen for", "where is my spleen"],
        "The spleen filters the blood and helps the body fight some infections.",
    ),
    (
        "infections-after",
        "Will I get more infections after my spleen is removed?",
        ["infection risk after spleen removal", "vaccines after spleen surgery"],
        "The risk of some infections is higher for life, so vaccines and sometimes daily antibiotics are advised.",
    ),
)
META = "meta:\n  title: Spleen removal\n  topic: spleen removal\n  source: tests\n  reviewed: 2025-01-01\n"


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize("phrase", ["without", "with no", "theres no", "there is no"])
def test_ways_of_lacking_read_as_one_concept(clinic, phrase):
    assert "without" in clinic.analyzer.analyze(f"what happens {phrase} spleen").tokens


def test_with_no_meets_without(clinic):
    reply = clinic.ask("can you live normally with no spleen")
    assert reply.kind == "answer" and reply.id == "life-without"


def test_an_entry_about_what_it_does_is_not_the_life_without_it(clinic):
    analysis = clinic.analyzer.analyze("what happens if theres no spleen")
    ranking = clinic.matcher.rank(analysis.tokens, analysis.concepts)
    assert ranking[0].entry.id == "life-without"
