"""Spot requests for personal medical advice, before any matching (red flags are chatbot.safety.triage)."""

from __future__ import annotations

from chatbot.bank.model import AdviceRules
from chatbot.understanding.text import words


def _phrase_key(phrase: str) -> str:
    return " " + " ".join(words(phrase)) + " "


def _groups_key(groups) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_phrase_key(item) for item in group) for group in groups)


def _rule_fires(phrases: tuple[str, ...], groups: tuple[tuple[str, ...], ...], padded: str) -> bool:
    """Any phrase is in the message, or every group has at least one of its words or phrases in it."""
    if any(phrase in padded for phrase in phrases):
        return True
    return bool(groups) and all(any(item in padded for item in group) for group in groups)


class AdviceDetector:
    """Finds requests for personal advice or doses ("should I take ...", "how many mg ...")."""

    def __init__(self, rules: AdviceRules):
        self.rules = rules
        self._phrases = tuple(_phrase_key(p) for p in rules.phrases)
        self._combinations = tuple(_groups_key(groups) for groups in rules.combinations)

    def asks_for_advice(self, text: str) -> bool:
        """True if a message asks what this person should do or take, or what they have."""
        padded = " " + " ".join(words(text)) + " "
        if _rule_fires(self._phrases, (), padded):
            return True
        return any(_rule_fires((), groups, padded) for groups in self._combinations)

    def rule_for(self, text: str) -> str | None:
        """Which rule reads a message as a request for advice, in words for a bank's editor; None if none does."""
        padded = " " + " ".join(words(text)) + " "
        for phrase, key in zip(self.rules.phrases, self._phrases, strict=True):
            if key in padded:
                return f"the personal_advice phrase {phrase!r}"
        names = self.rules.combination_names or ("",) * len(self._combinations)
        for number, (name, groups) in enumerate(zip(names, self._combinations, strict=True), start=1):
            if _rule_fires((), groups, padded):
                found = [next(item.strip() for item in group if item in padded) for group in groups]
                label = repr(name) if name else f"number {number}"
                return f"the personal_advice combination {label} (words {' + '.join(map(repr, found))})"
        return None
