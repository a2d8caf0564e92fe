"""Bank and evaluation files written to hurt: each is refused at once with a clear message, never a hang."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import time

import pytest
import yaml
from conftest import META, entry_yaml, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbot.bank import safe_yaml
from chatbot.bank.loader import load_bank
from chatbot.errors import BankError
from chatbot.quality.evaluation import EvalFileError, load_cases

GOOD_ENTRIES = "entries:\n" + entry_yaml("a-one", "What is A?")

# Nine aliases of nine aliases of ...: a few hundred bytes that expand to 9**6 (half a million) strings.
ALIAS_BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n" for previous, name in zip("abcde", "bcdef", strict=True)
)


@contextlib.contextmanager
def at_most(seconds: int):
    """Fail (instead of hanging the whole run) when the body takes longer than `seconds`."""

    def too_slow(signum, frame):
        raise AssertionError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def problems_of(folder) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank(folder)
    return [str(problem) for problem in caught.value.problems]


HOSTILE_YAML = {
    "impossible-date": (
        META.replace("2024-01-01", "2022-02-30") + GOOD_ENTRIES,
        "must be a real date written YYYY-MM-DD, like 2024-05-31, not '2022-02-30'",
    ),
    "huge-integer": (
        META + GOOD_ENTRIES + "stopwords: [" + "7" * 5000 + "]\n",
        "77777777777777777777... (5000 characters) is not a usable number",
    ),
    "alias-bomb-in-a-word-list": (META + GOOD_ENTRIES + ALIAS_BOMB.replace("f: &f", "stopwords:"), "aliases"),
    "alias-bomb-in-the-entries": (
        META + ALIAS_BOMB.replace("f: &f", "entries:").replace('"lol"', "{id: x}"),
        "aliases",
    ),
    "merge-key-alias": (META + GOOD_ENTRIES + "base: &base {x: 1}\nmessages: {<<: *base}\n", "aliases"),
    "deep-flow-nesting": (META + "entries: " + "[" * 800 + "]" * 800 + "\n", "nested more than 40 levels"),
    "deep-mappings": (META + "entries: " + "{a: " * 300 + "1" + "}" * 300 + "\n", "nested more than 40 levels"),
    "deep-block-nesting": (
        META + "entries:\n" + "".join(" " * (2 * depth) + "- \n" for depth in range(1, 200)),
        "nested more than 40 levels",
    ),
}


@pytest.mark.parametrize(("text", "expected"), HOSTILE_YAML.values(), ids=HOSTILE_YAML.keys())
def test_hostile_yaml_is_one_clear_problem_at_once(make_bank, text, expected):
    folder = make_bank({"bank.yaml": text})
    started = time.monotonic()
    with at_most(10):
        problems = problems_of(folder)
    assert time.monotonic() - started < 2
    assert any(expected in problem for problem in problems), problems
    assert all(problem.startswith(str(folder / "bank.yaml")) for problem in problems)


def test_a_link_to_dev_zero_is_refused_without_reading_it(make_bank):
    folder = make_bank({"bank.yaml": META + GOOD_ENTRIES})
    (folder / "zero.yaml").symlink_to("/dev/zero")
    with at_most(10):
        assert problems_of(folder) == [
            f"{folder / 'zero.yaml'}: cannot read the file: it is not a regular file (a device, a FIFO or a socket)"
        ]


def test_a_fifo_is_refused_without_waiting_for_a_writer(make_bank):
    folder = make_bank({"bank.yaml": META + GOOD_ENTRIES})
    os.mkfifo(folder / "pipe.yaml")
    # In a child process, so that the old behaviour (open() waits for a writer forever) fails on the timeout.
    result = run_cli("check", str(folder), timeout=20)
    assert result.returncode == 2
    assert "pipe.yaml: cannot read the file: it is not a regular file" in result.stderr.decode()


def test_a_file_of_gigabytes_is_refused_by_its_size(make_bank):
    folder = make_bank({"bank.yaml": META + GOOD_ENTRIES})
    with open(folder / "huge.yaml", "wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: 3 GB on paper, nothing on the disk
    with at_most(10):
        assert problems_of(folder) == [f"{folder / 'huge.yaml'}: cannot read the file: the file is larger than 64 MB"]


def test_the_alias_bomb_is_refused_by_the_real_command_quickly(make_bank):
    folder = make_bank({"bank.yaml": META + GOOD_ENTRIES + ALIAS_BOMB.replace("f: &f", "stopwords:")})
    result = run_cli("check", str(folder), timeout=30)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode() and "aliases" in result.stderr.decode()


def test_a_bank_without_aliases_or_deep_nesting_still_loads(make_bank):
    # The guards cost nothing to an ordinary bank, including numbers and dates it holds.
    folder = make_bank({"bank.yaml": META + GOOD_ENTRIES, "extra.yaml": "stopwords: [x, '12', y]\n"})
    assert [entry.id for entry in load_bank(folder).entries] == ["a-one"]


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda path: os.mkfifo(path), "not a regular file"),
        (lambda path: os.symlink("/dev/zero", path), "not a regular file"),
        (lambda path: path.write_text("cases: [{q: x, expect: &e fallback}, {q: y, expect: *e}]\n"), "aliases"),
        (lambda path: path.write_text("cases: " + "[" * 500 + "]" * 500 + "\n"), "nested more than"),
        (lambda path: path.write_text("when: 2022-02-30\n"), "not a real date"),
    ],
    ids=["fifo", "dev-zero", "alias", "deep", "bad-date"],
)
def test_a_hostile_eval_file_is_a_clear_error(tmp_path, setup, expected):
    path = tmp_path / "cases.yaml"
    setup(path)
    with at_most(10), pytest.raises(EvalFileError) as caught:
        load_cases(path)
    assert expected in str(caught.value)


def test_read_text_refuses_a_folder_and_text_that_is_not_utf8(tmp_path):
    with pytest.raises(safe_yaml.FileRefused, match="folder"):
        safe_yaml.read_text(tmp_path)
    (tmp_path / "latin1.yaml").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(safe_yaml.FileRefused, match="not UTF-8"):
        safe_yaml.read_text(tmp_path / "latin1.yaml")
    (tmp_path / "big.yaml").write_text("x" * 101)
    with pytest.raises(safe_yaml.FileRefused, match="larger than"):
        safe_yaml.read_text(tmp_path / "big.yaml", limit=100)


# Fuzzing: arbitrary YAML text, and YAML written from arbitrary values, in every section of a bank.

YAML_CHARACTERS = st.sampled_from(list("abc xyz019:-[]{}&*!|>'\"#,?%@`\n\t.~") + ["\u00e9", "\u202e", "\x00", "\ud800"])
SECTIONS = ["meta", "entries", "messages", "screens", "smalltalk", "synonyms", "stopwords", "emergency", "follow_up"]
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.dates(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)


def _load_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "bank.yaml"), "w", encoding="utf-8", errors="surrogatepass") as handle:
            handle.write(text)
        with at_most(10):
            try:
                load_bank(folder)
            except BankError:
                pass  # the only exception allowed


@settings(max_examples=400, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(YAML_CHARACTERS, max_size=300))
def test_fuzz_arbitrary_yaml_text_gives_only_bank_errors(text):
    _load_text(text)


@settings(max_examples=150, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(SECTIONS), VALUES, max_size=4), st.booleans())
def test_fuzz_arbitrary_values_in_bank_sections_give_only_bank_errors(document, with_meta):
    text = yaml.safe_dump(document, allow_unicode=True)
    _load_text((META if with_meta and "meta" not in document else "") + text)


YAML_PIECES = st.sampled_from(
    [
        "meta:",
        "entries:",
        "messages:",
        "screens:",
        "stopwords:",
        "emergency:",
        "smalltalk:",
        "synonyms:",
        "follow_up:",
        "\n",
        "\n  ",
        "\n    ",
        "- ",
        "? ",
        ": ",
        ", ",
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a",
        "<<: ",
        "!!int ",
        "!!float ",
        "!!str ",
        "!!binary ",
        "!!set ",
        "!!omap ",
        "!!timestamp ",
        "!!null ",
        "!!bool ",
        "!!python/object:os.system ",
        "!custom ",
        "2022-02-30",
        "2024-01-01",
        "1e999",
        "-.inf",
        ".nan",
        "0x1F",
        "0o17",
        "1_000",
        "9" * 50,
        "yes",
        "~",
        "'quoted'",
        '"esc\\x00"',
        "|\n  block",
        ">\n  folded",
        "id: a-one",
        "question: What is A?",
        "answer: Two. Sentences.",
        "related: []",
        "alternates: [a, b, c, d, e, f]",
        "source: s",
        "title: T",
        "reviewed: 2024-01-01",
        "%YAML 1.1\n---\n",
        "---\n",
        "...\n",
        "#c\n",
        "\t",
    ]
)


@settings(max_examples=400, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAML_PIECES, max_size=40).map("".join))
def test_fuzz_yaml_made_of_tags_anchors_and_bank_words_gives_only_bank_errors(text):
    _load_text(text)
