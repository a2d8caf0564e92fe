"""Every tuning question whose reading a sounded-out spelling changes, and its reply with and without it
(round 27, clinicrecall29; see `chatbot.understanding.sound_alike`).

    python tools/sound_alike_changes.py [--only TEXT] [--skip TEXT]

Each case of every tuning set (`tools/measure.py`'s groups: the HO sets on the packaged bank, triage sets, the clinic
banks' files; each turn of a conversation asked in one session) and each CLINC150 line is asked once with the
spy on; only the cases in which a typo was read as a bank word by its sound are asked again with that reading off.
A case whose reply changes is printed with its expected outcomes, so right, wrong and false alarms can be counted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import CLINC, _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding.language import Analyzer  # noqa: E402

ORIGINAL = Analyzer._bank_words_sounding_alike
FIRED: list[tuple[str, list[str]]] = []


def _spy(self, word):
    found = ORIGINAL(self, word)
    if found:
        FIRED.append((word, found))
    return found


def _ask(bot: Bot, turns: list[str]) -> list[tuple]:
    session = bot.session()
    return [(reply.kind, reply.id) for reply in map(session.ask, turns)]


def _check(bot: Bot, label: str, turns: list[str], expect) -> int:
    FIRED.clear()
    Analyzer._bank_words_sounding_alike = _spy
    after = _ask(bot, turns)
    if not FIRED:
        return 0
    fired = sorted({f"{word}->{found[0]}" for word, found in FIRED})
    Analyzer._bank_words_sounding_alike = lambda self, word: []
    before = _ask(bot, turns)
    Analyzer._bank_words_sounding_alike = _spy
    mark = "CHANGED" if before != after else "same"
    print(f"{mark:7} {label:28} {fired} {before[-1]} -> {after[-1]} expect {expect}: {turns[-1][:110]}", flush=True)
    return int(before != after)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only")
    parser.add_argument("--skip")
    args = parser.parse_args(argv)
    bots: dict = {}
    changed = 0
    for group, label, bank, path in _sets():
        if group != "tuning" or (args.only and args.only not in label) or (args.skip and args.skip in label):
            continue
        bot = bots.setdefault(bank, Bot.load(bank) if bank else Bot.load())
        cases, conversations = load_cases(path)
        for case in cases:
            changed += _check(bot, label, [case.question], list(case.expect) + [case.tier or ""])
        for turns in conversations:
            changed += _check(bot, label, [t.question for t in turns], list(turns[-1].expect))
    if CLINC.is_file() and not args.only:
        bot = bots.setdefault(None, Bot.load())
        for line in filter(str.strip, CLINC.read_text(encoding="utf-8").splitlines()):
            changed += _check(bot, "clinc150", [line], ["off-topic"])
            changed += _check(bot, "clinc150 after an answer", ["What is HO?", line], ["off-topic"])
    print(f"{changed} replies changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
