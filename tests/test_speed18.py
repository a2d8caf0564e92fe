"""Speed work of round 16 (speed18): each shortcut gives exactly what the work it replaces gave."""

import random
import unicodedata

from chatbot import Bot
from chatbot.understanding import after_red_flag, text
from chatbot.understanding.language import general_vocabulary


def _fold_one_by_one(typed: str) -> str:
    """`text._fold` as it was: every text through casefold and both patterns."""
    typed = typed.casefold()
    if not typed.isascii():
        typed = text.normalize(typed)
        typed = unicodedata.normalize("NFKD", typed)
        typed = "".join(char for char in typed if not unicodedata.combining(char))
    typed = text._APOSTROPHES.sub("", typed)
    return text._NON_WORD.sub(" ", typed).strip()


def test_fold_reads_plain_words_and_ascii_as_it_did():
    for typed in ("Knee", "x2", "it's", "don`t", "  two  words ", "38.5C!", "", "Straße", "café's", "K\u212a"):
        assert text._fold(typed) == _fold_one_by_one(typed)
    rng = random.Random(18)
    letters = [chr(code) for code in range(128)] + list("éßİı’‘´ﬁ²\u200b")
    for _ in range(20_000):
        typed = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
        assert text._fold(typed) == _fold_one_by_one(typed)


def _pairs_one_by_one(index, words):
    found = {}
    for start in range(len(words) - 1):
        for item in index.pairs.get((words[start], words[start + 1]), ()):
            end = start + len(item)
            if end <= len(words) and item == tuple(words[start:end]):
                found.setdefault(item, []).append((start, end))
    return found


def test_a_long_pair_list_is_looked_up_as_it_was_compared():
    index = Bot.load().triage._index
    long_lists = [pair for pair, items in index.all_pairs().items() if len(items) > 8]
    assert long_lists  # the table has pairs that start hundreds of phrases ("so much")
    rng = random.Random(16)
    vocabulary = sorted({word for items in index.pairs.values() for item in items for word in item})
    for _ in range(500):
        item = rng.choice(index.pairs[rng.choice(long_lists)])
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 3))] + list(item)
        words += [rng.choice(vocabulary) for _ in range(rng.randint(0, 3))]
        expected = _pairs_one_by_one(index, words)
        found = index.find(words)
        assert {key: found[key] for key in expected} == expected
        assert list(expected) == [key for key in found if key in expected]  # in the same order


def test_what_to_do_after_a_red_flag_is_found_as_before():
    phrases = [tuple(text.words(phrase)) for phrase in general_vocabulary().get("after_a_red_flag", ())]
    phrases = [phrase for phrase in phrases if phrase]
    assert phrases

    def one_by_one(message: str) -> bool:
        typed = text.words(message)
        if not typed or len(typed) > after_red_flag.MAX_WORDS:
            return False
        return any(
            tuple(typed[start : start + len(phrase)]) == phrase
            for phrase in phrases
            for start in range(len(typed) - len(phrase) + 1)
        )

    rng = random.Random(20)
    words = sorted({word for phrase in phrases for word in phrase}) + ["the", "now", "mum", "hip"]
    messages = [" ".join(phrase) for phrase in phrases] + ["", "what now", "can it wait till the weekend please"]
    messages += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 17))) for _ in range(2_000)]
    for message in messages:
        assert after_red_flag.asks_what_to_do(message) == one_by_one(message)


def test_a_name_phrase_is_matched_whole_with_or_without_a_wildcard():
    advice = Bot.load().advice
    assert advice._asks_if_someone_has_it("do i have ho")
    assert advice._asks_if_someone_has_it("could my dad have ho lol")
    assert not advice._asks_if_someone_has_it("how could my knee be ho")
    assert not advice._asks_if_someone_has_it("what is ho")


def test_filler_phrases_are_skipped_where_they_were():
    triage = Bot.load().triage
    fillers = sorted({word for phrase in triage._filler_phrases for word in phrase} | set(triage._fillers))
    rng = random.Random(19)
    words = fillers + ["my", "leg", "is", "swollen", "getting", "worse", "cant", "walk", "puffed", "up"]

    def skipped_one_by_one(typed):
        skipped = {position for position, word in enumerate(typed) if word in triage._fillers}
        for phrase in triage._filler_phrases:
            for position in range(len(typed) - len(phrase) + 1):
                if tuple(typed[position : position + len(phrase)]) == phrase:
                    skipped.update(range(position, position + len(phrase)))
        return skipped

    for _ in range(300):
        typed = [rng.choice(words) for _ in range(rng.randint(1, 14))]
        found = triage._index.find(typed)
        kept = [position for position in range(len(typed)) if position not in skipped_one_by_one(typed)]
        expected = {item: list(spans) for item, spans in found.items()}
        if kept:
            for item, spans in triage._index.find([typed[position] for position in kept]).items():
                for start, end in spans:
                    span = (kept[start], kept[end - 1] + 1)
                    if len(item) > 1 and span not in expected.get(item, ()):
                        expected.setdefault(item, []).append(span)
        assert triage._with_fillers_skipped(typed, {item: list(spans) for item, spans in found.items()}) == expected
