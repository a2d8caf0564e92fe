"""In-scope clinic questions refused as personal advice, and personal requests that must stay refused, split by the
case's line in its file (half a: even line numbers, chosen on; half b: odd, checked on). Round 29, clinicadvice31.

    python tools/clinic_advice_split31.py record OUT.jsonl [--only TEXT]   # every advice-read case and its reply
    python tools/clinic_advice_split31.py compare BEFORE.jsonl AFTER.jsonl [--show a|b]

Sets: the tuning clinic question sets (`tools/measure.py`'s groups, retired held-apart banks included) and the
retired advice-part1.yaml on the packaged bank. Only cases some advice rule reads (the whole message or one of its
sentences) are asked: the refusal is given to no other message, so no other reply can change with the advice path.
Held-apart files are never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")


def _advice_sets():
    for group, label, bank, path in _sets():
        if group != "tuning":
            continue
        if (bank is not None and label.endswith(" questions")) or label == "advice-part1":
            yield label, bank, path


def _case_lines(path: Path) -> list[int]:
    """The line (from 1) each item of the file's `cases` starts on."""
    node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    for key, value in node.value:
        if key.value == "cases":
            return [item.start_mark.line + 1 for item in value.value]
    return []


def record(out_path: str, only: str | None) -> None:
    with open(out_path, "w", encoding="utf-8") as out:
        for label, bank, path in _advice_sets():
            if only and only not in label:
                continue
            bot = Bot.load(bank) if bank is not None else Bot.load()
            note = bot.bank.messages["personal_advice"].strip()
            cases, _ = load_cases(path)
            lines = _case_lines(path)
            asked = 0
            for case, line in zip(cases, lines, strict=True):
                if case.tier is not None:
                    continue
                text = case.question
                read = bot.advice.asks_for_advice(text) or any(
                    bot.advice.asks_for_advice(s) for s in _SENTENCES.findall(text)
                )
                if not read:
                    continue
                asked += 1
                reply = bot.session().ask(text)
                row = {
                    "set": label, "line": line, "half": "a" if line % 2 == 0 else "b", "q": text,
                    "expect": list(case.expect), "tags": list(case.tags), "kind": reply.kind, "id": reply.id,
                    "score": reply.score, "note": note in (reply.text or ""), "via": reply.via,
                    "in_scope": case.expects_entry,
                    "request": not case.expects_entry and "fallback" in case.expect,
                }
                out.write(json.dumps(row) + "\n")
            print(f"{label:28} asked {asked}", flush=True)


def _rows(path: str) -> dict:
    rows = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[(row["set"], row["line"])] = row
    return rows


def outcome(row: dict) -> str:
    if row["in_scope"]:
        if row["kind"] == "answer":
            return "right" if row["id"] in row["expect"] else "wrong"
        return "refused" if row["note"] else "missed"
    if row["kind"] == "answer":
        return "request answered" if row["request"] else "off-topic answered"
    return "kept"


def compare(before: str, after: str, show: str | None) -> None:
    old, new = _rows(before), _rows(after)
    for half in ("a", "b"):
        keys = sorted(k for k in new if new[k]["half"] == half)
        counts: dict[str, list[int]] = {}
        for key in keys:
            for side, rows in ((0, old), (1, new)):
                if key in rows:
                    counts.setdefault(outcome(rows[key]), [0, 0])[side] += 1
        shown = "  ".join(f"{name} {a}->{b}" for name, (a, b) in sorted(counts.items()))
        print(f"half {half} ({len(keys)} cases): {shown}")
        for key in keys:
            if key in old and outcome(old[key]) != outcome(new[key]) and show == half:
                row = new[key]
                print(f"  {outcome(old[key]):18} -> {outcome(row):18} {row['set']}:{row['line']} {row['q']!r}"
                      f" -> {row['id']} (want {row['expect']})")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("record", "compare"))
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--only")
    parser.add_argument("--show", choices=("a", "b"))
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.paths[0], args.only)
    else:
        compare(args.paths[0], args.paths[1], args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
