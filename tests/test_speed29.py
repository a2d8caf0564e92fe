"""Speed work of round 27 (speed29): the same readings with less work a word. Every reply was checked the same with
tools/compare_replies.py; these tests pin each shortcut to the longer way it replaces, on messages that reach it
(numbers, "*" phrases, owners and people's possessives, synonym phrases of one word and of several)."""

import pytest

from chatbot.safety.triage import _number, _word_fits
from chatbot.understanding import english
from chatbot.understanding.language import PERSON_OWNERS, PHRASE_FILLERS
from chatbot.understanding.text import fold, words

MESSAGES = [
    "My mother is 74 and she had her left hip replaced in March. Her temp is 39.5 and she is shivering.",
    "my dads temperature was 38c last night and his left calf is swollen and hot",
    "he has had a high fever of 102f for 3 days, is that a reason to call?",
    "my mums knee is swelling up and the swelling is getting worse, she cant bend it",
    "can't really walk, my leg puffed right up after the op",
    "I'm 28 weeks pregnant and my ankles are swollen, can I take 2 paracetamol a day?",
    "what is heterotopic ossification and can a hip replacement cause extra bone",
    "bone in my dad's muscles after his knee op, is that HO or something else?",
    "put her to sleep for the operation, my daughters elbow is stiff and her arm is sore",
    "does physio help with HO or does it make the bone grow faster",
    "hetrotopic ossfication symtoms",
    "chest pain and shortness of breath since this morning",
    "she was fine an hour ago but now she cant lift her right arm",
    "is 2 a day enough of the indomethacin, he takes 50mg at night",
]


class _EveryPair:
    """Holds every pair: `_apply_phrases` then tries every length at every start, as it did before speed29."""

    def __contains__(self, pair) -> bool:
        return True


def _find_every_way(index, message_words):
    """What `_PhraseIndex.find` finds, by trying every phrase of the index at every place from its first word (no
    word's phrases kept, no phrase skipped): occurrences as a set per phrase."""
    items = [
        *index.single.values(),
        *(item for items in index.all_pairs().values() for item in items),
        *(item for items in index.by_first.values() for item in items),
        *(item for items in index.by_prefix.values() for item in items),
        *(item for items in index.numeric.values() for item in items),
    ]
    found = {}
    for start in range(len(message_words)):
        for item in items:
            end = start + len(item)
            if end <= len(message_words) and all(
                _word_fits(pattern, message_words[start + offset]) for offset, pattern in enumerate(item)
            ):
                found.setdefault(item, set()).add((start, end))
    return found


@pytest.mark.parametrize("message", MESSAGES)
def test_the_triage_index_finds_what_every_phrase_tried_everywhere_finds(bot, message):
    index = bot.triage._index
    message_words = fold(message).split()
    found = index.find(message_words)
    assert {item: set(spans) for item, spans in found.items()} == _find_every_way(index, message_words)


def test_a_words_loose_phrases_all_fit_it_and_carry_their_length(bot):
    index = bot.triage._index
    for word in ("swelling", "swollen", "shivering", "chest", "39", "102f", "can't", "cant", "breath", "hip"):
        kind = index._starts_of(word)
        if kind is None:
            continue
        _single, _paired, loose, number = kind
        assert all(_word_fits(item[0], word) and size == len(item) for item, size in loose)
        assert number == (bool(index.numeric) and _number(word) is not None)
        every = [*index.by_first.get(word, ()), *(index.by_prefix.get(word[:3], ()) if index.by_prefix else ())]
        assert [item for item, _ in loose] == [item for item in every if _word_fits(item[0], word)]


def _typed_forms(message):
    """The message's words as typed, and without its apostrophes ("dad's" as "dads")."""
    return [words(message), words(message.replace("'", ""))]


@pytest.mark.parametrize("message", MESSAGES)
def test_synonym_phrases_read_the_same_as_trying_every_length(bot, message):
    analyzer = bot.analyzer
    for typed in _typed_forms(message):
        quick = analyzer._apply_phrases(list(typed))
        kept = analyzer.__dict__.get("_phrase_pairs")
        analyzer._phrase_pairs = _EveryPair()
        try:
            every = analyzer._apply_phrases(list(typed))
        finally:
            analyzer._phrase_pairs = kept if kept is not None else analyzer._first_pairs()
        assert quick == every


