"""Numbers as people type them, rewritten into the one form the triage table matches.

A temperature comes in many shapes: "38.5", "38,5" (a decimal comma), "39°C",
"101.3F", "39 degrees", "thirty nine", "thirty eight point five". The table's
special words (<temperature>, <normal temperature>, <number 39-43>) see one
word each, so before a message is split into words:

- number words that make one number are joined into digits ("thirty nine" ->
  39, "a hundred and two" -> 102, "thirty eight point five" -> 38.5);
- a number that is surely a temperature, because it has a decimal part, a
  degree sign or word, or a C or F after it, becomes its whole degrees with
  the scale ("38.5" -> "38c", "101.3F" -> "101f", "39 degrees" -> "39c"), so
  "38.5" is no longer read as the two numbers 38 and 5;
- any other reading of one digit with a decimal point ("INR 2.6", "sugar 3.9")
  becomes its whole part ("2", "3"), so that "2.6" is not read as the two
  numbers 2 and 6 (an INR of 6). Whole numbers keep every line the table draws
  at a whole number ("over 5" holds for 5.2, not for 4.9).

Whether a bare number ("39") is a temperature or an age or a count depends on
the words around it; that is the table's `numbers` section, read in triage.py.
"""

from __future__ import annotations

import re

from chatbot.lazy_pattern import lazy_compile

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_DIGIT_WORDS = {**_UNITS, "zero": 0, "nought": 0}

_TENS_UNITS = lazy_compile(rf"\b({'|'.join(_TENS)})[\s-]+({'|'.join(_UNITS)})\b", re.IGNORECASE)
_HUNDRED = lazy_compile(
    rf"\b(?:a|one)\s+hundred(?:\s+and)?\s+({'|'.join(_UNITS)}|\d)\b", re.IGNORECASE
)  # "a hundred and two" (°F)
_POINT = lazy_compile(rf"\b(\d{{2,3}})\s+point\s+({'|'.join(_DIGIT_WORDS)}|\d)\b", re.IGNORECASE)

# A number that can only be a temperature: a decimal part, a degree sign or word, or a scale letter.
_SURE_TEMPERATURE = lazy_compile(
    r"(?<![\d.,])(\d{2,3})"
    r"(?:(?P<decimal>[.,]\d{1,2})(?![\d]))?"
    r"(?P<degree>\s*[°º]|\s+degrees?\b|\s*degs?\b)?"
    r"(?:\s*(?P<scale>[cCfF])(?![a-zA-Z]))?"
)


# One digit with a decimal part, no temperature: "INR 2.6" (not a time such as "10.30", nor part of "1.2.3").
_SMALL_DECIMAL = lazy_compile(r"(?<![\d.,:])(\d)\.(\d{1,2})(?![\d.,:]?\d)")


# Round 25 (readings): a blood ketone reading, in mmol/L with a decimal ("ketones 1.8", "ketone level is 2.4", "ketones
# on the meter say 1.7 mmol"). Its lines are not whole numbers (Diabetes UK, ketones and diabetes: 1.6 to 2.9 means a
# risk of DKA, contact the diabetes team; 3 or more, go to A&E), so the whole part would read 1.8 as 1: a reading from
# 1.6 up to 3 is told as "raised" (the table's `ketones-raised-reading` rule), one of 3 or more keeps its whole part
# (the DKA rule's number), one under 1.6 is left as it is.
_KETONE_READING = lazy_compile(
    r"\b(ketones?(?:\s+(?:levels?|readings?|reading|are|is|were|was|now|still|showing|shows|show|says?|reads?|read|"
    r"came\s+up|come\s+up|up\s+to|on\s+(?:the|my|his|her)\s+(?:meter|strip|monitor|machine|stick)|of|at|about|around)){0,4}\s+)"
    r"(\d)[.,](\d)\d?(?![\d.,]?\d)",
    re.IGNORECASE,
)
# Round 25 (readings): a temperature told as a range ("between 37 and 37.5", "38 to 39", "37-37.4") is read as its
# higher end, so the range as a whole is a fever or not: "between 37 and 37.5" is no fever (the two numbers were read
# apart, and the bare 37 left the fever word undenied); "between 38 and 39" still is one. Both ends must be body
# temperatures of one scale.
_RANGE = lazy_compile(
    r"\b(?:between\s+)?(\d{2,3}(?:[.,]\d{1,2})?)(\s*(?:°\s*)?[cCfF])?\s*(?:-|–|to|and)\s*(\d{2,3}(?:[.,]\d{1,2})?)"
    r"(?![\d.,]?\d)"
)


