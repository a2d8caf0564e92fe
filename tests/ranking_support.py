"""A made-up ranking candidate, shared by the tests of the story checks (`understanding.story_check`)."""

from __future__ import annotations

from chatbot.bank.model import FaqEntry
from chatbot.understanding.matcher import Candidate


def candidate(entry_id: str, score: float, coverage: float) -> Candidate:
    """A clinic entry of three phrasings ranked at `score` with `coverage`, its answer a placeholder."""
    entry = FaqEntry(entry_id, f"{entry_id}?", (), "an answer", "", ())
    return Candidate(entry, score, coverage, coverage, phrasings=3)
