"""Show a reply as plain text: for `chatbot ask`, piped input, and the chat's layout."""

from __future__ import annotations

import os
import sys
import textwrap
import unicodedata

from chatbot.bank.model import Bank
from chatbot.bank.topics import TOPICS_SHOWN, cut_note, topics_listing
from chatbot.lazy_pattern import lazy_compile
from chatbot.reply import Reply
from chatbot.understanding.text import strip_unsafe

DEFAULT_WIDTH = 80
MAX_WIDTH = 100


def terminal_width() -> int:
    """Columns to wrap to: COLUMNS, else the terminal's width, else 80; at most 100 for easy reading."""
    try:
        columns = int(os.environ.get("COLUMNS", "0")) or os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (ValueError, OSError, AttributeError):
        columns = DEFAULT_WIDTH
    return min(columns - 1, MAX_WIDTH)


def suggestions_heading(reply: Reply, bank: Bank) -> str:
    """The line above a reply's numbered suggestions."""
    if reply.kind == "answer":
        return bank.messages["follow_ups"]
    if reply.kind == "clarify":
        return ""  # the clarify text itself asks "Did you mean:"
    return bank.messages["examples"] if reply.kind in ("fallback", "smalltalk") else ""


def safety_note(bank: Bank, emergency_number: str | None = None) -> str:
    """The "not a doctor" note of the welcome, with the emergency number this install tells people to call.

    The general layer's note names `{emergency_number}`, filled when the bank loads; an older bank's own
    note may still name `{number}`.
    """
    return bank.screens["safety_note"].replace("{number}", emergency_number or bank.emergency_number)


# "topics" on a 14,000-entry bank would print 14,000 lines: past this many, the list stops and says how
# to narrow it ("topics knee").
def topics_text(bank: Bank, width: int, words: str = "") -> list[tuple[str, str]]:
    """The questions the bank answers, grouped, as styled fragments: all of them, or those with `words`.

    A long list stops after TOPICS_SHOWN questions with a line on how to list fewer.
    """
    heading, groups = topics_listing(bank, words)
    if not groups:
        return [("", wrap(heading, width))]
    fragments = [("class:heading", wrap(heading, width))]
    shown = 0
    total = sum(len(ids) for _, ids in groups)
    for name, ids in groups:
        if shown >= TOPICS_SHOWN:
            break
        fragments += [("", "\n\n"), ("class:heading", name)]
        for entry_id in ids[: TOPICS_SHOWN - shown]:
            fragments += [("", "\n"), ("", wrap(bank.by_id[entry_id].question, width, indent="  - "))]
            shown += 1
    more = cut_note(bank, shown, total)
    if more:
        fragments += [("", "\n\n"), ("class:source", wrap(more, width))]
    return fragments


def wrap(text: str, width: int, indent: str = "") -> str:
    """Wrap text to a width (never narrower than 20 columns), keeping paragraph breaks.

    Lines break between words; only a word longer than the whole line is cut. A line that goes on is
    indented under the words it continues: under an item's text after its bullet (`indent`, "  - "), and
    under the second column of a two-column line ("  topics    list every ..."), so it never reads as a
    new item or a command of its own (the help's "that word)" stood at the margin at 80 columns).
    """
    width = max(width, 20)
    paragraphs = [strip_unsafe(paragraph) for paragraph in text.split("\n")]
    return "\n".join(
        textwrap.fill(p, width=width, initial_indent=indent, subsequent_indent=_hanging(p, indent, width))
        if p.strip()
        else ""
        for p in paragraphs
    )


# A paragraph's own leading spaces, and its first column when two or more spaces set it apart.
_FIRST_COLUMN = lazy_compile(r"\s*(?:\S+ {2,}(?=\S))?")


def _hanging(paragraph: str, indent: str, width: int) -> str:
    """The indent of a paragraph's continued lines: blank under its bullet or first column."""
    hanging = " " * len(indent + _FIRST_COLUMN.match(paragraph).group())
    return hanging if len(hanging) <= width // 2 else " " * len(indent)


def reply_fragments(
    reply: Reply, bank: Bank, width: int = DEFAULT_WIDTH, with_suggestions: bool = True
) -> list[tuple[str, str]]:
    """A reply as (style class, text) pieces: the text, the source line, then numbered suggestions.

    Front ends colour the pieces by class ("answer", "emergency", "urgent", "source",
    "heading", "suggestion"); joined, they are the plain text.
    """
    text_style = f"class:{reply.kind}" if reply.kind in ("emergency", "urgent") else "class:answer"
    fragments = [(text_style, wrap(reply.text, width))]
    if reply.source:
        fragments += [("", "\n\n"), ("class:source", wrap(f"{bank.messages['source_prefix']} {reply.source}", width))]
    if reply.suggestions and with_suggestions:
        fragments.append(("", "\n"))
        heading = suggestions_heading(reply, bank)
        if heading:
            fragments += [("", "\n"), ("class:heading", heading)]
        for number, suggestion in enumerate(reply.suggestions, start=1):
            fragments += [("", "\n"), ("class:suggestion", numbered(number, suggestion.question, width))]
    return fragments


def render_plain(reply: Reply, bank: Bank, width: int = DEFAULT_WIDTH) -> str:
    """A reply as plain text: the text, the source line, then numbered suggestions, a blank line between."""
    return "".join(text for _, text in reply_fragments(reply, bank, width))


def typed_number(text: str) -> int | None:
    """The number a line typed to pick a shown question gives ("2", "2.", "2)"), or None.

    Read after NFKC as the engine reads it ("２" and "²" are 2). `str.isdigit` alone let "²" through to
    `int`, which raised: the chat ended with a traceback and the kiosk lost the person's screen.
    """
    number = unicodedata.normalize("NFKC", text).strip().rstrip(".)")
    return int(number) if number.isdecimal() else None


def numbered(number: int, question: str, width: int) -> str:
    """One numbered suggestion, wrapped under its own text."""
    return textwrap.fill(f"{number}) {strip_unsafe(question)}", width=max(width, 20), subsequent_indent="   ")
