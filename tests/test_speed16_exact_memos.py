"""Round 14 speed work: memos that must change no reading (each gives what the work it saves would give)."""

from chatbot import Bot
from chatbot.understanding import english, text
from chatbot.understanding.other_language import _slip_of_english


def test_the_same_words_typed_another_way_share_one_analysis():
    analyzer = Bot.load().analyzer
    analyzer.start_message()
    plain = analyzer.analyze("my uncle had his knee replaced in june")
    stopped = analyzer.analyze("My uncle had his knee replaced in June.")
    assert stopped is plain  # one analysis: an analysis reads nothing of a text but its words
    analyzer.start_message()
    fresh = analyzer.analyze("My uncle had his knee replaced in June.")
    assert fresh == plain  # and it is the one a fresh reading gives


def test_fold_gives_what_it_gave_before_it_was_kept():
    for typed in ("Crème Brûlée's   RECIPE?", "it's 38.5C!", "", "   ", "Ünïcödé ﬁne"):
        assert text.fold(typed) == text._fold(typed)
        assert text.fold(typed) == text._fold(typed)  # from the memo
    text.forget_folded()
    assert not text._FOLDED


def _slips_one_by_one(word: str) -> list[str]:
    table = english._frequencies()
    letters = english._LETTERS
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + c + right[1:] for left, right in splits if right for c in letters}
    edits |= {left + c + right for left, right in splits for c in letters}
    edits.discard(word)
    return sorted((w for w in edits if table.get(w) is not None), key=lambda w: (-table.get(w), w))


def test_words_one_slip_away_are_found_as_one_by_one():
    for word in ("brethe", "symtoms", "ossfication", "wether", "tomorow", "qzxv", "café"):
        assert english.one_slip_away(word) == _slips_one_by_one(word)
        assert english.correction(word) == english.correction(word, english.one_slip_away(word))


def test_a_slip_of_english_is_told_as_before():
    assert _slip_of_english("symtoms")  # "symptoms", one letter dropped
    assert _slip_of_english("tomorow")
    assert not _slip_of_english("xqzvkp")


def test_a_common_words_tokens_are_its_analysis_and_only_common_words_are_kept():
    analyzer = Bot.load().analyzer
    for word in ("time", "how", "long", "serious", "people"):
        kept = analyzer.common_word_tokens(word)
        analyzer.start_message()
        assert kept == analyzer.analyze(word).tokens
        assert analyzer.common_word_tokens(word) == kept
    analyzer.common_word_tokens("zebrafinch")  # no common word: read within its message, never kept
    assert "zebrafinch" not in analyzer.__dict__.get("_common_word_tokens", {})
