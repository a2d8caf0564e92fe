"""The clinic triage tuning sets, split by bank name for a transfer check (round 27 clinic red flags).

    python tools/clinic_triage_split.py dump OUT.json            # every clinic triage case: tier wanted, given, rule
    python tools/clinic_triage_split.py compare BEFORE.json AFTER.json [--show a-m|n-z]
    python tools/clinic_triage_split.py misses OUT.json a-m      # one half's misses and false alarms, by set
    python tools/clinic_triage_split.py misses OUT.json odd --by odd

Half `a-m` holds the clinic triage sets (tuning and retired) whose bank name starts a to m; half `n-z` the rest.
With `--by odd` (round 28) the halves are `odd` and `even`: the sets' bank names in alphabetical order, the 1st,
3rd, 5th ... in `odd`, the others in `even` (a split that mixes retired and tuning banks on both sides).
A half not chosen on is only ever printed as totals (and per-set figures) by `compare`, never case by case, until
the last measurement is made. Only tuning sets are read (`tools/measure.py`'s groups).
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


def _clinic_triage_sets():
    return [(label, bank, path) for group, label, bank, path in _sets()
            if group == "tuning" and bank is not None and label.endswith(" triage")]


BY_ODD = "--by" in sys.argv and sys.argv[sys.argv.index("--by") + 1] == "odd"


def half_of(label: str, labels: list[str] | None = None) -> str:
    if BY_ODD:
        ordered = sorted(labels or [])
        return "odd" if ordered.index(label) % 2 == 0 else "even"
    return "a-m" if label[0] <= "m" else "n-z"


def _halves() -> tuple[str, str]:
    return ("odd", "even") if BY_ODD else ("a-m", "n-z")


def dump(out: str) -> None:
    result = {}
    for label, bank, path in _clinic_triage_sets():
        bot = Bot.load(bank)
        report = evaluate(bot, path)
        result[label] = [[o.case.question, o.case.tier, o.tier, bot.triage.assess(o.case.question).rule]
                         for o in report.triage]
        print(label, len(result[label]), flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def _counts(rows):
    e = [r for r in rows if r[1] == "emergency"]
    u = [r for r in rows if r[1] == "urgent"]
    r_ = [r for r in rows if r[1] == "routine"]
    return {
        "E": f"{sum(x[2] == 'emergency' for x in e)}/{len(e)}",
        "U": f"{sum(x[2] == 'urgent' for x in u)}/{len(u)}",
        "U->R": sum(x[2] == "routine" for x in u),
        "U->E": sum(x[2] == "emergency" for x in u),
        "falseE": sum(x[2] == "emergency" for x in r_),
        "falseU": sum(x[2] == "urgent" for x in r_),
        "routine": len(r_),
    }


def compare(before: str, after: str, show: str | None) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    halves = {name: ([], []) for name in _halves()}
    for label in sorted(a):
        half = half_of(label, list(a))
        rows_b, rows_a = b.get(label, []), a[label]
        halves[half][0].extend(rows_b)
        halves[half][1].extend(rows_a)
        cb, ca = _counts(rows_b), _counts(rows_a)
        if cb != ca:
            print(f"{half} {label:22} {cb} -> {ca}")
        if show == half:
            for rb, ra in zip(rows_b, rows_a, strict=True):
                if rb[2] != ra[2]:
                    print(f"      changed {rb[1]:9} {rb[2]} -> {ra[2]} [{ra[3]}]: {ra[0][:160]}")
    for half, (rows_b, rows_a) in halves.items():
        print(f"{half} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


def misses(path: str, half: str) -> None:
    data = json.loads(Path(path).read_text())
    for label in sorted(data):
        if half_of(label, list(data)) != half:
            continue
        for q, want, given, rule in data[label]:
            if want != given:
                print(f"{label:20} {want:9} -> {given:9} [{rule}] {q}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif sys.argv[1] == "misses":
        misses(sys.argv[2], sys.argv[3])
    else:
        compare(sys.argv[2], sys.argv[3], sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None)
