"""Two questions asked together, each clear alone: the first asked is answered, the other offered.

"How is it diagnosed and does it show up on xray", "how bad can it get? and can it come back after surgery":
read whole, the words of both questions add up, and the entry of the later one can lead by a few points, so the
reply answered the question asked second and offered the first. When each question, read alone, is answered
clearly by an entry of its own and the whole message's leader is the later question's own entry, the message is
two questions side by side, not one question the two parts make together: the person asked the first one first.
Only questions asked as two: the first ends with a question mark, or "and" or "also" joins the second to it. A comma
alone often joins a question to what makes it precise ("how do they find it, is it an xray or some other scan") or a
case set up to a question ("what if i need another operation, can they stop it happening again"), one question.
"What is grade 3 and is it serious?" is untouched (its whole reading already answers the first), and so is "is there
a genetic kind of it and how rare is it" (the second part alone is no clear answer: it asks of the first part's
thing, and the whole message answers what the two say together).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chatbot.reply import Reply
from chatbot.understanding.message import Message, split_message
from chatbot.understanding.text import words

if TYPE_CHECKING:  # types only: no import at run time, so no import circle
    from chatbot.session import Session

ReadAlone = Callable[["Session", str], Reply]
# Words that add a second question to a first: "... and does it show up on xray", "... and also can it come back".
JOINING_WORDS = frozenset(("and", "also"))


def asked_as_two(text: str, first: str, second: str) -> bool:
    """True if a message asks `second` as a question of its own after `first`: a question mark ends the first, or
    "and" or "also" stands between them (at the first's end, between the two, or opening the second)."""
    start = text.find(first)
    after = text.find(second, start + len(first)) if start >= 0 else -1
    if after < 0:
        return False
    between = text[start + len(first) : after]
    if "?" in first or "?" in between:
        return True
    first_words, second_words = words(first), words(second)
    edge = (first_words[-1:], words(between), second_words[:1])
    return any(word in JOINING_WORDS for part in edge for word in part)


def first_asked_reply(
    session: Session, message: Message, text: str, leader_id: str, read_alone: ReadAlone
) -> Reply | None:
    """The first question's own answer when the whole message's leader (`leader_id`) answers only a later question.

    Only a message of questions and no story: a story's words may be what a question asks about. `read_alone`
    reads one question as if it were the whole message and leaves the conversation as it was. None leaves the
    whole message's answer as it is.
    """
    if message.story or len(message.questions) < 2:
        return None
    first, *later = message.questions
    if not asked_as_two(text, first, later[0]):
        return None
    if any(split_message(question) != Message((question,), ()) for question in message.questions):
        return None  # a part that is itself more than one question: the split is not the person's own
    own = read_alone(session, first)
    if own.kind != "answer" or own.id == leader_id:
        return None
    # The leader must be a later question's own clear answer, not an entry only the words of both reach.
    for question in later:
        if (found := read_alone(session, question)).kind == "answer" and found.id == leader_id:
            return own
    return None
