""" "Warning signs", "red flags" and "which signs mean I should ..." ask when to get help, not what the condition's
signs are (round 18, clinicwrong20).

Read as the symptoms concept, "what are the warning signs" reached a clinic's symptoms entry, and a plain "symptoms?"
reached the when-to-get-help entry whose alternate says "warning signs". They are a concept of their own in the
general layer. A small bank of our own, a clinic for shin splints, with our own wordings."""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

META = (
    "meta: {title: Shin splints, topic: shin splints, short_name: shin splints, source: tests, reviewed: 2024-01-01}\n"
)
ENTRIES = (
    (
        "what-are-shin-splints",
        "What are shin splints?",
        ["explain shin splints", "what does shin splints mean"],
        "Shin splints is pain along the inner edge of the shin bone, common in runners who build up too fast.",
    ),
    (
        "symptoms",
        "What are the symptoms of shin splints?",
        ["what does shin splints feel like", "how do I know if I have shin splints"],
        "An ache along the shin that comes on with running and eases with rest. The bone may be tender to press.",
    ),
    (
        "when-to-get-help",
        "When should I get medical help?",
        ["warning signs to look out for", "when should I call the clinic"],
        "Get checked if the pain stays at rest, is in one small spot, or the leg is hot and swollen.",
    ),
    (
        "rest",
        "How long should I rest from running?",
        ["when can I run again", "how long off sport with shin splints"],
        "Most people rest from running for two to six weeks and keep fit with swimming or cycling meanwhile.",
    ),
)


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what are the red flags with shin splints", "when-to-get-help"),
        ("any danger signs i should watch for", "when-to-get-help"),
        ("which signs mean my shin needs checking", "when-to-get-help"),
        ("symptoms?", "symptoms"),
        ("what are the symptoms of shin splints", "symptoms"),
    ],
)
def test_warning_signs_ask_when_to_get_help_and_symptoms_ask_the_signs(clinic, question, expected):
    reply = clinic.ask(question)
    assert reply.kind == "answer"
    assert reply.id == expected
