"""Spot emergencies and requests for personal medical advice, before any matching."""

from __future__ import annotations

from typing import NamedTuple

from chatbot.bank_model import AdviceRules, EmergencyRules
from chatbot.text import words


def _phrase_key(phrase: str) -> str:
    return " " + " ".join(words(phrase)) + " "


def _groups_key(groups) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_phrase_key(item) for item in group) for group in groups)


def _rule_fires(phrases: tuple[str, ...], groups: tuple[tuple[str, ...], ...], padded: str) -> bool:
    """Any phrase is in the message, or every group has at least one of its words or phrases in it."""
    if any(phrase in padded for phrase in phrases):
        return True
    return bool(groups) and all(any(item in padded for item in group) for group in groups)


class Emergency(NamedTuple):
    """An emergency found in a message: which signal, and whether it is a mental-health crisis."""

    signal: str
    crisis: bool


class EmergencyDetector:
    """Finds signs that someone is in danger now, using the bank's safety rules."""

    def __init__(self, rules: EmergencyRules):
        self.rules = rules
        self._signals = [
            (signal, tuple(_phrase_key(p) for p in signal.phrases), _groups_key(signal.all_of))
            for signal in rules.signals
        ]

    def _is_general_question(self, typed: list[str]) -> bool:
        """A question about the condition itself ("can FOP affect breathing?"), not about someone now."""
        rules = self.rules
        return (
            bool(typed)
            and typed[0] in rules.question_openers
            and any(word in rules.condition_words for word in typed)
            and not any(word in rules.personal_words for word in typed)
        )


    def detect(self, text: str) -> Emergency | None:
        """The first emergency signal in a message, or None."""
        typed = words(text)
        if not typed:
            return None
        padded = " " + " ".join(typed) + " "
        general = self._is_general_question(typed)
        for signal, phrases, groups in self._signals:
            if signal.may_be_informational and general:
                continue
            if _rule_fires(phrases, groups, padded):
                return Emergency(signal.name, signal.crisis)
        return None

    def reply_text(self, emergency: Emergency, number: str | None = None) -> str:
        """What to say: call the emergency number now (and a crisis line for self-harm)."""
        template = self.rules.crisis_reply if emergency.crisis else self.rules.reply
        return template.replace("{number}", number or self.rules.number)


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
