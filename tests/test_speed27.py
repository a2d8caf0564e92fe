"""Round 25 speed work (speed27): less rebuilt at each start, and no whole-bank ranking a check would throw away.

- The triage table's phrase-to-sign-part index (`Triage._parts_of`) holds each (sign, bits) pair and each phrase's
  tuple of them once, shared by every phrase with the same: a compiled copy rebuilt 67,000 tuples of 7,000 values at
  every start. The values are the same as before, only shared.
- A short question after an answer (or a choice) with a word the bank never uses is refused by the offered follow-up
  reading before it ranks the whole bank, not after: the check only reads the bank's index.
"""

from __future__ import annotations

import pickle

import pytest
from conftest import DATA

from chatbot.bot import Bot
from chatbot.conversation import last_resort, offered_follow_up
from chatbot.safety.triage import Triage

MIGRAINE = DATA / "tuning" / "migraine-bank"


def _parts_of_as_before(rules) -> dict:
    """`_parts_of` as the code before this round built it: a new tuple for every phrase and every pair."""
    parts_of: dict = {}
    for number, rule in enumerate(rules.rules):
        for sign_number, sign in enumerate(rule.signs):
            for bit, group in enumerate(sign):
                for item in group:
                    bits = parts_of.setdefault(item, {})
                    bits[number, sign_number] = bits.get((number, sign_number), 0) | (1 << bit)
    return {item: tuple(bits.items()) for item, bits in parts_of.items()}


def _distinct_objects(parts_of: dict) -> tuple[int, int, int, int]:
    values = list(parts_of.values())
    pairs = [pair for value in values for pair in value]
    return len({id(v) for v in values}), len(set(values)), len({id(p) for p in pairs}), len(set(pairs))


@pytest.fixture(scope="module")
def packaged():
    return Bot.load()


def test_the_parts_index_holds_the_same_values_as_before(packaged):
    assert packaged.triage._parts_of == _parts_of_as_before(packaged.triage.rules)


@pytest.mark.parametrize("where", ["compiled copy", "built", "unpickled again"])
def test_each_value_of_the_parts_index_is_one_object(packaged, where):
    triage = packaged.triage
    if where == "built":
        triage = Triage(triage.rules)
    elif where == "unpickled again":
        triage = pickle.loads(pickle.dumps(triage, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301 - our own bytes
    value_objects, values, pair_objects, pairs = _distinct_objects(triage._parts_of)
    assert value_objects == values
    assert pair_objects == pairs
    # What a start rebuilds: thousands of tuples, where it was ten times as many.
    assert values + pairs < len(triage._parts_of) * 2


def test_a_bank_own_triage_table_shares_them_too():
    bot = Bot.load(MIGRAINE)
    value_objects, values, pair_objects, pairs = _distinct_objects(bot.triage._parts_of)
    assert (value_objects, pair_objects) == (values, pairs)
    assert bot.triage._parts_of == _parts_of_as_before(bot.triage.rules)


@pytest.fixture
def counted(monkeypatch):
    """How often the offered follow-up reading ran, and how often it decided over a ranking of the whole bank."""
    calls = {"read": 0, "decided": 0}
    reading, deciding = last_resort.offered_follow_up, offered_follow_up.decide

    def read(*args, **kwargs):
        calls["read"] += 1
        return reading(*args, **kwargs)

    def decide(*args, **kwargs):
        calls["decided"] += 1
        return deciding(*args, **kwargs)

    monkeypatch.setattr(last_resort, "offered_follow_up", read)
    monkeypatch.setattr(offered_follow_up, "decide", decide)
    return calls


def test_a_word_the_bank_never_uses_after_an_answer_ranks_nothing(packaged, counted):
    session = packaged.session()
    assert session.ask("what is HO").kind == "answer"
    reply = session.ask("what is lupus?")
    assert reply.kind == "fallback"
    assert counted == {"read": 1, "decided": 0}
    # The same reply as fresh.
    fresh = packaged.session().ask("what is lupus?")
    assert (fresh.kind, fresh.text) == (reply.kind, reply.text)


def test_a_follow_up_in_bank_words_is_still_ranked_and_answered(counted):
    migraine = Bot.load(MIGRAINE)
    session = migraine.session()
    session.ask("what are triptans")
    session.ask("any side effects")
    reply = session.ask("can i drive after taking it?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "work-and-driving", "follow-up")
    assert counted["decided"] >= 1


@pytest.fixture
def named_reads(monkeypatch):
    """How often the named-lead reading got as far as `second_reading.named_lead` (after its ranking)."""
    from chatbot.conversation import leads

    calls = []
    reading = leads.named_lead

    def read(*args, **kwargs):
        calls.append(args)
        return reading(*args, **kwargs)

    monkeypatch.setattr(leads, "named_lead", read)
    return calls


@pytest.mark.parametrize("text", ["what's the weather like tomorrow", "what is lupus?", "how do i reset my router"])
def test_a_fallback_of_the_packaged_bank_makes_no_named_lead_ranking(packaged, named_reads, text):
    # The packaged bank lists no sparse entries, so `named_lead` can never answer: its ranking is not made.
    session = packaged.session()
    session.ask("What is HO?")
    assert session.ask(text).kind != "answer"
    assert packaged.session().ask(text).kind != "answer"
    assert named_reads == []


def test_a_named_lead_of_a_clinic_bank_is_still_read_and_answered(named_reads):
    bunion = Bot.load(DATA / "heldout" / "bunion-bank")  # retired to tuning
    reply = bunion.session().ask("i work from home at a desk, can i go back to work after a week?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "work", "named lead")
    assert len(named_reads) == 1
