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
# A label, its mark (a question mark or a colon), and its answer up to the next stop, comma or end.
_PAIR = re.compile(r"(?P<label>[^.?!:;,\n]+?)\s*[?:]+\s*(?P<answer>[^.?!:;,\n]*?)\s*(?=[.!;,\n]|$)")


def read_checklist_denials(text: str) -> str:
    """The text with each label answered by a bare denial read as its denial ("calf pain? no." -> "no calf pain.").
    Text with no question mark or colon comes back as it is."""
    if "?" not in text and ":" not in text:
        return text
    return _PAIR.sub(_as_denial, text)


def _as_denial(match: re.Match) -> str:
    label, answer = match.group("label").strip(), match.group("answer")
    if _answer_words(answer) not in _DENIALS:
        return match.group(0)
    words = label.lower().replace("'", "").split()
    if not words or len(words) > LABEL_MOST or words[0] in _ASKS:
        return match.group(0)
    lead = match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip())]
    return f"{lead}no {label}"


def _answer_words(answer: str) -> str:
    return " ".join(re.sub(r"[^a-z ]", " ", answer.lower()).split())
