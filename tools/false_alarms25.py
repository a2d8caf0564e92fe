"""False emergencies and false urgents on every tuning set, per case, split in two halves (round 27 falsealarm25).

    python tools/false_alarms25.py dump OUT.json             # every tuning case's reply kind, per set
    python tools/false_alarms25.py list DUMP.json [--half dev|check]   # the false alarms, one a line
    python tools/false_alarms25.py compare BEFORE.json AFTER.json [--show-dev]

A false alarm: a routine triage case, or a question whose answer or fallback is expected, that got the emergency or
urgent reply. Half `dev` (chosen on): odd-numbered `triage-dev*` and `triage-part*` files (`triage-dev` counts as
1) and the clinic banks a-m (their question and triage files). Half `check` (only measured until the end): the
even-numbered triage files, the clinic banks n-z, and every HO question set. `compare` prints the check half only as
totals.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate  # noqa: E402

ALARMS = ("emergency", "urgent")


def half_of(label: str) -> str:
    if label.endswith((" questions", " triage")):
        return "dev" if label[0] <= "m" else "check"
    if label.startswith("triage-"):
        number = re.search(r"(\d+)$", label)
        return "dev" if (int(number.group(1)) if number else 1) % 2 else "check"
    return "check"


def dump(out: str) -> None:
    bots: dict = {}
    result = {}
    for group, label, bank, path in _sets():
        if group != "tuning":
            continue
        if bank not in bots:
            bots[bank] = Bot.load(bank) if bank else Bot.load()
        report = evaluate(bots[bank], path)
        result[label] = [
            [o.case.question, o.case.tier or "|".join(o.case.expect), o.kind] for o in report.outcomes
        ]
        print(label, len(result[label]), flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def _wanted(expected: str) -> str:
    """The tier a case wants: its `tier:`, or emergency/urgent when the question's expect names it, else routine."""
    if expected in ("emergency", "urgent", "routine"):
        return expected
    kinds = expected.split("|")
    return "emergency" if "emergency" in kinds else "urgent" if "urgent" in kinds else "routine"


def _given(kind: str) -> str:
    return kind if kind in ALARMS else "routine"


def counts(rows) -> dict:
    want = [(_wanted(r[1]), _given(r[2])) for r in rows]
    e = [g for w, g in want if w == "emergency"]
    u = [g for w, g in want if w == "urgent"]
    r_ = [g for w, g in want if w == "routine"]
    return {
        "E": f"{e.count('emergency')}/{len(e)}",
        "U": f"{u.count('urgent')}/{len(u)}",
        "U->R": u.count("routine"),
        "falseE": r_.count("emergency"),
        "falseU": r_.count("urgent"),
        "routine": len(r_),
        "falseU%": round(100 * r_.count("urgent") / len(r_), 2) if r_ else 0,
    }


def list_alarms(dump_path: str, half: str | None) -> None:
    data = json.loads(Path(dump_path).read_text())
    for label in sorted(data):
        if half and half_of(label) != half:
            continue
        for question, expected, kind in data[label]:
            if _wanted(expected) == "routine" and kind in ALARMS:
                print(f"{half_of(label):5} {label:28} {kind:9} {question}")


def compare(before: str, after: str, show_dev: bool) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    halves: dict = {"dev": ([], []), "check": ([], [])}
    for label in sorted(a):
        half = half_of(label)
        rows_b, rows_a = b.get(label, []), a[label]
        halves[half][0].extend(rows_b)
        halves[half][1].extend(rows_a)
        cb, ca = counts(rows_b), counts(rows_a)
        if cb != ca and (show_dev or half == "dev"):
            print(f"{half:5} {label:28} {cb} -> {ca}")
        if show_dev and half == "dev":
            for rb, ra in zip(rows_b, rows_a, strict=True):
                if _given(rb[2]) != _given(ra[2]):
                    print(f"      changed {_wanted(rb[1]):9} {_given(rb[2])} -> {_given(ra[2])}: {ra[0][:150]}")
    for half, (rows_b, rows_a) in halves.items():
        print(f"{half:5} TOTAL {counts(rows_b)} -> {counts(rows_a)}")


def moved_down(before: str, after: str) -> None:
    """Every emergency or urgent case, either half, whose tier fell: printed without its text for the check half."""
    order = {"routine": 0, "urgent": 1, "emergency": 2}
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    for label in sorted(a):
        for rb, ra in zip(b.get(label, []), a[label], strict=True):
            want = _wanted(rb[1])
            if want != "routine" and order[_given(ra[2])] < order[_given(rb[2])]:
                text = ra[0][:120] if half_of(label) == "dev" else "(check half)"
                print(f"DOWN {label:28} {want:9} {_given(rb[2])} -> {_given(ra[2])}: {text}")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "dump":
        dump(sys.argv[2])
    elif command == "list":
        list_alarms(sys.argv[2], sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None)
    elif command == "down":
        moved_down(sys.argv[2], sys.argv[3])
    else:
        compare(sys.argv[2], sys.argv[3], "--show-dev" in sys.argv)
