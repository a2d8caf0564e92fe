"""Messages as patients write them: contractions, text-speak, and each part of a message read once."""

from __future__ import annotations

import yaml
from conftest import DATA

from chatbot.understanding import matcher as matcher_module
from chatbot.understanding.decision import DECIDING_COVERAGE, decide
from chatbot.understanding.language import MAX_MESSAGE_ANALYSES
from chatbot.understanding.message import Message, split_message, without_courtesies
from chatbot.understanding.text import expand_contractions


def test_contractions_are_read_as_their_words():
    assert expand_contractions("What would I'd notice?") == "What would I would notice?"
    assert expand_contractions("they've spotted it, it's there and I'll ask") == (
        "they have spotted it, it is there and I will ask"
    )
    assert expand_contractions("that\u2019s what we're told, I'm 70") == "that is what we are told, I am 70"
    # A possessive stays a possessive.
    assert expand_contractions("my dad's hip") == "my dad's hip"


def test_a_contraction_is_never_an_unknown_or_a_health_word(bot):
    analyzer = bot.analyzer
    # Folded whole, "I'd" was the unknown word "id", "they've" "theyv" and "I'll" the health word "ill".
    assert analyzer.analyze("What are the first things I'd notice?").tokens == analyzer.analyze(
        "What are the first things I would notice?"
    ).tokens
    assert "ill" not in analyzer.analyze("I'll need surgery for HO").tokens
    assert not {"theyv", "theyve"} & set(analyzer.analyze("they've spotted bone after my hip op").tokens)
    # Typed without the apostrophe, as quick messages are.
    assert analyzer.analyze("thats what theyve said").tokens == analyzer.analyze("that is what they have said").tokens


def test_a_message_part_is_analyzed_once_and_never_remembered_across_messages(bot):
    analyzer = bot.analyzer
    analyzer.start_message()
    first = analyzer.analyze("how is HO treated")
    assert analyzer.analyze("how is HO treated") is first  # the same part of one message: read once
    analyzer.start_message()
    again = analyzer.analyze("how is HO treated")
    assert again is not first and again == first
    for number in range(MAX_MESSAGE_ANALYSES + 10):  # outside a session nobody starts a message: still bounded
        analyzer.analyze(f"question {number}")
    assert len(analyzer._message_analyses) <= MAX_MESSAGE_ANALYSES


def test_the_coverage_floor_skips_only_rankings_that_decide_nothing(bot):
    """A long story read whole is not scored when no entry could explain enough of it; that must never change
    a decision: for every question of the evaluation file, read alone and wrapped in a story."""
    cases = yaml.safe_load((DATA / "eval.yaml").read_text(encoding="utf-8"))["cases"]
    story = "My mum is 74 and had her hip replaced in March; the scar is fine but she is tired and worried. "
    skipped = 0
    for case in cases:
        if "q" not in case:
            continue
        for text in (case["q"], story + case["q"]):
            analysis = bot.analyzer.analyze(text)
            full = decide(bot.matcher.rank(analysis.tokens, analysis.concepts))
            floored = bot.matcher.rank(analysis.tokens, analysis.concepts, min_coverage=DECIDING_COVERAGE)
            skipped += not floored
            assert decide(floored) == full, text
    assert skipped > 50  # the floor is reached, not only passed


def test_the_quick_coverage_bound_of_a_long_message_changes_no_ranking(bot, monkeypatch):
    """A message read whole with many tokens is first bounded with one sum per entry (`Matcher._surely_below`):
    where it says no entry reaches the coverage, the full sums must agree. Every question of the evaluation file
    inside two stories, ranked with the bound and without it, gives the same candidates."""
    cases = yaml.safe_load((DATA / "eval.yaml").read_text(encoding="utf-8"))["cases"]
    stories = (
        "My mum is 74 and had her hip replaced in March; the scar is fine but she is tired and worried. ",
        "We were told last year our boy has FOP, he is five and loves drawing, and we read a lot online. ",
    )
    texts = [story + case["q"] for case in cases if "q" in case for story in stories]
    analyses = [bot.analyzer.analyze(text) for text in texts]
    long = [a for a in analyses if len(set(a.tokens)) >= matcher_module.LONG_QUERY_TOKENS]
    bounded = [bot.matcher.rank(a.tokens, a.concepts, min_coverage=DECIDING_COVERAGE) for a in long]
    monkeypatch.setattr(matcher_module, "LONG_QUERY_TOKENS", 10**9)  # the bound never tried: the full sums decide
    summed = [bot.matcher.rank(a.tokens, a.concepts, min_coverage=DECIDING_COVERAGE) for a in long]
    assert bounded == summed
    assert len(long) > 200 and sum(not ranking for ranking in bounded) > 100  # the bound is reached, not only passed


