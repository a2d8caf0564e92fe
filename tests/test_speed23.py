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


# Patterns a compiled copy compiled at every start, now kept as text and compiled on first need, and asked only of a
# text that can match: each gives exactly what the compiled pattern gave.

TEXTS = [
    "what does brooker grade 3 mean", "is grade 3.5 bad", "grade \u0663 and a half", "what is grade four",
    "he takes 50mg twice a day", "can I take 2x 25 mg", "what is HO", "", "stage 10 or stage 2", "\u0665\u0660mg",
    "Grade 31\u20442 after surgery", "class no. 4", "my knee hurts anyway how long does it last",
]


def test_a_bank_counting_words_reads_numbers_as_the_compiled_pattern_did():
    import re

    from chatbot.understanding.numbered import NumberedWords

    numbered = NumberedWords(["What does Brooker grade 1 mean?", "What does grade 2 mean?", "Stage 1 of HO", "Stage 3"])
    old = re.compile(numbered._source, re.IGNORECASE)
    rng = random.Random(3)
    for text in TEXTS + [" ".join(rng.choice(TEXTS).split()[: rng.randint(1, 5)]) for _ in range(200)]:
        found = numbered.unlisted(text)
        expected = next(
            (
                m
                for m in old.finditer(text)
                if m.group(3) or int(m.group(2)) not in numbered.numbers[m.group(1).lower()]
            ),
            None,
        )
        assert (found is None) == (expected is None), text
        if found is not None:
            assert found.asked.split()[0] == expected.group(1)


def test_an_amount_typed_as_one_word_is_found_as_the_compiled_pattern_found_it():
    import re

    from chatbot.bot import Bot

    requests = Bot.load().advice._requests
    old = re.compile(requests._amount_word)
    for word in ("50mg", "\u0665\u0660mg", "2.5ml", "x50mg", "mg", "", "3x", "12", "\u00b25mg", "5\u0665mg", "a1mg"):
        new = bool(word[:1].isdecimal()) and bool(re.compile(requests._amount_word).fullmatch(word))
        assert new == bool(old.fullmatch(word)), word


def test_a_topic_change_still_starts_a_new_sentence():
    from chatbot.safety.triage import _topic_change_pattern, general_triage

    table = general_triage()
    assert isinstance(table._topic_change, str)
    pattern = _topic_change_pattern(table._topic_change)
    assert pattern is _topic_change_pattern(table._topic_change)  # compiled once
    assert pattern.sub(r". \1", "my knee swelled up suddenly anyway how long does it last") != (
        "my knee swelled up suddenly anyway how long does it last"
    )


def test_a_message_splits_as_the_two_patterns_split_it_without_compiling_them_for_a_plain_question():
    from chatbot.understanding import message

    sentences, clauses = message._patterns()
    pieces = [
        "how long does a knee brace last?", "what is HO", "I", "i", "am", "and", "AND", "but", "Also", "al\u017fo",
        "bUt", ",", "-", "--", " - ", ".", "?", "!", ";", ":", "\n", "\t", "\u00a0", "\u2003", "my dad", "what",
        "will it", "x", "9", "I'm", "I am", "I was", "handy", "abut", "la", "so", ", what", "\u2013", "e.g.",
    ]  # fmt: skip
    rng = random.Random(21)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(0, 8)))
        assert message._sentences_of(text) == sentences.split(text), text
        assert message._clauses_of(text) == clauses.split(text), text
    assert message._sentences_of("how long does a knee brace last?") == ["how long does a knee brace last?"]
    long_s = "what is HO al\u017fo will it hurt"  # a long s is an "s" to the case-blind pattern
    assert len(clauses.split(long_s)) == 2 and message._clauses_of(long_s) == clauses.split(long_s)
