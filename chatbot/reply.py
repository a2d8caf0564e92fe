"""A reply of the bot, as a plain value every front end can show."""


from typing import Any, NamedTuple

KINDS = ("answer", "clarify", "fallback", "emergency", "urgent", "smalltalk")


class Suggestion(NamedTuple):
    """A question the person can ask next: a follow-up, or one option of a clarification."""

    id: str
    question: str


class Reply(NamedTuple):
    """What the bot says to one message.

    `kind` is one of KINDS; `id` and `question` name the bank entry answered
    (None when no entry is); `score` is how sure the match was (0-100, None
    when no matching was done); `suggestions` are numbered follow-ups or
    options; `source` says where the facts come from.
    """

    kind: str
    text: str
    id: str | None = None
    question: str | None = None
    score: float | None = None
    suggestions: tuple[Suggestion, ...] = ()
    source: str | None = None
    # How an answer was reached: "direct", "follow-up" (with the last topic), "default subject" (the
    # bank's main topic stood in for "it"), "story" (a question found in a longer message), or "circumstance"
    # (a clinic's occasion read as context: "... after the op?"), or "joint" (a joint named read as a joint in general:
    # "can't bend my elbow", see `understanding.joint_reading`). Kept out of the JSON protocol; the evaluation
    # reports each path on its own.
    via: str = "direct"

    def to_dict(self) -> dict[str, Any]:
        """The reply as the JSON object of `ask --json` and `serve --stdio`."""
        return {
            "kind": self.kind,
            "id": self.id,
            "question": self.question,
            "answer": self.text,
            "score": self.score,
            "suggestions": [{"id": s.id, "question": s.question} for s in self.suggestions],
            "source": self.source,
        }
