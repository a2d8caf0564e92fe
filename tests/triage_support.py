"""Checks shared by the triage tests of several rounds."""

from __future__ import annotations

from chatbot.safety.triage import GENERAL_TRIAGE
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
