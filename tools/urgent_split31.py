"""Urgent cases scored routine and routine cases raised, per half by a hash of the question (round 31 urgent29).

    python tools/false_alarms26.py dump OUT.json --only triage     # every tuning triage case (the whole bot)
    python tools/urgent_split31.py misses DUMP.json                # the dev half's urgent misses and false alarms
    python tools/urgent_split31.py compare BEFORE.json AFTER.json  # per half: counts, and each dev case that moved

The halves are round 30's (`false_alarms28.half_of`: the first byte of the text's md5, even is `dev`, chosen on and
read; odd is `check`, measured only, its texts never printed), so a class chosen on dev is checked on cases it never
saw. Emergencies that fell are counted by `false_alarms28.py emergencies`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from false_alarms25 import _given, _wanted, counts  # noqa: E402
from false_alarms28 import half_of  # noqa: E402


def _rows(data: dict, half: str) -> list:
    return [(label, row) for label in sorted(data) for row in data[label] if half_of(row[0]) == half]


def misses(dump: str) -> None:
    """The dev half only: urgent given routine or 999, and routine given an alarm."""
    for label, row in _rows(json.loads(Path(dump).read_text()), "dev"):
        wanted, given = _wanted(row[1]), _given(row[2])
        if wanted == "urgent" and given != "urgent":
            print(f"U->{given[0].upper()} {label:24} {row[0][:200]}")
        elif wanted == "routine" and given != "routine":
            print(f"R->{given[0].upper()} {label:24} {row[0][:200]}")


def compare(before: str, after: str) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    for half in ("dev", "check"):
        rows_b = [row for _, row in _rows(b, half)]
        rows_a = [row for _, row in _rows(a, half)]
        over_b = sum(1 for row in rows_b if _wanted(row[1]) == "urgent" and _given(row[2]) == "emergency")
        over_a = sum(1 for row in rows_a if _wanted(row[1]) == "urgent" and _given(row[2]) == "emergency")
        print(f"{half:5} before {counts(rows_b)} over-triage {over_b}")
        print(f"{half:5} after  {counts(rows_a)} over-triage {over_a}")
        moved = 0
        for rb, ra in zip(rows_b, rows_a, strict=True):
            if _given(rb[2]) != _given(ra[2]):
                moved += 1
                text = ra[0][:150] if half == "dev" else "(check half)"
                print(f"      {_wanted(rb[1]):9} {_given(rb[2])} -> {_given(ra[2])}: {text}")
        print(f"{half:5} cases moved: {moved}")


if __name__ == "__main__":
    if sys.argv[1] == "misses":
        misses(sys.argv[2])
    else:
        compare(sys.argv[2], sys.argv[3])