def test_a_question_that_only_points_back_asks_what_the_story_just_said(bot):
    """ "Is that true?" after a claim about the topic asks the claim; the claim's details count as detail."""
    told = bot.ask("My nurse told me the extra bone grows much faster than normal bone. Is that true?")
    assert (told.kind, told.id) == ("answer", "how-fast")
    heard = bot.ask("A friend who had the same operation said warfarin for clots also stops HO. Is that right?")
    assert (heard.kind, heard.id, heard.via) == ("answer", "warfarin", "story")
    # A claim that is not about the topic, or a question with words of its own, is not read so.
    assert bot.ask("My friend said the weather will be nice tomorrow. Is that true?").kind == "fallback"
    assert bot.ask("My uncle says HO is a rock band. Is that right?").kind != "answer"


def test_small_talk_followed_by_everyday_words_is_small_talk(bot):
    for text in ("thanks, that's really helpful", "thank you so much, you have helped me a lot",
                 "good morning, hope you are well", "hiya, hope all is well with you",
                 "cheers, that was really kind of you"):  # fmt: skip
        reply = bot.ask(text)
        assert reply.kind == "smalltalk", text
    # More than everyday words after the thanks is a message to answer.
    assert bot.ask("thanks, and how is HO treated?").id == "treatment"
    assert bot.ask("thanks, can you book me a flight to Paris").kind == "fallback"


def test_questions_after_an_everyday_opening_are_each_read_alone(bot):
    """An opening that tells nothing leaves every question after it to be read alone, not only a single one."""
    reply = bot.ask("ok so I get what it is now, but who is most likely to get it and why")
    assert (reply.kind, reply.id) == ("answer", "who-is-at-risk")
    reply = bot.ask("Sorry to bother you again. What does the first sign look like? And who is most likely to get it?")
    assert reply.kind == "answer" and reply.id in ("early-symptoms", "who-is-at-risk")


def test_quick_message_digits_ordinals_and_ages_are_words_not_grades(bot):
    analyzer = bot.analyzer
    assert analyzer.analyze("what scans do they use 4 it").tokens == analyzer.analyze("what scans do they use").tokens
    assert "4" in analyzer.analyze("is grade 4 the worst one").tokens  # after "grade" a digit is a grade
    assert analyzer.analyze("wat r the 1st signs").tokens == analyzer.analyze("what are the first signs").tokens
    assert "4" not in analyzer.analyze("she was diagnosed at age 4").tokens
    # "there" for "their" inside a lay phrase of the bank ("bone in their muscles").
    assert analyzer.analyze("bone in there muscles").tokens == analyzer.analyze("bone in their muscles").tokens


def test_the_story_subject_beats_the_question_read_bare(bot):
    """ "What symptoms will she have?" after a story that names FOP asks about FOP, not about HO's first signs."""
    reply = bot.ask(
        "Our son was diagnosed with fibrodysplasia ossificans progressiva at age 6. What symptoms will he get?"
    )
    assert (reply.kind, reply.id) == ("answer", "fop-symptoms")
    # A question that names its own subject keeps it.
    reply = bot.ask("Our son was diagnosed with FOP last year. How is heterotopic ossification treated?")
    assert reply.id == "treatment"


def test_idioms_and_a_digit_for_one_say_nothing_of_what_is_asked(bot):
    analyzer = bot.analyzer
    # "Place" is read as "where": the idiom would turn a question about causes into one about where.
    assert analyzer.analyze("what causes it in the first place").tokens == analyzer.analyze("what causes it").tokens
    assert analyzer.analyze("by the way, how is HO treated").tokens == analyzer.analyze("how is HO treated").tokens
    assert "1" not in analyzer.analyze("is grade 4 the worst 1").tokens
    assert {"1", "4"} <= set(analyzer.analyze("is it rated from 1 to 4").tokens)  # a range stays numbers
    # ("the 1 to 4 scale" is read whole: the bank's name for the Brooker classification)
    assert bot.ask("why does it happen in the first place?").id == "causes"


