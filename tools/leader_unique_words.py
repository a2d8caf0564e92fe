"""Tabulate a clinic's unanswered leaders by two kinds of evidence, per half of the clinic tuning banks (round 25,
clinicrecall27; docs/how-it-decides.md).

    python tools/wrong_answers.py out.jsonl --all
    python tools/leader_unique_words.py out.jsonl

Each fresh question that got no answer (an in-scope miss or an off-topic question kept out, triage replies left out)
is placed by where the leader of the message read whole stands (a near tie under 7 points ahead, or 7+ ahead under 40,
40-60 or 60+ points) and by two features: whether the leader's questions say a word of the message that no other
entry's questions say, and whether that word names a thing (not an aspect, a framing word or an everyday word), and
whether the leader leaves a word of the message that another entry of the bank uses. Counted: right leaders (R),
wrong leaders of in-scope questions (W) and leaders of off-topic questions (OFF). Halves: the banks in name order,
odd places (acne, anaemia, apnoea, ...) and even places (afib, ankle, asthma, ...).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import wrong_answers  # noqa: E402  (a sibling script: the clinic banks we may tune on)

from chatbot.bot import Bot  # noqa: E402


def _band(ranking) -> str:
    top = ranking[0]
    ahead = top.score - (ranking[1].score if len(ranking) > 1 else 0.0)
    if ahead < 7:
        return "near tie"
    return "under 40" if top.score < 40 else ("40-60" if top.score < 60 else "60+")


def _features(bot: Bot, tokens, top) -> tuple[str, str]:
    matcher, analyzer = bot.matcher, bot.analyzer
    subject = set(bot.default_subject or ())
    unique = [t for t in tokens if matcher.overlap(top.entry, frozenset((t,))) and matcher.question_count(t) == 1]
    things = [t for t in unique if not (analyzer.is_aspect(t) or t in analyzer.framing or analyzer.is_everyday(t))]
    own = "own thing" if things else ("own aspect" if unique else "no own word")
    left = [t for t in tokens if not matcher.says(top.entry, frozenset((t,))) and matcher.knows(t) and t not in subject]
    return own, ("bank word left" if left else "no bank word left")


def tabulate(path: Path) -> dict:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    folders = wrong_answers.banks()
    # The halves from every bank the tool may read, so a file of a few banks splits as the whole run does.
    half = {name: ("odd" if place % 2 == 0 else "even") for place, name in enumerate(sorted(folders))}
    names = sorted({row["bank"] for row in rows})
    table: dict = collections.defaultdict(collections.Counter)
    for name in names:
        bot = Bot.load(folders[name][0])
        for row in rows:
            if row["bank"] != name or row["before"] or row["label"] not in ("miss", "kept"):
                continue
            if row["kind"] in ("emergency", "urgent"):
                continue
            analysis = bot.analyzer.analyze(row["question"])
            ranking = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=2)
            if not ranking:
                continue
            label = "OFF" if row["label"] == "kept" else ("R" if ranking[0].entry.id in row["expect"] else "W")
            key = (_band(ranking), *_features(bot, tuple(dict.fromkeys(analysis.tokens)), ranking[0]))
            table[key][(half[name], label)] += 1
    return table


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="the output of tools/wrong_answers.py --all")
    args = parser.parse_args(argv)
    table = tabulate(args.rows)
    print("band | own word | left | odd R/W/OFF | even R/W/OFF")
    for key in sorted(table):
        counts = table[key]
        cells = ["/".join(str(counts[(half, label)]) for label in ("R", "W", "OFF")) for half in ("odd", "even")]
        print(" | ".join((*key, *cells)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
