"""Make typed text safe to handle and to show, and fold it into words for matching."""

from __future__ import annotations

import re
import unicodedata

# Questions are cut to this many characters: long enough for any real
# question, short enough that a pasted megabyte costs nothing.
MAX_QUESTION_CHARS = 2000

# Terminal escape sequences: CSI (colours, cursor moves), OSC (titles,
# hyperlinks) ended by BEL or ST, and the short two-character forms.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # other escapes, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
)
_WHITESPACE = re.compile(r"\s+")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def _is_unsafe(char: str) -> bool:
    """Control and format characters could move the cursor or flip text direction on a screen."""
    if char in "\t\n\r":
        return False
    category = unicodedata.category(char)
    if category == "Cs":  # lone surrogates, left by undecodable bytes
        return True
    return category in ("Cc", "Cf") and char != "\u200d"  # keep the joiner inside emoji


def strip_unsafe(text: str) -> str:
    """Remove terminal escape sequences and control characters, keeping the visible text."""
    text = _ESCAPES.sub("", text)
    return "".join(" " if char in "\t\n\r" else char for char in text if not _is_unsafe(char))


def clean_question(text: str, limit: int = MAX_QUESTION_CHARS) -> tuple[str, bool]:
    """Make typed text safe: no escapes or control characters, single spaces, at most `limit` characters.

    Returns the clean text and whether it had to be cut.
    """
    if not isinstance(text, str):
        text = str(text)
    # Cut early (with room for escapes that will be removed) so a huge paste costs little.
    rough = text[: limit * 8]
    cleaned = _WHITESPACE.sub(" ", strip_unsafe(rough)).strip()
    truncated = len(cleaned) > limit or (len(text) > len(rough) and len(cleaned) >= limit)
    if len(cleaned) > limit:
        cut = cleaned[:limit]
        # End on a whole word where one is near, so no half word is matched.
        space = cut.rfind(" ")
        cleaned = cut[:space] if space > limit * 0.8 else cut
    return cleaned, truncated


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free text with only letters, digits and single spaces."""
    text = text.casefold()
    if not text.isascii():  # most text is plain ASCII: skip the per-character work then
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    text = _APOSTROPHES.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The words of a text after `fold`."""
    folded = fold(text)
    return folded.split() if folded else []
