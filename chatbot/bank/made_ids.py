"""Entry ids made from questions, for a sheet with no id column (or a row with an empty id).

"What causes heel pain?" -> `what-causes-heel-pain`. An id depends only on its question (and, for a question
asked twice, on which row comes first), so importing the same sheet again gives the same ids, and a `related`
cell or a clinic's `triage.yaml` that names one keeps working. Ids are kebab-case ASCII, as `chatbot check`
wants them; a question with no Latin letters or digits gets a short hash of itself instead.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Long enough to tell questions apart, short enough to read in a `related` cell.
MAX_ID_WORDS = 10
MAX_ID_CHARS = 60
# An id cut short does not end on one of these ("can-i-wear-my-hearing-aids-in-the").
_DANGLING = frozenset("a an the of in on at to for with and or my your our their his her its is are be".split())


def id_from_question(question: str) -> str:
    """A kebab-case id for one question (not yet made unique)."""
    ascii_text = unicodedata.normalize("NFKD", question).encode("ascii", "ignore").decode("ascii").lower()
    every = re.findall(r"[a-z0-9]+", ascii_text.replace("'", ""))
    kept: list[str] = []
    for word in every[:MAX_ID_WORDS]:
        if len("-".join([*kept, word])) > MAX_ID_CHARS:
            break
        kept.append(word)
    if len(kept) < len(every):
        while len(kept) > 1 and kept[-1] in _DANGLING:
            kept.pop()
    if kept:
        return "-".join(kept)
    return "entry-" + hashlib.sha256(question.strip().encode("utf-8")).hexdigest()[:8]


def unique_ids(wanted: list[str | None], questions: list[str]) -> list[str]:
    """Each row's id: its own where it has one, else one made from its question, never one already taken.

    A made id that clashes gets -2, -3 ... in row order; a row's own id is kept as written (a duplicate one is
    the clinic's mistake, reported by the bank's checks)."""
    taken = {given for given in wanted if given}
    ids = []
    for given, question in zip(wanted, questions, strict=True):
        if given:
            ids.append(given)
            continue
        base = id_from_question(question)
        made, number = base, 2
        while made in taken:
            made, number = f"{base}-{number}", number + 1
        taken.add(made)
        ids.append(made)
    return ids
