"""Round 30 (howrong32): wrong answers on HO questions written by other people, fixed as classes. Our own
paraphrases, not the tuning sets'.

The inherited kind asked of alone ("is it hereditary?", "the genetic sort", "a genetic version") is the genetic
entry's question; the types entry keeps the two kinds set side by side ("inherited or not", "genetic and
non-genetic", "what kinds are there")."""

import pytest
from conftest import kind_and_id

INHERITED_KIND = [
    "is there a hereditary sort of HO",
    "tell me about the genetic version of HO",
    "can you inherit heterotopic ossification",
    "is HO hereditary",
]

BOTH_KINDS = [
    "is HO inherited or not",
    "is heterotopic ossification hereditary or not",
    "what are the types of HO",
    "whats the difference between the genetic and non genetic kinds",
    "my aunt said some of it is inherited and some comes after an injury. what kinds are there?",
]


@pytest.mark.parametrize("question", INHERITED_KIND)
def test_the_inherited_kind_asked_alone_is_the_genetic_entry(bot, question):
    assert kind_and_id(bot, question) == ("answer", "genetic-ho")


@pytest.mark.parametrize("question", BOTH_KINDS)
def test_the_two_kinds_side_by_side_stay_the_types_entry(bot, question):
    assert kind_and_id(bot, question) == ("answer", "types-of-ho")


def test_a_head_word_after_genetic_names_one_kind(bot):
    # "genetic sort" is one concept, so the message does not also ask "what sorts are there".
    assert bot.analyzer.analyze("the genetic sort").tokens == bot.analyzer.analyze("the genetic kind").tokens
    assert "type" in bot.analyzer.analyze("is it genetic or not").tokens
