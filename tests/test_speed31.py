"""Round 31 speed work (speed31): the triage table keeps one map of its sign phrases, not two.

`Triage._parts_of` (phrase -> each sign it belongs to, with the bit of its part) already says which phrases are sign
phrases (its keys) and which signs each belongs to (the keys of its pairs). A second map, phrase -> signs, held the same
26,000 phrases again and cost a sixth of unpickling the table at every start; it is gone, and every reader of it reads
`_parts_of`. These tests pin `_parts_of` to what the second map held, so nothing reads differently.
"""

from __future__ import annotations

import pickle

import pytest
from conftest import DATA

from chatbot.bot import Bot, _own_texts
from chatbot.safety.triage import Triage

MIGRAINE = DATA / "tuning" / "migraine-bank"


def _signs_of_as_before(rules) -> dict:
    """The dropped map, as the code before this round built it: each sign phrase -> the set of its (rule, sign)."""
    signs_of: dict = {}
    for number, rule in enumerate(rules.rules):
        for sign_number, sign in enumerate(rule.signs):
            for group in sign:
                for item in group:
                    signs_of.setdefault(item, set()).add((number, sign_number))
    return signs_of


@pytest.fixture(scope="module")
def packaged():
    return Bot.load()


def test_the_parts_map_holds_the_sign_phrases_in_the_same_order(packaged):
    before = _signs_of_as_before(packaged.triage.rules)
    assert list(packaged.triage._parts_of) == list(before)  # the same phrases, first seen in the same order


def test_the_parts_map_names_the_same_signs_for_every_phrase(packaged):
    before = _signs_of_as_before(packaged.triage.rules)
    for item, pairs in packaged.triage._parts_of.items():
        assert {key for key, _ in pairs} == before[item], item


@pytest.mark.parametrize("where", ["compiled copy", "built", "unpickled again"])
def test_the_table_keeps_no_second_phrase_map(packaged, where):
    triage = packaged.triage
    if where == "built":
        triage = Triage(triage.rules)
    elif where == "unpickled again":
        triage = pickle.loads(pickle.dumps(triage, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301 - our own bytes
    assert not hasattr(triage, "_signs_of")
    # Every other map keyed by phrases holds far fewer than the sign phrases: only one holds them all.
    holding_all = [
        name
        for name, value in vars(triage).items()
        if isinstance(value, dict) and len(value) >= len(triage._parts_of) and set(triage._parts_of) <= set(value)
    ]
    assert holding_all == ["_parts_of"]


def test_a_bank_own_table_finds_its_own_rules_from_the_parts_map():
    """`for_bank` reads a phrase's signs from `_parts_of`: the migraine bank still makes its everyday signs its own,
    the same from a table built again as from the compiled copy."""
    bot = Bot.load(MIGRAINE)
    own = bot.triage._bank_own
    assert own, "the migraine bank speaks of signs of a rule marked if_bank_own"
    rebuilt = Triage(bot.triage.rules)  # the general rules with the bank's own, built again
    assert rebuilt.for_bank(_own_texts(bot.bank))._bank_own == own
