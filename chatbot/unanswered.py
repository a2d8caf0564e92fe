"""The optional log of questions the bot could not answer, for the people who curate the bank.

Off by default. When on, each line is the date (no time) and the question
with digits, e-mail addresses and phone numbers masked, so the bank can grow
where patients need it without keeping who asked or when exactly.
"""

from __future__ import annotations

import datetime
import os
import re

from chatbot.text import clean_question

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_DIGIT = re.compile(r"\d")


def mask(text: str) -> str:
    """The text with e-mail addresses, phone-like numbers and every other digit masked."""
    text = _EMAIL.sub("[email]", text)
    text = _PHONE.sub("[phone]", text)
    return _DIGIT.sub("#", text)


class UnansweredLog:
    """Appends masked questions that fell back to a file, one per line: `YYYY-MM-DD<TAB>question`."""

    def __init__(self, path: str | os.PathLike, today=datetime.date.today):
        self.path = os.fspath(path)
        self._today = today

    def record(self, question: str) -> None:
        """Add one question. A failure to write is never the patient's problem: it is ignored."""
        clean, _ = clean_question(question)
        if not clean:
            return
        line = f"{self._today().isoformat()}\t{mask(clean)}\n"
        try:
            # Opened per line, owner-only, so no handle stays open and nobody else can read it.
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
                handle.write(line)
        except OSError:
            pass
