"""False alarms and false answers on every tuning set, per case, split in two halves (round 28 falsealarm26).

    python tools/false_alarms26.py dump OUT.json              # every tuning case's reply kind, entry and path
    python tools/false_alarms26.py list DUMP.json --half dev  # false E / false U / off-topic answers, one a line
    python tools/false_alarms26.py compare BEFORE.json AFTER.json [--show-dev]
    python tools/false_alarms26.py down BEFORE.json AFTER.json   # every E or U case whose tier fell

The halves are round 27's (tools/false_alarms25.py) turned round, so that the half read this round is the one
round 27 only measured: half `dev` (chosen on) is the even-numbered `triage-dev*` and `triage-part*` files, the
clinic banks n-z and the even HO question parts; half `check` (measured only) is the odd-numbered triage files
(`triage-dev` counts as 1), the clinic banks a-m, the odd HO parts (`ho-questions` counts as 1) and the other files
of tests/data (eval, tuning2, heel-eval, the conversation files).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from false_alarms25 import ALARMS, _given, _wanted, counts, moved_down  # noqa: E402
from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate, load_cases  # noqa: E402
from chatbot.understanding.text import clean_message  # noqa: E402


def half_of(label: str) -> str:
    if label.endswith((" questions", " triage")):
        return "dev" if label[0] >= "n" else "check"
    if label.startswith(("triage-", "ho-questions")):
        number = re.search(r"(\d+)$", label)
        return "check" if (int(number.group(1)) if number else 1) % 2 else "dev"
    return "check"


def _tuning_sets(only: str | None):
    """(label, bot, path) for every tuning set whose label holds `only` (all when None), one bot a bank."""
    bots: dict = {}
    for group, label, bank, path in _sets():
        if group != "tuning" or (only and only not in label):
            continue
        if bank not in bots:
            bots[bank] = Bot.load(bank) if bank else Bot.load()
        yield label, bots[bank], path


def dump(out: str, only: str | None) -> None:
    result = {}
    for label, bot, path in _tuning_sets(only):
        report = evaluate(bot, path)
        result[label] = [
            [o.case.question, o.case.tier or "|".join(o.case.expect), o.kind, o.entry_id, o.via]
            for o in report.outcomes
        ]
        print(label, len(result[label]), flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def tiers(out: str, only: str | None) -> None:
    """Triage alone, on every tuning case in `evaluate`'s order: [question, wanted, tier, rule] (a quick first look;
    the whole bot's `dump` decides)."""
    result = {}
    for label, bot, path in _tuning_sets(only):
        cases, conversations = load_cases(path)
        rows = []
        for case in (*cases, *(turn for turns in conversations for turn in turns)):
            assessment = bot.triage.assess(clean_message(case.question)[0])
            rows.append([case.question, case.tier or "|".join(case.expect), assessment.tier, assessment.rule])
        result[label] = rows
    Path(out).write_text(json.dumps(result, indent=0))


def _off_topic_answer(row) -> bool:
    return row[1] == "fallback" and row[2] == "answer"


def list_alarms(dump_path: str, half: str | None) -> None:
    data = json.loads(Path(dump_path).read_text())
    for label in sorted(data):
        if half and half_of(label) != half:
            continue
        for row in data[label]:
            question, expected, kind = row[:3]
            if _wanted(expected) == "routine" and kind in ALARMS:
                rule = f"[{row[3]}] " if len(row) == 4 else ""
                print(f"{half_of(label):5} {label:28} {kind:9} {rule}{question}")
            elif len(row) == 5 and _off_topic_answer(row):
                print(f"{half_of(label):5} {label:28} answer:{row[3]} ({row[4]}) {question}")


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
                if _given(rb[2]) != _given(ra[2]) or _off_topic_answer(rb) != _off_topic_answer(ra):
                    print(f"      changed {_wanted(rb[1]):9} {rb[2]} -> {ra[2]}: {ra[0][:150]}")
    for half, (rows_b, rows_a) in halves.items():
        off_b = sum(map(_off_topic_answer, rows_b))
        off_a = sum(map(_off_topic_answer, rows_a))
        print(f"{half:5} TOTAL {counts(rows_b)} off-topic {off_b} -> {counts(rows_a)} off-topic {off_a}")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "dump":
        dump(sys.argv[2], sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None)
    elif command == "tiers":
        tiers(sys.argv[2], sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None)
    elif command == "list":
        list_alarms(sys.argv[2], sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None)
    elif command == "down":
        moved_down(sys.argv[2], sys.argv[3])
    else:
        compare(sys.argv[2], sys.argv[3], "--show-dev" in sys.argv)
