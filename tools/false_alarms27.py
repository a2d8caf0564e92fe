"""Over-triage beside false alarms, per half (round 29 falsealarm27), on `tools/false_alarms26.py` dumps.

    python tools/false_alarms27.py compare BEFORE.json AFTER.json   # per half: false E / false U / over-triage
    python tools/false_alarms27.py over DUMP.json --half dev       # every urgent case given the emergency reply

The halves are round 28's (`false_alarms26.half_of`), chosen on as they stand: half `dev` (the even-numbered triage
files, triage-dev24 among them, the clinic banks n-z and the even HO parts), half `check` (the rest, measured only).
Over-triage: an urgent case (its `tier:` urgent) given the emergency reply, which sends it to the emergency number.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from false_alarms25 import _given, _wanted, counts  # noqa: E402
from false_alarms26 import half_of  # noqa: E402


def _over(rows) -> int:
    return sum(1 for row in rows if _wanted(row[1]) == "urgent" and _given(row[2]) == "emergency")


def compare(before: str, after: str) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    for half in ("dev", "check"):
        rows_b = [row for label in sorted(a) if half_of(label) == half for row in b.get(label, [])]
        rows_a = [row for label in sorted(a) if half_of(label) == half for row in a[label]]
        print(f"{half:5} before {counts(rows_b)} over-triage {_over(rows_b)}")
        print(f"{half:5} after  {counts(rows_a)} over-triage {_over(rows_a)}")


def list_over(dump: str, half: str) -> None:
    data = json.loads(Path(dump).read_text())
    for label in sorted(data):
        if half_of(label) == half:
            for row in data[label]:
                if _wanted(row[1]) == "urgent" and _given(row[2]) == "emergency":
                    print(f"{label:24} {row[0][:160]}")


if __name__ == "__main__":
    if sys.argv[1] == "over":
        list_over(sys.argv[2], sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else "dev")
    else:
        compare(sys.argv[2], sys.argv[3])
