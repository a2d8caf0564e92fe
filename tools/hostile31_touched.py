"""Which tuning texts this round's safety readings (hostile31) can read differently: every string of every tuning set
(the sets `tools/measure.py --tuning` reads, never a held-apart one) and each CLINC150 line, read by main's disguise
and picture readings (the module files of MAIN, default /work/main) and by this checkout's, with the backwards reading
new this round; a text whose readings differ is printed with its set, its line and its half (a: even line, b: odd)
and the reply kind this checkout gives.

    python tools/hostile31_touched.py [MAIN]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import CLINC, _sets  # noqa: E402

from chatbot import Bot  # noqa: E402
from chatbot.safety import disguises, emoji_readings  # noqa: E402
from chatbot.safety.backwards import read_backwards  # noqa: E402


def _main_module(main: Path, relative: str, name: str):
    spec = importlib.util.spec_from_file_location(name, main / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _strings(node, found: list[str]) -> None:
    if isinstance(node, str):
        found.append(node)
    elif isinstance(node, dict):
        for value in node.values():
            _strings(value, found)
    elif isinstance(node, list):
        for value in node:
            _strings(value, found)


def _readings(disguise_module, picture_module, text: str, backwards: bool = False) -> list:
    readings = [disguise_module.undisguised_readings(text), picture_module.pictures_as_words(text)]
    return readings + [read_backwards(text)] if backwards else readings


def main(argv: list[str]) -> int:
    main_root = Path(argv[0]) if argv else Path("/work/main")
    old_disguises = _main_module(main_root, "chatbot/safety/disguises.py", "main_disguises")
    old_pictures = _main_module(main_root, "chatbot/safety/emoji_readings.py", "main_emoji_readings")
    texts: list[tuple[str, int, str, Path | None]] = []
    for group, label, bank, path in _sets():
        if group != "tuning":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        found: list[str] = []
        _strings(yaml.safe_load("\n".join(lines)), found)
        for text in found:
            number = next((n for n, line in enumerate(lines, 1) if text[:30] in line), 0)
            texts.append((label, number, text, bank))
    if CLINC.is_file():
        texts += [("clinc150", n, line, None) for n, line in enumerate(CLINC.read_text().splitlines(), 1)]
    bots: dict = {}
    touched = 0
    for label, number, text, bank in texts:
        if _readings(old_disguises, old_pictures, text) + [None] == _readings(disguises, emoji_readings, text, True):
            continue
        touched += 1
        bot = bots.setdefault(bank, Bot.load(bank) if bank else Bot.load())
        half = "a" if number % 2 == 0 else "b"
        print(f"{label}:{number} ({half}) {bot.session().ask(text).kind}: {text[:100]!r}")
    print(f"{len(texts)} texts read, {touched} read differently")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
