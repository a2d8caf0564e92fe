"""Speed work of round 17 (speed19): the triage table's long phrase lists are kept packed in a compiled copy and
read back where a message needs them; what is read back is exactly what was packed."""

import pickle
import random

import pytest

from chatbot.safety.packed_phrases import Phrases, PhraseSet, pack, packable, unpack
from chatbot.safety.triage import general_triage

WORDS = ["my", "so", "much", "boss", "is", "giving", "me", "a", "headache", "cant", "breathe", "<temperature>", "x*"]


def _phrases(rng: random.Random, count: int) -> list[tuple[str, ...]]:
    return list(dict.fromkeys(tuple(rng.choice(WORDS) for _ in range(rng.randint(1, 6))) for _ in range(count)))


def _round_trip(value):
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_packed_phrases_come_back_as_they_were_in_their_order():
    rng = random.Random(19)
    items = _phrases(rng, 300)
    assert packable(items) and unpack(pack(items)) == items
    assert unpack(pack([])) == []
    for odd in ([("two words",)], [("",)], [()], [("line\nbreak",)], [("a\x1eb",)]):
        assert not packable(odd)
    loaded = _round_trip(Phrases(items))
    assert loaded._items is None  # not read until asked
    assert loaded == tuple(items) and tuple(items) == loaded and list(loaded) == items and len(loaded) == len(items)
    assert loaded[3] == items[3] and bool(loaded) and not _round_trip(Phrases(()))
    assert _round_trip(Phrases([("two words",)])) == (("two words",),)  # not packable: kept as it is


@pytest.mark.parametrize("seed", range(5))
def test_a_packed_phrase_set_answers_as_a_frozenset(seed):
    rng = random.Random(seed)
    members = _phrases(rng, 400) + [("one word kept whole",), ("",)]
    expected = frozenset(members)
    built = PhraseSet(members)
    loaded = _round_trip(built)
    assert loaded._packed and bool(loaded) and not PhraseSet() and not _round_trip(PhraseSet())
    for trial in range(200):
        found = {item: [] for item in _phrases(rng, rng.randint(0, 12))}
        if trial % 3 == 0 and members:
            found[rng.choice(members)] = []
        for phrases in (built, loaded):
            assert phrases.isdisjoint(found) == expected.isdisjoint(found)
            assert phrases.intersection(found) == set(expected.intersection(found))
            assert all((item in phrases) == (item in expected) for item in found)
    assert len(loaded) == len(expected) and len(_round_trip(loaded)) == len(expected)


def test_a_loaded_phrase_index_finds_what_the_built_one_finds_in_the_same_order():
    index = general_triage()._index
    loaded = _round_trip(index)
    assert not loaded.pairs and loaded._packed  # nothing decoded until a word asks
    vocabulary = sorted({word for items in index.pairs.values() for item in items for word in item})
    phrases = [item for items in index.pairs.values() for item in items]
    rng = random.Random(17)
    for _ in range(1500):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 6))]
        for _ in range(rng.randint(0, 2)):
            words[rng.randint(0, len(words)) : 0] = rng.choice(phrases)
        found, again = index.find(words), loaded.find(words)
        assert list(found.items()) == list(again.items())
    assert {key: list(items) for key, items in loaded.all_pairs().items()} == index.pairs
    assert list(_round_trip(loaded).all_pairs()) and _round_trip(loaded).find(words) == index.find(words)


def test_a_loaded_table_reads_figures_of_speech_and_seen_looks_as_the_built_one():
    built = general_triage()
    loaded = _round_trip(built)
    assert loaded.rules.figures == built.rules.figures and loaded.rules.seen_looks == built.rules.seen_looks
    # Our own wordings: figures of speech around red-flag words, a clinician having seen it, and plain red flags.
    for text in (
        "my manager is giving me a headache with all these emails",
        "the traffic this morning took my breath away, it was so bad",
        "i am dying to know when the swelling will go down",
        "the gp had a look at the red patch on monday and said it was fine",
        "my calf is red, hot and swollen since last night",
        "he collapsed and is not breathing",
        "I can't breathe properly and my chest feels tight",
        "is a fever normal after the operation?",
    ):
        assert loaded.assess(text) == built.assess(text)


def _is_question_reading_every_word(part: str) -> bool:
    """`message._is_question` as it was: every word of the part read before the first few decide."""
    from chatbot.understanding import message

    if part.rstrip().endswith("?"):
        return True
    words = message._as_meant(message._LETTER_RUNS.findall(part.lower().replace("'", "")))
    while words and words[0] in message._LEADING_JOINERS:
        words = words[1:]
    for wondering in message._WONDERING:
        if words[: len(wondering)] == list(wondering) and len(words) > len(wondering):
            return words[len(wondering)] in message._QUESTION_OPENERS or words[len(wondering)] in ("if", "whether")
    return bool(words) and words[0] in message._QUESTION_OPENERS


def test_a_part_is_a_question_from_its_first_words_as_when_every_word_was_read():
    from chatbot.understanding import message

    pieces = (
        "and so ok hi i was wondering just im am wonder wat wen r u when if whether can my knee hurts it's Don't ? . "
        "HO cud"
    ).split() + ["  "]
    rng = random.Random(1719)
    for _ in range(20_000):
        part = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert message._is_question(part) == _is_question_reading_every_word(part), part


def test_phrases_that_cannot_be_packed_keep_their_place_and_the_rest_is_packed():
    # speed20: one special word with a space in it ("<number 1-90>") kept the whole list of figures as tuples.
    rng = random.Random(20)
    items = _phrases(rng, 200)
    odd = [("week", "<number 1-52>", "of", "<number 5+>"), ("",), ("a", "line\nbreak")]
    for places in ([0], [5, 6], [0, 50, len(items) + 2], [len(items) + 3]):
        mixed = list(items)
        for place, item in zip(places, odd, strict=False):
            mixed.insert(place, item)
        loaded = _round_trip(Phrases(mixed))
        assert loaded._items is None and loaded._packed  # the packable phrases are packed
        assert list(loaded) == mixed and loaded == tuple(mixed) and len(loaded) == len(mixed)
        assert list(_round_trip(loaded)) == mixed
    assert list(_round_trip(Phrases(odd))) == odd  # none packable: kept as they are


def test_the_general_tables_figures_of_speech_are_kept_packed():
    loaded = _round_trip(general_triage())
    assert loaded.rules.figures._items is None and loaded.rules.seen_looks._items is None
