"""False emergencies and over-triage per half, the halves by a hash of the question (round 30 falsealarm28).

    python tools/false_alarms26.py dump OUT.json                  # every tuning case's reply (the whole bot)
    python tools/false_alarms28.py compare BEFORE.json AFTER.json  # per half: counts and over-triage
    python tools/false_alarms28.py list DUMP.json --half dev       # false E and over-triage of one half
    python tools/false_alarms28.py emergencies BEFORE.json AFTER.json  # every emergency case, both halves

Rounds 27-29 split by file, turning the halves round each round, so both file halves have been chosen on. This round
splits every tuning case by a hash of its question text instead: half `dev` (chosen on) when the first byte of the
text's md5 is even, half `check` (measured only, its cases never listed) when odd. A case's half does not depend on
its file, so a cause that is a class and not a file's wording shows on both.
Over-triage: an urgent case (`tier: urgent`) given the emergency reply, which sends it to the emergency number.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from false_alarms25 import _given, _wanted, counts  # noqa: E402


def half_of(question: str) -> str:
    return "dev" if hashlib.md5(question.encode("utf-8"), usedforsecurity=False).digest()[0] % 2 == 0 else "check"


def _rows(data: dict, half: str) -> list:
    return [row for label in sorted(data) for row in data[label] if half_of(row[0]) == half]


def _over(rows) -> int:
    return sum(1 for row in rows if _wanted(row[1]) == "urgent" and _given(row[2]) == "emergency")


def compare(before: str, after: str) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    for half in ("dev", "check"):
        for name, data in (("before", b), ("after ", a)):
            rows = _rows(data, half)
            print(f"{half:5} {name} {counts(rows)} over-triage {_over(rows)}")


def list_half(dump: str, half: str) -> None:
    data = json.loads(Path(dump).read_text())
    for label in sorted(data):
        for row in data[label]:
            if half_of(row[0]) != half:
                continue
            wanted, given = _wanted(row[1]), _given(row[2])
            if given == "emergency" and wanted != "emergency":
                print(f"{'falseE' if wanted == 'routine' else 'over':6} {label:26} {row[0][:170]}")


def emergencies(before: str, after: str) -> None:
    """Every emergency case of every tuning set, both halves: how many escalate before and after, and any that
    fell (its text shown for the dev half only)."""
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    totals = {"dev": [0, 0, 0], "check": [0, 0, 0]}
    for label in sorted(a):
        for rb, ra in zip(b[label], a[label], strict=True):
            if _wanted(rb[1]) != "emergency":
                continue
            half = half_of(rb[0])
            totals[half][0] += 1
            totals[half][1] += _given(rb[2]) == "emergency"
            totals[half][2] += _given(ra[2]) == "emergency"
            if _given(rb[2]) == "emergency" and _given(ra[2]) != "emergency":
                text = ra[0][:150] if half == "dev" else "(check half)"
                print(f"LOST {label:26} -> {_given(ra[2])}: {text}")
    for half, (cases, was, now) in totals.items():
        print(f"{half:5} emergencies escalated: before {was}/{cases}, after {now}/{cases}")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "list":
        list_half(sys.argv[2], sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else "dev")
    elif command == "emergencies":
        emergencies(sys.argv[2], sys.argv[3])
    else:
        compare(sys.argv[2], sys.argv[3])
