"""`chatbot import` without --source: its note says where patients really read the sheet's file name.

A newcomer's sheet with a source on every row was told "patients read 'Source: cast.csv' under every
answer", but its answers showed the title and each row's part; only "who are you" named the file.
"""

from chatbot import Bot
from chatbot.bank.sheets import import_sheet

HEADER = "id,question,answer,source\n"
ROWS = [
    "wash-hands,How do I wash my hands with an arm cast on?,Wipe the fingers with a damp cloth and a little soap.,",
    "cast-wet,What should I do if my cast gets wet?,A soaked cast can soften and rub the skin; call the clinic.,",
]


def _import(tmp_path, sources):
    sheet = tmp_path / "cast.csv"
    rows = "".join(row + part + "\n" for row, part in zip(ROWS, sources, strict=True))
    sheet.write_text(HEADER + rows, encoding="utf-8")
    bank = tmp_path / "bank"
    notes = import_sheet(str(sheet), str(bank), reviewed="2026-10-01", topic="arm cast care")
    return [note for note in notes if "--source" in note], Bot.load(bank)


def test_every_row_with_a_source_is_told_only_who_are_you_names_the_file(tmp_path):
    notes, bot = _import(tmp_path, ["Keeping clean", "Keeping it dry"])
    assert notes == [
        "meta.yaml: no --source, so the bot says its facts come from 'cast.csv' when asked who it is; "
        "give --source with the leaflet or page the answers come from"
    ]
    reply = bot.session().ask("how do I wash my hands with an arm cast on")
    assert reply.id == "wash-hands" and "cast.csv" not in reply.source and "Keeping clean" in reply.source
    assert "cast.csv" in bot.session().ask("who are you").text


def test_rows_without_a_source_are_counted(tmp_path):
    notes, bot = _import(tmp_path, ["Keeping clean", ""])
    assert notes == [
        "meta.yaml: no --source, so patients read 'Source: cast.csv' under the answers of the row with no source; "
        "give --source with the leaflet or page the answers come from"
    ]
    reply = bot.session().ask("what should I do if my cast gets wet")
    assert reply.id == "cast-wet" and reply.source.startswith("cast.csv")


def test_no_row_with_a_source_still_hears_every_answer(tmp_path):
    notes, bot = _import(tmp_path, ["", ""])
    assert "patients read 'Source: cast.csv' under every answer" in notes[0]
    assert bot.session().ask("how do I wash my hands with an arm cast on").source.startswith("cast.csv")
