"""Speed work of round 26 (speed28): the same readings with fewer Python calls a message, and four constant patterns
a plain question never uses compiled only when used. Every reply was checked the same with
tools/compare_replies.py; these tests pin each shortcut to the longer way it replaces. (The pregnancy items now
looked up with `isdisjoint` are read by tests/test_triage_at_risk_round26.py, "weeks of a pregnancy".)"""

import os
import subprocess
import sys

import pytest

from chatbot.lazy_pattern import LazyPattern
from chatbot.safety import at_risk, checklist_denials
from chatbot.safety.sign_reader import word_stem, word_stems
from chatbot.understanding import english, name_initials, numbered_list
from chatbot.understanding.language import _has_spelled_letters

_LAZY = (
    (at_risk, "_GLUED"),
    (checklist_denials, "_PIECES"),
    (name_initials, "_NAME_BREAKS"),
    (numbered_list, "_NEXT_WORD"),
)

# A whole `chatbot ask "what is HO"` process: which of the four patterns it compiled.
_START = """
import sys
sys.argv = ["chatbot", "ask", "what is HO"]
from chatbot.frontends import console
try:
    console.main()
except SystemExit:
    pass
from chatbot.safety import at_risk, checklist_denials
from chatbot.understanding import name_initials, numbered_list
for module, name in ((at_risk, "_GLUED"), (checklist_denials, "_PIECES"), (name_initials, "_NAME_BREAKS"),
                     (numbered_list, "_NEXT_WORD")):
    print("COMPILED" if "_compiled" in vars(getattr(module, name)) else "LAZY", name)
"""


def test_a_plain_question_compiles_none_of_the_four_patterns(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True, env=env, check=True)
    states = [line.split() for line in done.stdout.splitlines() if line.startswith(("COMPILED", "LAZY"))]
    assert states == [["LAZY", name] for _, name in _LAZY]


@pytest.mark.parametrize(("module", "name"), _LAZY)
def test_each_lazy_pattern_still_reads_its_text(module, name):
    pattern = getattr(module, name)
    assert isinstance(pattern, LazyPattern)
    samples = {
        "_GLUED": ("8wk", "10days", "wk8", "1234days"),
        "_PIECES": ("Fever: no. Rash: yes, mild", "none"),
        "_NAME_BREAKS": ("shingles (herpes zoster)", "cataract; lens opacity", "tonsillitis and tonsil removal"),
        "_NEXT_WORD": ("  How is it", "2. what", ""),
    }[name]
    import re

    plain = re.compile(pattern.pattern, pattern.flags)
    for text in samples:
        if name in ("_PIECES", "_NAME_BREAKS"):
            assert pattern.split(text) == plain.split(text)
        else:
            found, expected = pattern.match(text), plain.match(text)
            assert (found and found.groups()) == (expected and expected.groups())


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ([], False),
        (["a"], False),
        (["what", "is", "a", "bone"], False),
        (["a", "b"], True),
        (["i", "have", "a", "x", "ray"], True),  # "a x": two one-letter words in a row
        (["i", "had", "a", "scan"], False),  # two one-letter words, not side by side
        (["p", "o", "h"], True),
    ],
)
def test_spelled_letters_are_two_one_letter_words_in_a_row(typed, spelled):
    assert _has_spelled_letters(typed) is spelled
    assert _has_spelled_letters(typed) is any(
        len(a) == 1 and len(b) == 1 for a, b in zip(typed, typed[1:], strict=False)
    )


def test_is_known_is_the_english_tables_membership():
    table = english._frequencies()
    for word in ("bone", "the", "ossification", "zzqx", "swolen", "", "heterotopic"):
        assert english.is_known(word) is (word in table)


def test_word_stems_are_each_words_stem_remembered_or_not():
    words = ["my", "knees", "swelling", "red", "ossification", "x-ray", "38.5", "running", "bloody"]
    expected = [word_stem(word) for word in words]
    assert word_stems(words) == expected
    english.forget_words()  # nothing remembered: each is stemmed afresh, to the same stem
    assert word_stems(words) == expected
    assert word_stems(words) == expected  # and now from the memory


def test_small_talk_opening_is_looked_up_only_after_a_first_word_of_one(bot):
    matcher = bot.smalltalk
    assert matcher.opening("what is ho") is None  # no opening starts with "what"
    found = matcher.opening("thanks so much thats really helpful")
    assert found is not None and found[1].endswith("helpful")
    # Every opening's first word is kept, so none is skipped.
    for key in matcher._openings:
        assert key.split(" ", 1)[0] in matcher._opening_firsts
        assert matcher.opening(key + " and more words") is not None
