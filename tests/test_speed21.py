"""Speed work of round 19 (speed21): each shortcut gives exactly what the work it replaces gave."""

import os
import random
import subprocess
import sys

import pytest

from chatbot import Bot
from chatbot.bank import cache
from chatbot.frontends import cli
from chatbot.safety import advice
from chatbot.safety.personal_requests import MAX_APPROVAL_WORDS


def test_a_plain_ask_is_read_as_argparse_reads_it():
    parser = cli.build_parser()
    plain = [
        ["ask", "how long does the stiffness last"],
        ["ask", "how", "long", "does", "it", "last?"],
        ["ask", ""],
        ["ask", "ask"],
        ["ask", "check", "my", "scan"],
        ["ask", "serve", "me", "@notes"],
        ["ask", "what's a 'grade 3'?", "100%"],
    ]
    for argv in plain:
        assert vars(cli._plain_ask(argv)) == vars(parser.parse_args(argv)), argv
    # Any option, or a word argparse might read as one, goes to argparse.
    for argv in (
        ["ask"],
        ["ask", "--json", "is it painful"],
        ["ask", "is it painful", "--json"],
        ["ask", "--", "-5 degrees"],
        ["ask", "-h"],
        ["--faq", "bank", "ask", "x"],
        ["chat"],
        [],
        ["eval", "x"],
    ):
        assert cli._plain_ask(argv) is None, argv


def test_chatbot_ask_answers_through_the_plain_reading(capsys):
    assert cli.main(["ask", "what", "is", "HO"]) == 0
    plain = capsys.readouterr().out
    assert cli.main(["ask", "--json", "what is HO"]) == 0  # through argparse
    assert '"kind": "answer"' in capsys.readouterr().out
    assert "Heterotopic ossification" in plain


def test_the_package_digest_is_the_one_relpath_gave(monkeypatch):
    fast = cache._package_digest.__wrapped__()
    monkeypatch.setattr(os.path, "isabs", lambda path: False)  # every path through relpath, as before
    assert cache._package_digest.__wrapped__() == fast


def test_a_start_from_a_compiled_copy_imports_no_bank_loader(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    code = "import sys; from chatbot import Bot; Bot.load(); print('chatbot.bank.loader' in sys.modules)"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.split() == ["True"]  # built from the files
    assert again.stdout.split() == ["False"]  # from the copy


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _texts(keys, rng, count):
    """Made-up texts of the keys' words and a few others, padded as the advice check pads them, and some not."""
    vocabulary = sorted({word for key in keys for word in key.split()} | {"my", "knee", "stop", "x", "_", "."})
    texts = []
    for _ in range(count):
        typed = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        if rng.random() < 0.3:
            typed[rng.randrange(len(typed) + 1) :] = rng.choice(keys).split()  # a key in it for sure
        text = " ".join(typed)
        texts.append(rng.choice([f" {text} ", f" {text} ", f" {text} ", text, f"  {text}  ", f" {text}", ""]))
    return texts


def test_the_combinations_fire_as_when_each_key_was_tried_in_turn(bot):
    detector = bot.advice
    keys = [key for groups in detector._combinations for group in groups for key in group]
    rng = random.Random(2101)
    fired = 0
    for text in _texts(keys, rng, 4_000):
        for index, groups in enumerate(detector._combinations):
            combined = advice._asked_frames_hidden(text) if index in detector._asking_if else text
            expected = advice._rule_fires((), groups, combined)
            assert detector._fires(index, groups, text) == expected, (text, index)
            fired += expected
        assert detector._any_fires(text) == any(
            detector._fires(index, groups, text) for index, groups in enumerate(detector._combinations)
        )
    assert fired  # some combinations fired


def test_odd_keys_are_tried_in_the_text_as_before():
    groups = ((" a b ", "  ", " c", "d ", " e ", "f"), (" g ",))
    tests = advice._group_tests(groups)
    for text in (" a b g ", " x  g ", " c g ", "d  g ", " e g ", "f g ", " g ", " a g", "g", " e ", ""):
        words = advice._padded_words(text)
        assert advice._groups_fire(tests, text, words) == advice._rule_fires((), groups, text), text


def test_a_phrase_is_found_as_when_each_was_tried_in_turn(bot):
    detector = bot.advice
    rng = random.Random(2102)
    found = 0
    for text in _texts(list(detector._phrases), rng, 4_000):
        expected = any(key in text for key in detector._phrases)
        assert detector._any_phrase(text) == expected, text
        found += expected
    assert found


def _approval_at_end_trying_every_tag(requests, typed):
    """`PersonalRequests._approval_at_end` as it was: every tag and approval tried at the end."""
    end = len(typed)
    closing = True
    while closing:
        closing = next((len(tag) for tag in requests._tags if tag and tuple(typed[end - len(tag) : end]) == tag), 0)
        end -= closing
    for begin in range(max(0, end - MAX_APPROVAL_WORDS), end):
        if tuple(typed[begin:end]) in requests._approvals:
            return begin
    return None


def test_an_approval_at_the_end_is_found_as_before(bot):
    requests = bot.advice._requests
    pieces = [*requests._tags, *requests._approvals, ("can", "i", "stop", "it"), ("my", "hip"), ("ok",), ()]
    rng = random.Random(2103)
    found = 0
    for _ in range(5_000):
        typed = [word for _ in range(rng.randint(0, 4)) for word in rng.choice(pieces)]
        expected = _approval_at_end_trying_every_tag(requests, typed)
        assert requests._approval_at_end(typed) == expected, typed
        found += expected is not None
    assert found


def test_the_small_talk_of_a_message_is_forgotten_with_it(bot):
    session = bot.session()
    first = session.ask("what is HO")
    assert session.ask("thanks so much").kind == "smalltalk"
    assert session.current.small_talk is None  # nothing of the message kept after the reply
    assert session.ask("say that again").text == first.text
    assert session.current.small_talk is None
