"""Bugs found by using the product as its people do (walkthrough 14), each pinned by a test of the real reply."""

from __future__ import annotations

import pytest

from chatbot import Bot

FOOT_BANK = """\
meta: {title: Foot clinic, topic: foot problems, source: tests, reviewed: 2024-01-01}
entries:
  - id: verruca
    question: How do I get rid of a verruca?
    alternates: [what is a verruca, are verrucas catching]
    answer: "A verruca is a wart on the sole of the foot. Many go away without treatment."
    source: Skin
    related: []
  - id: corn
    question: What is a corn on the foot?
    alternates: [how do I treat a corn, why do corns hurt]
    answer: "A corn is a small patch of thick, hard skin. It forms where a shoe rubs."
    source: Skin
    related: []
  - id: blister
    question: How do I look after a blister?
    alternates: [should I pop a blister, how long does a blister take to heal]
    answer: "Keep a blister clean and covered. Leave it whole where you can."
    source: Skin
    related: []
"""


# A short bank word typed with one letter doubled and another single ("verucca" for "verruca") is two slips
# away, more than a seven-letter word may have: the question was not read.


@pytest.mark.parametrize(
    "question", ["how do i get rid of a verucca", "what is a verucca", "what is a veruca", "are veruccas catching"]
)
def test_a_bank_word_typed_with_letters_doubled_or_single_is_read(make_bank, question):
    bot = Bot.load(make_bank({"bank.yaml": FOOT_BANK}))
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", "verruca"), (reply.kind, reply.id, reply.text[:60])


def test_a_doubled_letter_never_turns_an_english_word_into_a_bank_word(make_bank):
    # Only a word English does not know is corrected: "corner" and "cord" stay what they are.
    bot = Bot.load(make_bank({"bank.yaml": FOOT_BANK}))
    for word in ("corner", "cord", "bliss", "very"):
        assert bot.analyzer.correct(word) == word
