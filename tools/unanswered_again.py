"""Ask again only the clinic cases the bot left unanswered, to see what a looser gate changes, per half of the banks.

    python tools/wrong_answers.py before.jsonl --all           # every case, recorded once
    python tools/unanswered_again.py before.jsonl              # the unanswered ones asked again, changes by half
    python tools/unanswered_again.py before.jsonl --banks gout uti

A gate that only opens where the fallback or a choice would be given (`conversation.matching.match_readings`' last
leads) can
change nothing else, so the misses (`miss`) and the off-topic cases kept out (`kept`) are all a change needs to ask
again; each is asked in a fresh session after the turns that came before it, as `tools/wrong_answers.py` asks. The
halves are the banks by name, A-M and N-Z (docs/how-it-decides.md, round 19, clinicrecall21).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import wrong_answers  # noqa: E402

from chatbot.bot import Bot  # noqa: E402


def half(name: str) -> str:
    return "A-M" if name[0] <= "m" else "N-Z"


def again(path: Path, names: list[str] | None, show: bool) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    folders = {name: folder for name, (folder, _) in wrong_answers.banks().items()}
    bots: dict[str, Bot] = {}
    gained = {"A-M": {"right": 0, "wrong": 0, "offtopic": 0}, "N-Z": {"right": 0, "wrong": 0, "offtopic": 0}}
    for row in rows:
        if row["label"] not in ("miss", "kept") or (names and row["bank"] not in names):
            continue
        bot = bots.get(row["bank"]) or bots.setdefault(row["bank"], Bot.load(folders[row["bank"]]))
        session = bot.session()
        for before in row["before"]:
            session.ask(before)
        reply = session.ask(row["question"])
        if reply.kind != "answer":
            continue
        label = "offtopic" if row["label"] == "kept" else ("right" if reply.id in row["expect"] else "wrong")
        gained[half(row["bank"])][label] += 1
        if show:
            print(f"{label:8} {row['bank']:12} {reply.id:28} {reply.via:16} {row['question'][:110]}", flush=True)
    return gained


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--banks", nargs="*")
    parser.add_argument("--quiet", action="store_true", help="only the counts, not each newly answered case")
    args = parser.parse_args(argv)
    print(json.dumps(again(args.rows, args.banks, not args.quiet)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
