"""Checks shared by the triage tests of several rounds: each round's red flags told now and their near-miss twins
(`tier_cases`, `assert_tier`), and the public source every rule follows."""

from __future__ import annotations

from chatbot.safety.triage import GENERAL_TRIAGE, general_triage
from chatbot.safety.triage_file import read_triage_document

# A red-flag rule follows a recognised public source: the NHS, NICE or NICE's clinical knowledge summaries.
OFFICIAL_SOURCES = ("https://www.nhs.uk/", "https://www.nice.org.uk/", "https://cks.nice.org.uk/")


def assert_each_rule_has_a_public_source(rule_names) -> None:
    """Every named rule is in the general triage table and is covered by a source at one of OFFICIAL_SOURCES."""
    document = read_triage_document(GENERAL_TRIAGE)
    names = {rule["name"] for rule in document["rules"]}
    assert set(rule_names) <= names, set(rule_names) - names
    covered: dict[str, list] = {}
    for source in document["sources"]:
        for name in source.get("covers", ()):
            covered.setdefault(name, []).append(source)
    for name in rule_names:
        assert covered.get(name), name
        assert all(source["url"].startswith(OFFICIAL_SOURCES) for source in covered[name]), name


def tier_cases(emergencies=(), urgent=(), routine=()) -> list[tuple[str, str]]:
    """(sentence, tier) for one parametrized test of a round's classes, each checked both ways: told now it escalates
    (999, or the care team today), and its near-miss twin (past, general, everyday or another thing) stays routine."""
    tiers = (("emergency", emergencies), ("urgent", urgent), ("routine", routine))
    return [(text, tier) for tier, texts in tiers for text in texts]


def assert_tier(text: str, tier: str) -> None:
    """The general triage table gives the sentence this tier (an older rule may answer first: the tier is checked)."""
    assessment = general_triage().assess(text)
    assert assessment.tier == tier, assessment
