"""Show a reply as plain text: for `chatbot ask`, piped input, and the chat's layout."""

from __future__ import annotations

import textwrap

from chatbot.bank import Bank
from chatbot.reply import Reply
from chatbot.text import strip_unsafe

DEFAULT_WIDTH = 80


def suggestions_heading(reply: Reply, bank: Bank) -> str:
    """The line above a reply's numbered suggestions."""
    if reply.kind == "answer":
        return bank.messages["follow_ups"]
    if reply.kind == "clarify":
        return ""  # the clarify text itself asks "Did you mean:"
    return bank.messages["examples"] if reply.kind in ("fallback", "smalltalk") else ""


def wrap(text: str, width: int, indent: str = "") -> str:
    """Wrap text to a width (never narrower than 20 columns), keeping paragraph breaks."""
    width = max(width, 20)
    paragraphs = [strip_unsafe(paragraph) for paragraph in text.split("\n")]
    return "\n".join(
        textwrap.fill(p, width=width, initial_indent=indent, subsequent_indent=indent) if p.strip() else ""
        for p in paragraphs
    )


def render_plain(reply: Reply, bank: Bank, width: int = DEFAULT_WIDTH) -> str:
    """A reply as plain text: the text, the source line, then numbered suggestions, a blank line between."""
    blocks = [wrap(reply.text, width)]
    if reply.source:
        blocks.append(wrap(f"{bank.messages['source_prefix']} {reply.source}", width))
    if reply.suggestions:
        heading = suggestions_heading(reply, bank)
        lines = [heading] if heading else []
        for number, suggestion in enumerate(reply.suggestions, start=1):
            lines.append(numbered(number, suggestion.question, width))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def numbered(number: int, question: str, width: int) -> str:
    """One numbered suggestion, wrapped under its own text."""
    return textwrap.fill(f"{number}) {strip_unsafe(question)}", width=max(width, 20), subsequent_indent="   ")
