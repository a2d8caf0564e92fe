"""Emoji typed between the letters of a word or in place of one, read for the safety checks only.

"k🔪i🔪l🔪l myself" and "c😭a😭n😭t b😭r😭e😭a😭t😭h😭e" hide the words from every reading (folded, each emoji is a
space, and the letters are left one by one); "I want to 🔫 myself" and "I can't 🫁" say the act or the body part with
a picture. Two readings, each only of a text holding an emoji: the text with every emoji taken out (the letters
between them join), and the text with the few pictures that stand for an act or a body part of the red-flag table
written as that word. They can only add an escalation (triage reads them beside the message; the higher tier wins).
"""

from __future__ import annotations

import unicodedata

from chatbot.lazy_pattern import lazy_compile

# Pictures that stand for a word of the red-flag table. Kept to pictures with one meaning in a sentence about a
# person ("to 🔫 myself", "I can't 🫁", "coughing up 🩸", "took 30 💊"); a heart or a face has too many.
_PICTURE_WORDS = {
    "🔫": "shoot", "🔪": "stab", "🗡": "stab", "🪢": "hang", "💊": "pills", "🫁": "breathe", "🩸": "blood",
    "💀": "die", "☠": "die", "⚰": "die",
}  # fmt: skip
_AS_WORDS = str.maketrans({picture: f" {word} " for picture, word in _PICTURE_WORDS.items()})
# The -ing form English puts a verb in after a form of "be" ("my baby is not 🫁": "is not breathing") or after a verb
# of going on or stopping ("he stopped 🫁"). "die" is left out: "I'm 💀" is the slang "I'm dead (laughing)", and "is
# dying" would raise an alarm where none is meant.
_ING_FORMS = {"shoot": "shooting", "stab": "stabbing", "hang": "hanging", "breathe": "breathing"}
_AS_ING = {picture: _ING_FORMS[word] for picture, word in _PICTURE_WORDS.items() if word in _ING_FORMS}
_BE_OR_GOING_ON = (
    "am is are was were be been being i'm you're we're they're he's she's it's isn't aren't wasn't weren't "
    "stop stops stopped stopping keep keeps kept start starts started quit"
)
_ING_PICTURE = lazy_compile(
    r"(?i)\b(?:"
    + "|".join(word.replace("'", "['\u2019]?") for word in _BE_OR_GOING_ON.split())
    + r")\s+(?:not\s+)?"
    + f"([{''.join(_AS_ING)}])\ufe0f?"
)
# What an emoji is drawn with besides its picture: the variation selector that asks for the picture, the joiner
# between the parts of one, and the skin tones.
_EMOJI_PARTS = frozenset("\ufe0f\ufe0e\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


def _is_emoji(char: str) -> bool:
    # "So" (other symbol) holds the emoji and pictographs; a letter, a digit or a mark a word is written with never.
    return char in _EMOJI_PARTS or (ord(char) > 0x2000 and unicodedata.category(char) == "So")


def _emoji_in(text: str) -> dict[int, None]:
    """A `str.translate` table removing each different emoji of the text (a page of text has few kinds)."""
    return {ord(char): None for char in set(text) if _is_emoji(char)}


def emoji_removed(text: str) -> str | None:
    """The text with every emoji taken out, so letters set apart by them join ("k🔪i🔪l🔪l" -> "kill"); None if
    it has none."""
    if text.isascii():
        return None
    table = _emoji_in(text)
    return text.translate(table) if table else None


def pictures_as_words(text: str) -> str | None:
    """The text with each picture that stands for a word written as it ("I want to 🔫 myself" -> "I want to shoot
    myself"), in its -ing form where English needs it ("my baby is not 🫁" -> "my baby is not breathing"); None if
    it has none."""
    if text.isascii():
        return None
    read = _ING_PICTURE.sub(lambda found: found.group(0).replace(found.group(1), f" {_AS_ING[found.group(1)]} "), text)
    read = read.translate(_AS_WORDS)
    return read if read != text else None
