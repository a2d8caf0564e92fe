"""Sixth hostile-input hunt: each test is a problem found by attacking the real product, fixed."""

from __future__ import annotations

import resource
import time

import pytest


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("word", ["a" * 16_000, "heterotopic" * 1_500, "zq" * 8_000])
def test_one_long_word_is_read_quickly_and_in_little_memory(bot, word):
    # A single 16,000-letter "word" made the triage spelling reader list every string one slip away from
    # it (54 x 16,000 strings of 16,000 letters): 35 s and about 13 GB for one `chatbot ask`.
    before = _peak_mib()
    started = time.monotonic()
    reply = bot.session().ask(word)
    assert time.monotonic() - started < 2
    assert _peak_mib() - before < 200
    assert reply.kind == "fallback"


def test_a_long_word_does_not_hide_an_emergency_after_it(bot):
    reply = bot.session().ask("x" * 15_000 + " I have crushing chest pain right now")
    assert reply.kind == "emergency"
