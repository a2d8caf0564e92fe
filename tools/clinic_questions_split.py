"""False alarms on the clinic banks' question files, split like the clinic triage sets (round 29 clinictriage27).

    python tools/clinic_questions_split.py dump OUT.json                 # every clinic question: expected, reply kind
    python tools/clinic_questions_split.py compare BEFORE.json AFTER.json [--show even|odd]
    python tools/clinic_questions_split.py alarms OUT.json even          # one half's false emergencies and urgents

The halves are `tools/clinic_triage_split.py --by odd`'s: the banks in alphabetical order, the 1st, 3rd, ... in
`odd`, the others in `even`. A false emergency (or urgent) is a reply of that tier to a question whose expected
outcomes do not hold it. Only tuning sets are read (`tools/measure.py`'s groups).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate  # noqa: E402


def _clinic_question_sets():
    return [(label, bank, path) for group, label, bank, path in _sets()
            if group == "tuning" and bank is not None and label.endswith(" questions")]


def half_of(label: str, labels: list[str]) -> str:
    return "odd" if sorted(labels).index(label) % 2 == 0 else "even"


def dump(out: str) -> None:
    result = {}
    for label, bank, path in _clinic_question_sets():
        report = evaluate(Bot.load(bank), path)
        result[label] = [[o.case.question, list(o.case.expect), o.kind] for o in report.outcomes]
        print(label, len(result[label]), flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def _false(rows, tier: str) -> list:
    return [r for r in rows if r[2] == tier and tier not in r[1]]


def _counts(rows) -> dict:
    wanted_e = [r for r in rows if "emergency" in r[1]]
    return {"falseE": len(_false(rows, "emergency")), "falseU": len(_false(rows, "urgent")),
            "E": f"{sum(r[2] == 'emergency' for r in wanted_e)}/{len(wanted_e)}", "cases": len(rows)}


def compare(before: str, after: str, show: str | None) -> None:
    b, a = json.loads(Path(before).read_text()), json.loads(Path(after).read_text())
    halves = {"odd": ([], []), "even": ([], [])}
    for label in sorted(a):
        half = half_of(label, list(a))
        halves[half][0].extend(b.get(label, []))
        halves[half][1].extend(a[label])
        cb, ca = _counts(b.get(label, [])), _counts(a[label])
        if cb != ca:
            print(f"{half} {label:24} {cb} -> {ca}")
        if show == half:
            for rb, ra in zip(b.get(label, []), a[label], strict=True):
                if rb[2] != ra[2] and {rb[2], ra[2]} & {"emergency", "urgent"}:
                    print(f"      changed {rb[2]} -> {ra[2]}: {ra[0][:160]}")
    for half, (rows_b, rows_a) in halves.items():
        print(f"{half} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


def alarms(path: str, half: str) -> None:
    data = json.loads(Path(path).read_text())
    for label in sorted(data):
        if half_of(label, list(data)) != half:
            continue
        for tier in ("emergency", "urgent"):
            for q, expect, _kind in _false(data[label], tier):
                print(f"{label:24} false {tier:9} (wanted {'/'.join(expect)[:30]}): {q}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif sys.argv[1] == "alarms":
        alarms(sys.argv[2], sys.argv[3])
    else:
        compare(sys.argv[2], sys.argv[3], sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None)
