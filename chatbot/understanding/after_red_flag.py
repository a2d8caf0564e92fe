"""What to do about a red flag just told: "should we go to A&E?" right after an urgent reply.

Triage reads each message alone, and "should we go to A&E?", "what do we do?" or "can it wait till Monday?" hold no
red flag of their own: the bank has no answer for them, so right after "this needs to be checked today" the person
was told "Sorry, my information does not cover that", or that the bot gives no personal advice. What they ask is
what the urgent or emergency reply already says, so the session gives it again (see `conversation.turn.respond`): only
as the
next message, since a request some messages later ("can you book a table for tonight?") is about something else.

The words that ask it are general vocabulary (`after_a_red_flag`), read as phrases of whole words, in a short message
only: a long one tells something new, and triage reads that on its own.
"""

from __future__ import annotations

from chatbot.understanding.language import general_vocabulary
from chatbot.understanding.text import words

# A message longer than this tells more than a question about what to do.
MAX_WORDS = 15

# The phrases by their first word: a message's words are looked up, not every phrase tried at every place.
_phrases: dict[str, list[tuple[str, ...]]] | None = None


def asks_what_to_do(text: str) -> bool:
    """True if a short message asks what to do, where to go or whether it can wait ("should I call 999?")."""
    global _phrases
    if _phrases is None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in general_vocabulary().get("after_a_red_flag", ()):
            folded = tuple(words(phrase))
            if folded:
                by_first.setdefault(folded[0], []).append(folded)
        _phrases = by_first
    typed = words(text)
    if not typed or len(typed) > MAX_WORDS:
        return False
    return any(
        tuple(typed[start : start + len(phrase)]) == phrase
        for start, word in enumerate(typed)
        for phrase in _phrases.get(word, ())
    )
