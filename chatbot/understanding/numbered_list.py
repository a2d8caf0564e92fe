"""A message that numbers its questions ("1) what causes it 2) how is it treated") read as one question a line.

The numbers only count the questions: "2." read as a word would be "grade 2" in a bank that counts by grades, and
"1) what causes it" opened with a number the bank does not know. Each list number becomes a line break, so the
questions are split as any lines are, and the numbers are not read.

A number is a list number only as part of a count from 1 in order: "1." or "1)" at the start of the message, of a
line or after a sentence's end, then "2", "3" ... where a line or sentence ends or a question word follows. "My hip
was grade 1. Now it is grade 2." counts nothing: its "1." follows a word.
"""

from chatbot.lazy_pattern import lazy_compile

# "1)", "1.", "(1)" before a space or the end: a number of one digit, as lists of a few questions are numbered.
_LIST_NUMBER = lazy_compile(r"(?<![\w(])(\(?)([1-9])([.)])(?=\s|$)")
_SENTENCE_ENDS = ":?.!;"
# Words a numbered question opens with, after a number that does not follow a sentence's end ("... HO 2. How is it
# treated").
_QUESTION_OPENERS = frozenset(
    "what whats how why when where which who can could is are does do did will would should".split()
)
# The word after a list number (compiled on first use: most messages number nothing; speed28).
_NEXT_WORD = lazy_compile(r"\s*([A-Za-z']+)")


def with_list_numbers_ended(text: str) -> str:
    """The text with each number of a numbered list of questions made a line break; the same text object when it
    numbers nothing."""
    if "1" not in text:
        return text
    places: list[tuple[int, int]] = []
    expected = 1
    for found in _LIST_NUMBER.finditer(text):
        opening, number, mark = found.groups()
        if int(number) != expected or (opening and mark != ")"):
            continue
        before = text[: found.start()]
        kept = before.rstrip()
        at_a_break = not kept or "\n" in before[len(kept) :] or kept[-1] in _SENTENCE_ENDS
        follows = _NEXT_WORD.match(text, found.end())
        asks = follows is not None and follows.group(1).lower().replace("'", "") in _QUESTION_OPENERS
        if not (at_a_break or (expected > 1 and asks)):
            continue
        if expected == 1 and before.strip() and not asks:
            continue  # "I had two ops. 1. was ..." : a lone count after a story opens no question
        places.append((found.start(), found.end()))
        expected += 1
    if not places:
        return text
    pieces, last = [], 0
    for start, end in places:
        pieces += [text[last:start], "\n"]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
