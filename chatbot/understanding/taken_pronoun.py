"""A pronoun after an act of taking, right after an answer about a medicine, is that medicine.

"Can ibuprofen stop it forming?" ... "ok so can I just start taking them myself?": alone, "them" names nothing, so the
message asked no personal advice and got "my information does not cover that", as if it were off the bank. After an
answer whose own question names a treatment (`Advice.treatments_named`), the pronoun right after an act of taking is
that treatment (`ask_first.with_taken_as_medicine` reads it as "medicine"), and the message is what it asks: a request
to start, stop or take it, refused as personal advice, with the bank's entry on asking first where one answers it
(docs/how-it-decides.md, round 21, horeading23). Only when the message names no treatment of its own and the reading
with the medicine is such a request: "how long do people take them for?" is not rewritten.
"""

from __future__ import annotations

from chatbot.understanding.ask_first import with_taken_as_medicine
from chatbot.understanding.text import words

# "Take it out", "take them off": an operation or a dressing, never a medicine taken.
PARTICLES = frozenset(("out", "off", "away", "apart"))
# ... and "take it in" is to understand it (round 22).
UNDERSTOOD = frozenset(("in",))


def takes_a_pronoun(said: tuple[str, ...] | list[str]) -> bool:
    """True if a pronoun stands right after an act of taking ("how long do I take them for", "can I start it
    myself") and no particle turns the act into another ("take it out", "take it in"): what is taken is a thing,
    a medicine, never the condition, so the pronoun must not be read as the bank's main topic (round 22)."""
    read = with_taken_as_medicine(" ".join(said)).split()
    turned = PARTICLES | UNDERSTOOD
    return any(
        now != was and turned.isdisjoint(said[index + 1 : index + 2])
        for index, (was, now) in enumerate(zip(said, read, strict=True))
    )


def taken_as_last_medicine(advice, text: str, last_question: str | None) -> str | None:
    """The message with the pronoun taken read as the medicine of the last answer, when that reading asks personal
    advice and the message as typed does not; else None. `advice`: the bot's personal-advice rules; `last_question`:
    the own question of the entry answered last (None in a fresh session)."""
    if not last_question:
        return None
    # The cheap tests first (every message after an answer comes here; few take a pronoun): each test only says
    # no, so their order changes no reading.
    said = words(text)
    if not PARTICLES.isdisjoint(said):
        return None
    read = with_taken_as_medicine(text)
    if read == " ".join(said):
        return None  # no pronoun after an act of taking
    if not advice.treatments_named(last_question) or advice.treatments_named(text):
        return None
    if advice.asks_for_advice(text) or not advice.asks_for_advice(read):
        return None
    return read
