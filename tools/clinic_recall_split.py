"""Right and wrong answers on the clinic banks' question files, per half of the banks (round 26, clinicrecall28).

    python tools/clinic_recall_split.py dump OUT.json [--half odd|even]   # every clinic question's outcome
    python tools/clinic_recall_split.py compare BEFORE.json AFTER.json [--show odd|even]

The halves are `tools/clinic_questions_split.py`'s: the tuning banks' question sets in name order, the 1st, 3rd, ...
in `odd`, the others in `even`. A row is the question, its expected outcomes, the reply's kind, entry and path; an
in-scope case is one expecting an entry. Right: it got one of them; wrong: it got another entry. Only tuning sets are
read (`tools/measure.py`'s groups), each question as the evaluation asks it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from clinic_questions_split import _clinic_question_sets, half_of  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate  # noqa: E402

NOT_ENTRIES = ("fallback", "clarify", "smalltalk", "emergency", "urgent", "routine")


def dump(out: str, half: str | None) -> None:
    sets = _clinic_question_sets()
    labels = [label for label, _, _ in sets]
    result = {}
    for label, bank, path in sets:
        if half and half_of(label, labels) != half:
            continue
        report = evaluate(Bot.load(bank), path)
        result[label] = [
            [o.case.question, list(o.case.expect), o.kind, o.entry_id, o.via]
            for o in report.outcomes
            if o.case.tier is None
        ]
        print(label, flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def grade(row) -> str:
    _question, expect, kind, entry, _via = row
    if not any(e not in NOT_ENTRIES for e in expect):
        return "off-topic answer" if kind == "answer" else "off-topic kept"
    if kind != "answer":
        return "miss"
    return "right" if entry in expect else "wrong"


def _counts(rows) -> dict:
    found: dict[str, int] = {}
    for row in rows:
        found[grade(row)] = found.get(grade(row), 0) + 1
    return {k: found.get(k, 0) for k in ("right", "wrong", "miss", "off-topic answer")}


def compare(before: str, after: str, show: str | None) -> None:
    b, a = json.loads(Path(before).read_text()), json.loads(Path(after).read_text())
    labels = [label for label, _, _ in _clinic_question_sets()]
    totals = {"odd": ([], []), "even": ([], [])}
    for label in sorted(set(a) & set(b)):
        half = half_of(label, labels)
        totals[half][0].extend(b[label])
        totals[half][1].extend(a[label])
        if _counts(b[label]) != _counts(a[label]):
            print(f"{half:4} {label:24} {_counts(b[label])} -> {_counts(a[label])}")
        if show == half:
            for rb, ra in zip(b[label], a[label], strict=True):
                if grade(rb) != grade(ra) or rb[3] != ra[3]:
                    print(f"      {grade(rb)} -> {grade(ra)} ({rb[3]} -> {ra[3]}): {ra[0][:140]}")
    for half, (rows_b, rows_a) in totals.items():
        if rows_a:
            print(f"{half} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


if __name__ == "__main__":
    flag = sys.argv.index("--half") + 1 if "--half" in sys.argv else None
    shown = sys.argv.index("--show") + 1 if "--show" in sys.argv else None
    if sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[flag] if flag else None)
    else:
        compare(sys.argv[2], sys.argv[3], sys.argv[shown] if shown else None)
