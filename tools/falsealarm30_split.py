"""Over-triage and false alarms per half, the halves by position in each file (round 32 falsealarm30).

    python tools/false_alarms26.py dump OUT.json                    # every tuning case's reply (the whole bot)
    python tools/falsealarm30_split.py compare BEFORE.json AFTER.json  # per half: E/U recall, false E/U, over-triage
    python tools/falsealarm30_split.py list DUMP.json                # half a only: over-triage, false E, false U
    python tools/falsealarm30_split.py emergencies BEFORE.json AFTER.json  # every emergency case, both halves

Half `a` (chosen on, its cases read) is every case at an even position (0, 2, 4 ...) of its file in `evaluate`'s
order; half `b` (measured only, its texts never printed) is every case at an odd position. Over-triage: an urgent
case (`tier: urgent`) given the emergency reply.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from false_alarms25 import _given, _wanted, counts  # noqa: E402


def _rows(data: dict, half: str):
    parity = 0 if half == "a" else 1
    for label in sorted(data):
        for position, row in enumerate(data[label]):
            if position % 2 == parity:
                yield label, row


def _over(rows) -> int:
    return sum(1 for row in rows if _wanted(row[1]) == "urgent" and _given(row[2]) == "emergency")


def compare(before: str, after: str) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    for half in ("a", "b"):
        for name, data in (("before", b), ("after ", a)):
            rows = [row for _, row in _rows(data, half)]
            print(f"{half} {name} {counts(rows)} over-triage {_over(rows)}")


def list_half_a(dump: str) -> None:
    data = json.loads(Path(dump).read_text())
    for label, row in _rows(data, "a"):
        wanted, given = _wanted(row[1]), _given(row[2])
        if given == "emergency" and wanted != "emergency":
            print(f"{'falseE' if wanted == 'routine' else 'over':6} {label:26} {row[0][:200]}")
        elif given == "urgent" and wanted == "routine":
            print(f"{'falseU':6} {label:26} {row[0][:200]}")


def emergencies(before: str, after: str) -> None:
    """Every emergency case of both halves: how many escalate before and after; any that fell is named (half b by
    its file only)."""
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    for half in ("a", "b"):
        cases = was = now = 0
        for (label, rb), (_, ra) in zip(_rows(b, half), _rows(a, half), strict=True):
            if _wanted(rb[1]) != "emergency":
                continue
            cases += 1
            was += _given(rb[2]) == "emergency"
            now += _given(ra[2]) == "emergency"
            if _given(rb[2]) == "emergency" and _given(ra[2]) != "emergency":
                print(f"LOST {half} {label:26} -> {_given(ra[2])}: {ra[0][:150] if half == 'a' else '(half b)'}")
        print(f"{half} emergencies escalated: before {was}/{cases}, after {now}/{cases}")


def changed(before: str, after: str) -> None:
    """Every case of half a whose tier changed; half b as counts per file only."""
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    for half in ("a", "b"):
        for (label, rb), (_, ra) in zip(_rows(b, half), _rows(a, half), strict=True):
            if _given(rb[2]) != _given(ra[2]):
                text = ra[0][:150] if half == "a" else "(half b)"
                print(f"{half} {label:26} {_wanted(rb[1]):9} {_given(rb[2])} -> {_given(ra[2])}: {text}")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "list":
        list_half_a(sys.argv[2])
    elif command == "emergencies":
        emergencies(sys.argv[2], sys.argv[3])
    elif command == "changed":
        changed(sys.argv[2], sys.argv[3])
    else:
        compare(sys.argv[2], sys.argv[3])
