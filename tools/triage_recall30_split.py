"""Round 32 (triagerecall30): every tuning triage set split by position in its file, and the question sets' alarms.

    python tools/triage_recall30_split.py dump OUT.json                 # every tuning triage case's tier, per set
    python tools/triage_recall30_split.py questions OUT.json            # every tuning question case's tier, per set
    python tools/triage_recall30_split.py compare BEFORE.json AFTER.json [--show-a] [--misses]

The brief's split, fixed before any miss was read: half `a` (misses read, rules chosen on it) is the cases at even
positions of each file (0, 2, 4, ... in the file's order), half `b` (only measured, printed as totals) the odd ones.
Figures are the whole bot through `evaluate` (as `tools/measure.py --tuning`), each clinic set with its own bank.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402
from triage_split import _counts  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate  # noqa: E402


def _tuning(triage: bool):
    bots: dict = {}
    for group, label, bank, path in _sets():
        if group != "tuning" or ("triage" in label) != triage:
            continue
        if bank not in bots:
            bots[bank] = Bot.load(bank) if bank else Bot.load()
        yield label, bots[bank], path


def dump(out: str, triage: bool) -> None:
    result = {}
    for label, bot, path in _tuning(triage):
        report = evaluate(bot, path)
        outcomes = report.triage if triage else report.outcomes
        result[label] = [[o.case.question, o.case.tier or "routine", o.tier, o.entry_id] for o in outcomes]
        print(label, len(result[label]), flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def _halves(data: dict) -> dict:
    halves = {"a": {}, "b": {}}
    for label, rows in data.items():
        halves["a"][label] = rows[0::2]
        halves["b"][label] = rows[1::2]
    return halves


def _over(rows) -> int:
    return sum(1 for r in rows if r[1] == "urgent" and r[2] == "emergency")


def compare(before: str, after: str, show_a: bool, misses: bool) -> None:
    b, a = _halves(json.loads(Path(before).read_text())), _halves(json.loads(Path(after).read_text()))
    for name in ("a", "b"):
        all_b, all_a = [], []
        for label in sorted(a[name]):
            rows_a = a[name][label]
            rows_b = b[name].get(label, rows_a)
            all_b += rows_b
            all_a += rows_a
            if name != "a":
                continue  # half b is only ever printed as totals
            cb, ca = _counts(rows_b), _counts(rows_a)
            if cb != ca:
                print(f"a {label:26} {cb} -> {ca}")
            for rb, ra in zip(rows_b, rows_a, strict=True):
                if show_a and rb[2] != ra[2]:
                    print(f"    changed {rb[1]:9} {rb[2]} -> {ra[2]}: {ra[0][:170]}")
                over_triaged = ra[1] == "urgent" and ra[2] == "emergency"  # the 999 side, not a miss here
                if misses and ra[1] != "routine" and ra[2] != ra[1] and not over_triaged:
                    print(f"    miss {label[:16]:16} {ra[1]:9} -> {ra[2]:9}: {ra[0]}")
        print(f"{name} TOTAL {_counts(all_b)} over {_over(all_b)} -> {_counts(all_a)} over {_over(all_a)}")


if __name__ == "__main__":
    if sys.argv[1] in ("dump", "questions"):
        dump(sys.argv[2], sys.argv[1] == "dump")
    else:
        compare(sys.argv[2], sys.argv[3], "--show-a" in sys.argv, "--misses" in sys.argv)
