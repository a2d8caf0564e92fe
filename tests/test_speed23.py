"""Speed work of round 21 (speed23): what a one-shot question builds at start and on first sight of its words, made
lazier without changing what any reading gives."""

import pickle
import random

from chatbot.safety.packed_phrases import PhraseSet

WORDS = ["how", "so", "much", "since", "my", "knee", "is", "stiff", "the", "op", "<number 1-9>", "cant", "sleep"]


def _round_trip(value):
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _phrases(rng: random.Random, count: int) -> list[tuple[str, ...]]:
    return list(dict.fromkeys(tuple(rng.choice(WORDS) for _ in range(rng.randint(1, 5))) for _ in range(count)))


def test_a_loaded_phrase_set_decodes_only_the_groups_asked_for():
    members = [("how", "on", "earth"), ("how", "come"), ("how", "on", "the", "way"), ("so", "much", "for", "that")]
    loaded = _round_trip(PhraseSet(members))
    assert ("how", "on", "earth") in loaded
    assert set(loaded._groups) == {("how", "on")}  # "how come" is set out as text, not decoded
    assert ("how", "come") in loaded._texts and "so" in loaded._packed
    assert loaded.isdisjoint([("how", "come", "back")]) and not loaded.isdisjoint([("how", "come")])
    assert set(loaded._groups) == {("how", "on"), ("how", "come")} and "so" in loaded._packed


def test_a_partly_read_phrase_set_answers_and_pickles_as_a_frozenset():
    rng = random.Random(23)
    for _ in range(20):
        members = _phrases(rng, 300)
        expected = frozenset(members)
        loaded = _round_trip(PhraseSet(members))
        asked = _phrases(rng, 40)
        for item in asked[:20]:  # some groups decoded, some only set out, some still packed
            assert (item in loaded) == (item in expected)
        again = _round_trip(loaded)
        for phrases in (loaded, again):
            assert phrases.isdisjoint(asked) == expected.isdisjoint(asked)
            assert phrases.intersection(asked) == set(expected.intersection(asked))
        assert len(again) == len(expected) and len(loaded) == len(expected)
