"""Speed work of round 22 (speed24): a `chatbot ask` start that imports and compiles only what one question needs,
and a choice looked for only where one can be; every reading gives what it gave before."""

import os
import random
import re
import subprocess
import sys
import unicodedata

import pytest

from chatbot.conversation import numbered_choices
from chatbot.conversation.memory import CurrentMessage, Memory
from chatbot.lazy_pattern import LazyPattern, lazy_compile

# A whole `chatbot ask "what is HO"` process, as the console script runs it, reporting what it imported and how many
# patterns it compiled (a count, not a time: it holds on a busy machine).
_START = """
import re, sys
compiled = set()
real = re._compile
def counting(pattern, flags):
    if not isinstance(pattern, re.Pattern):
        compiled.add((pattern, flags))
    return real(pattern, flags)
re._compile = counting
sys.argv = ["chatbot", "ask", "what is HO"]
from chatbot.frontends import console
try:
    console.main()
except SystemExit:
    pass
print("MODULES", *sorted(name for name in ("argparse", "dataclasses", "inspect", "ast") if name in sys.modules))
print("PATTERNS", len(compiled))
"""


@pytest.fixture(scope="module")
def start(tmp_path_factory):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))}
    for _ in range(2):  # the first builds the compiled bank, the second starts from it as an installed start does
        done = subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True, env=env, check=True)
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in done.stdout.splitlines()[-2:])
    return lines


def test_a_one_shot_ask_imports_neither_argparse_nor_dataclasses(start):
    # dataclasses brings inspect, ast, dis and tokenize (about 10 ms); argparse about 2 ms; a plain ask needs neither.
    assert start["MODULES"].split() == []


def test_a_one_shot_ask_compiles_only_the_patterns_it_uses(start):
    # Counted with the standard library's own and those `re`'s functions compile: 122 before speed24 (60 of the
    # package's constant patterns never used by this question), 69 after. A module's new constant pattern that one
    # question seldom needs: `lazy_compile` it.
    assert int(start["PATTERNS"]) <= 80


def _groups(found):
    return None if found is None else (found.span(), found.groups())


def test_a_lazy_pattern_reads_as_the_compiled_one():
    rng = random.Random(24)
    patterns = [
        (r"\b(\d+)\b", 0),
        (r"(?P<word>[a-z]+)(\d{1,2})", re.IGNORECASE),
        (r"[,;:.!?]+", 0),
        (r"^(?:how|what)\s+(\w+)", 0),
    ]
    pieces = ["how", "What", "12", "3", "abc", ",", ".", "?", " ", "  ", "x9", "é", "grade3"]
    for source, flags in patterns:
        lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
            assert bool(lazy.search(text)) == bool(compiled.search(text))
            assert _groups(lazy.match(text)) == _groups(compiled.match(text))
            assert lazy.split(text) == compiled.split(text)
            assert lazy.findall(text) == compiled.findall(text)
            assert lazy.sub("_", text) == compiled.sub("_", text)
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
            assert bool(lazy.fullmatch(text)) == bool(compiled.fullmatch(text))
        assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
            compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex)
        )  # fmt: skip


def test_a_lazy_pattern_compiles_once_and_only_when_used(monkeypatch):
    made = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args: made.append(args) or real(*args))
    pattern = LazyPattern(r"a+b")
    assert made == []  # made, not compiled
    assert pattern.pattern == "a+b" and made == []  # its text is no use
    assert pattern.search("xaab").span() == (1, 4)
    assert pattern.sub("-", "ab ab") == "- -" and pattern.match("b") is None
    assert made == [("a+b", 0)]  # compiled at the first search, never again
    assert pattern.search.__self__ is pattern.compiled()  # the compiled pattern's own method from then on


def _old_choice(clean: str, folded: str):
    """`numbered_choices.choice` as it was before speed24: the marks read before the pattern."""
    if numbered_choices._SIGNED_OR_DECIMAL.fullmatch(clean):
        return 0
    if not numbered_choices._clean_choice_marks(clean):
        return None
    found = numbered_choices.CHOICE.match(folded)
    if not found:
        return None
    value = found.group(1)
    return numbered_choices._ORDINALS.get(value) or int(value)


def test_a_choice_is_read_as_when_its_marks_were_read_first():
    from chatbot.understanding.text import fold

    pieces = [
        "2", "12", "the", "number", "option", "second", "3rd", "one", "please", "#", ".", ")", "(", "[", "]", "?", "!",
        ":", ",", "~", "-", "+", "2.5", "-1", " ", "  ", "\U0001f44d", "\u200d", "what is HO", "my knee", "i pick",
    ]  # fmt: skip
    rng = random.Random(22)
    texts = ["2", "(2)", "option 2?", "the second one", "[2", "2]", "2~", "-1", "2.5", "2 \U0001f44d", "#3.", "3)"]
    for _ in range(5000):
        texts.append("".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6))))
    for text in texts:
        clean = unicodedata.normalize("NFKC", text).strip()
        assert numbered_choices.choice(None, clean, fold(clean)) == _old_choice(clean, fold(clean)), text
    assert numbered_choices.choice(None, "[2", fold("[2")) is None  # a choice's words with a stray mark: none
    assert numbered_choices.choice(None, "(2)", fold("(2)")) == 2


def test_the_memory_is_made_compared_and_wiped_as_the_dataclasses_were():
    memory = Memory()
    assert memory == Memory() and CurrentMessage() == CurrentMessage() and memory != CurrentMessage()
    memory.answered.append("what-is-ho")
    assert Memory().answered == []  # each memory its own list, as a field's default_factory made it
    assert memory != Memory()
    current = CurrentMessage()
    current.splits["x"] = None
    assert CurrentMessage().splits == {}
    with pytest.raises(AttributeError):
        memory.not_a_field = 1  # slots, as dataclass(slots=True): a misspelt field fails loudly
    with pytest.raises(TypeError):
        hash(memory)
    assert repr(Memory()).startswith("Memory(last_entry=None, context=frozenset()")