def test_a_dash_before_a_question_ends_the_story_like_a_comma():
    message = split_message("Just curious after my dad's hip replacement - what is this bone thing exactly?")
    assert message == Message(("what is this bone thing exactly?",), ("Just curious after my dad's hip replacement",))
    assert split_message("My mum got it after surgery - does that mean I will get it?").questions == (
        "does that mean I will get it?",
    )
    assert split_message("a follow-up - thanks").questions != ("thanks",)  # no question after the dash


def test_the_most_specific_subject_of_a_long_story_is_tried_first(bot):
    """A story naming an x-ray, an operation and the Brooker scale: "that scale" is the Brooker one."""
    reply = bot.ask("The x-ray report after my hip operation says Brooker and then a number. What is that scale about?")
    assert (reply.kind, reply.id) == ("answer", "brooker-scale")


def test_asking_for_plain_words_is_no_part_of_the_question(bot):
    assert bot.ask("what is heterotopic ossification in plain english please").id == "what-is-ho"


def test_a_typo_as_near_two_bank_words_is_read_as_the_question_needs(bot):
    """ "tipes" is one slip from "times" and from "types": the commoner word alone would ask about timing."""
    reply = bot.ask("wat r the tipes of HO")
    assert (reply.kind, reply.id, reply.via) == ("answer", "types-of-ho", "spelling")
    assert bot.analyzer.typo_readings(("tipes", "of", "ho")) == [("types", "of", "ho")]


def test_a_short_typo_missing_one_letter_is_the_banks_word(bot):
    analyze = bot.analyzer.analyze
    assert analyze("how fst does the bone grwo").tokens == analyze("how fast does the bone grow").tokens
    assert bot.ask("where am i on gps").kind == "fallback"  # no letter dropped: "gps" is no "gp"


def test_what_the_person_thought_after_the_question_is_story():
    message = split_message("why do they give radiotherapy for HO, i thought that was only for cancer")
    assert message == Message(("why do they give radiotherapy for HO",), ("i thought that was only for cancer",))
    assert split_message("is it painful, I read that it is not").questions == ("is it painful",)


def test_greetings_and_sign_offs_around_a_question_ask_nothing(bot):
    """ "Evening" was read as night and "for your time" as timing: the question got another entry."""
    alone = bot.ask("what is heterotopic ossification")
    assert (alone.kind, alone.id) == ("answer", "what-is-ho")
    for text in (
        "Good evening. what is heterotopic ossification",
        "what is heterotopic ossification Thanks so much for your time.",
        "what is heterotopic ossification Many thanks, Sue",
        "Hello there! what is heterotopic ossification Thank you.",
        "Hi, I'm Jane. what is heterotopic ossification? Any help appreciated.",
        "Sorry if this is a silly question, but what is heterotopic ossification? Kind regards, Jane Smith",
        "what is heterotopic ossification x",
    ):
        reply = bot.ask(text)
        assert (reply.kind, reply.id) == ("answer", "what-is-ho"), text


def test_only_the_courtesy_is_cut_never_the_question():
    openings, closings, introductions = (("good", "evening"), ("hi",), ("morning",)), (("thanks",), ("x",)), (("im",),)
    assert without_courtesies("Good evening. Is it hereditary? Thanks", openings, closings) == "Is it hereditary?"
    # "Morning stiffness" is no greeting: an opening other than "hi" needs a mark after it.
    assert without_courtesies("Morning stiffness, is that HO?", openings, closings) == "Morning stiffness, is that HO?"
    assert without_courtesies("Hi, I'm Jane. Is it serious?", openings, closings, introductions) == "Is it serious?"
    assert without_courtesies("thanks", openings, closings) == "thanks"  # a message that is only thanks stays


def test_a_question_naming_its_own_subject_is_not_taken_over_by_the_storys(bot):
    reply = bot.ask(
        "My son was in an accident and the doctors mentioned a few things. can you explain heterotopic bone to me"
    )
    assert (reply.kind, reply.id) == ("answer", "what-is-ho")