def test_the_first_pairs_are_those_of_the_phrases(bot):
    analyzer = bot.analyzer
    pairs = analyzer._first_pairs()
    assert pairs == {key[:2] for key in analyzer._phrases if len(key) >= 2}
    assert analyzer._first_pairs(bare=True) == {key[:2] for key in analyzer._bare_phrases}
    assert all(len(key) >= 2 for key in analyzer._bare_phrases)  # why a bare phrase starts only at a pair


def _bare_every_start(analyzer, typed):
    """`_apply_bare_phrases` as it was: every place whose stem starts a bare phrase tried, people looked for at every
    word."""
    owned = analyzer._owned_people
    people = {
        index: owned[word]
        for index, word in enumerate(typed)
        if index and word in owned and typed[index - 1] in PERSON_OWNERS
    }
    positions = [index for index, word in enumerate(typed) if word not in PHRASE_FILLERS and index not in people]
    lengths, phrases = analyzer._bare_lengths_by_first, analyzer._bare_phrases
    kept = [typed[index] for index in positions]
    stems = [analyzer._stems.get(word) or english.remembered_stem(word) or english.stem(word) for word in kept]
    result, emitted, index = [], 0, 0
    for start in [at for at, first in enumerate(stems) if first in lengths]:
        if start < index:
            continue
        for size in lengths[stems[start]]:
            target = phrases.get(tuple(stems[start : start + size]))
            if target is not None and start + size <= len(positions):
                result.extend(typed[emitted : positions[start]])
                if people:
                    span = range(positions[start], positions[start + size - 1])
                    result.extend(person for place, person in people.items() if place in span)
                result.extend(target)
                emitted = positions[start + size - 1] + 1
                index = start + size
                break
    result.extend(typed[emitted:])
    return result


@pytest.mark.parametrize("message", MESSAGES)
def test_bare_phrases_read_the_same_as_trying_every_start(bot, message):
    for typed in _typed_forms(message):
        assert bot.analyzer._apply_bare_phrases(list(typed)) == _bare_every_start(bot.analyzer, list(typed))


def _owner_places_every_word(analyzer, typed, people):
    """`_owner_places` as it was: every word looked at."""
    places = {}
    for index, word in enumerate(typed[:-1]):
        following = typed[index + 1]
        if following in analyzer.stopwords:
            continue
        if word in PERSON_OWNERS:
            places[index] = "" if people and following in analyzer._owned_people else None
        elif people and (word in analyzer._owning_people or (index and typed[index - 1] in PERSON_OWNERS)):
            person = analyzer._owned_people.get(word)
            if person:
                places[index] = person
    return {place: person for place, person in places.items() if person != "" or places.get(place + 1) is not None}


@pytest.mark.parametrize("message", [*MESSAGES, "my", "my dads", "dads knee", "her", "mums and dads knees are sore"])
@pytest.mark.parametrize("people", [True, False])
def test_owner_places_are_those_of_looking_at_every_word(bot, message, people):
    for typed in _typed_forms(message):
        quick = bot.analyzer._owner_places(typed, people=people)
        every = _owner_places_every_word(bot.analyzer, typed, people)
        assert quick == every
        assert list(quick) == list(every)  # in the same order


@pytest.mark.parametrize(
    ("message", "amount"),
    [
        ("can i take 2 paracetamol a day", True),
        ("he takes 50mg at night", True),
        ("is 2 a day enough of the indomethacin", True),
        ("does he take two today", True),
        ("my mum has pain in her hip", False),
        ("what is heterotopic ossification", False),
        ("she had 3 operations on her hip", False),
    ],
)
def test_an_amount_is_still_named_with_words_of_letters_passed_at_once(bot, message, amount):
    assert bot.advice._requests.names_an_amount(message) is amount
