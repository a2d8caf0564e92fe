"""Signs gone through as a checklist and answered "no": "shortness of breath? no. chest pain? no." (round 27 recall).

A patient who has been told the warning signs often goes through them as questions to themselves, each answered
at once: "fever? no", "calf pain: none". The triage table's negation words deny a sign they stand before or just
after, but here the "no" is a sentence of its own after a question mark, so the sign was read as told now (999 for
"shortness of breath? no. chest pain? no." on main). Such a pair is read as the denial it is ("no shortness of
breath."), before the words are read, so every reader of denials sees it.

Only a short label (at most `LABEL_MOST` words) that does not open as a question of its own ("is it chest pain?
no, it's my ribs" is an answer to a real question, left as typed), answered by nothing but a denial ("no", "nope",
"none", "not at all", ...). "Chest pain? yes", "chest pain? no idea what it is" and "chest pain? not sure" keep the
sign. Knows no rule and no tier: only words and punctuation.
"""

from __future__ import annotations

import re

from chatbot.lazy_pattern import lazy_compile

# A label of the checklist: this many words at most ("shortness of breath", "pain in the back of my calf").
LABEL_MOST = 6
# Answers that deny the label before them, whole (the answer is all there is up to the next stop or comma).
_DENIALS = frozenset(("no", "nope", "none", "nil", "nah", "negative", "not at all", "none at all", "no none",
                      "no not at all", "no none at all", "not once", "never", "no never", "nothing"))  # fmt: skip
# Words that open a question of its own: its "no" answers that question, not a label.
_ASKS = frozenset(("is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will",
                   "shall", "may", "might", "has", "have", "had", "what", "whats", "why", "how", "when", "where",
                   "who", "which", "isnt", "arent", "dont", "doesnt", "cant", "wont", "shouldnt", "if", "or", "and",
                   "so", "but", "something", "ok", "okay"))  # fmt: skip
# Where an answer may start: a mark, then a denial word (a quick look before the text is taken apart).
_MAYBE = re.compile(r"[?:]\s*(?:no|nope|none|nil|nah|negative|not at all|not once|never|nothing)\b", re.IGNORECASE)
# The text taken apart at its stops, commas and marks, each kept: label, mark, answer, stop, ... (Compiled on first
# use: only a text `_MAYBE` finds is taken apart.)
_PIECES = lazy_compile(r"([.?!:;,\n])")


def read_checklist_denials(text: str) -> str:
    """The text with each label answered by a bare denial read as its denial ("calf pain? no." -> "no calf pain.").
    Text with no mark followed by a denial word comes back as it is (one quick search)."""
    if ("?" not in text and ":" not in text) or not _MAYBE.search(text):
        return text
    pieces = _PIECES.split(text)
    # pieces alternate: text, mark, text, mark, ...; a label is the text before a "?" or ":", its answer the text after
    for at in range(1, len(pieces) - 1, 2):
        if pieces[at] not in "?:" or _answer_words(pieces[at + 1]) not in _DENIALS:
            continue
        label = pieces[at - 1]
        words = label.lower().replace("'", "").split()
        if not words or len(words) > LABEL_MOST or words[0] in _ASKS:
            continue
        lead = label[: len(label) - len(label.lstrip())]
        pieces[at - 1], pieces[at], pieces[at + 1] = f"{lead}no {label.strip()}", "", ""
    return "".join(pieces)


def _answer_words(answer: str) -> str:
    return " ".join(re.sub(r"[^a-z ]", " ", answer.lower()).split())