def _range(match: re.Match) -> str:
    low, high = (float(match.group(n).replace(",", ".")) for n in (1, 3))
    if match.group(0)[:7].lower() != "between" and " and " in match.group(0):
        return match.group(0)  # "and" joins a range only after "between": "38 and shivering" is no range
    for scale in (CELSIUS, FAHRENHEIT):
        if int(low) in scale and int(high) in scale and low <= high:
            return match.group(3)
    return match.group(0)


KETONES_RAISED = (16, 30)  # tenths of mmol/L: from 1.6 up to (not with) 3.0


def _ketones(match: re.Match) -> str:
    tenths = int(match.group(2)) * 10 + int(match.group(3))
    if KETONES_RAISED[0] <= tenths < KETONES_RAISED[1]:
        return f"{match.group(1)}raised"
    return match.group(0)


def _key(word: str) -> str:
    """A number word as the tables spell it. IGNORECASE also lets look-alikes match ("thırty" with a dotless i,
    "ſix" with a long s, a Kelvin sign for k), which `lower()` leaves as they are; `casefold()` maps the rest."""
    return word.casefold().replace("ı", "i")


_DIGIT = re.compile(r"\d")  # one regex pass: a long pasted text costs no Python loop over its characters
CELSIUS = range(34, 45)  # whole degrees a body temperature can have, in °C
FAHRENHEIT = range(93, 110)  # and in °F
# The fever line in °F (NHS, high temperature: 38 °C, 100.4 °F), as whole degrees and hundredths: whole degrees
# are kept, so a reading between 100.4 and 101 would fall below the table's first fever degree, 101 (round 15).
FEVER_LINE_F = (100, 40)


def _temperature(match: re.Match) -> str:
    whole = int(match.group(1))
    decimal, degree, scale = match.group("decimal"), match.group("degree"), match.group("scale")
    if not (decimal or degree or scale):
        return match.group(0)
    if scale:
        scale = scale.lower()
    elif whole in CELSIUS:
        scale = "c"
    elif whole in FAHRENHEIT:
        scale = "f"
    if scale == "f" and whole == FEVER_LINE_F[0] and decimal and int(decimal[1:].ljust(2, "0")) >= FEVER_LINE_F[1]:
        whole += 1  # "100.9F" is over the fever line (38 °C, 100.4 °F): read as the first whole degree over it
    if scale == "c" and whole in CELSIUS or scale == "f" and whole in FAHRENHEIT:
        # Keep what followed the number apart from it: "39.5 and shivering" stays two words.
        return f"{whole}{scale}"
    return match.group(0)


def read_numbers(text: str) -> str:
    """The text with number words joined into digits and sure temperatures as "38c" or "101f"."""
    lowered = text.lower()
    tens = any(word in lowered for word in _TENS)
    if not _DIGIT.search(text) and text.isascii():
        if not tens and "hundred" not in lowered:
            return text  # the common case: nothing to read
    # In plain ASCII a pattern can only match where its words are ("she is 74" has no "hundred"): each pass over
    # the text is skipped where its word is missing. (Other text is read by every pattern: a case-blind match
    # also takes a few letters of other scripts, "ı" for "i", that a lower-case copy does not.)
    plain = text.isascii()
    if tens or not plain:
        text = _TENS_UNITS.sub(lambda m: str(_TENS[_key(m.group(1))] + _UNITS[_key(m.group(2))]), text)
    if "hundred" in lowered or not plain:
        text = _HUNDRED.sub(lambda m: str(100 + int(_UNITS.get(_key(m.group(1)), m.group(1)))), text)
    if "point" in lowered or not plain:
        text = _POINT.sub(lambda m: f"{m.group(1)}.{_DIGIT_WORDS.get(_key(m.group(2)), m.group(2))}", text)
    if _DIGIT.search(text):
        if "keton" in lowered:
            text = _KETONE_READING.sub(_ketones, text)
        text = _RANGE.sub(_range, text)
        text = _SURE_TEMPERATURE.sub(_temperature, text)
        if "." in text:
            text = _SMALL_DECIMAL.sub(r"\1", text)
    return text
