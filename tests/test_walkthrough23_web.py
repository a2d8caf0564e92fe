"""Walkthrough 23, the web page: a typed number shows the question it picked, as the chat and the kiosk do.

The page showed "You: 2" above the answer, so a person (or a carer reading over a shoulder) could not tell which
question had been answered; the chat shows the question picked above its answer, and the kiosk shows it as "You:".
Needs Debian's chromium and chromium-driver (skips without them, as the other browser tests do).
"""

from __future__ import annotations

import pytest
from test_web_browser import open_page, send
from web_support import Server, chrome


@pytest.fixture(scope="module")
def page():
    server = Server()
    browser = chrome()
    try:
        yield browser, server.url
    finally:
        browser.quit()
        assert server.stop() == 0


def shown_questions(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [node.text for node in driver.find_elements(By.CSS_SELECTOR, "#conversation .user .text")]


def test_a_typed_number_shows_the_question_it_picked(page, bot):
    from selenium.webdriver.common.by import By

    driver, url = page
    open_page(driver, url)
    example = bot.bank.by_id[bot.bank.example_ids[3]]
    reply = send(driver, " 4) ")
    assert shown_questions(driver)[-1] == example.question
    assert reply.find_element(By.CLASS_NAME, "text").text == example.answer
    # A reply with no numbered questions keeps the last list, as the chat's session does: "1" picks from it.
    first_offered = reply.find_elements(By.CSS_SELECTOR, ".suggestion .question-text")[0].text
    send(driver, "can my goldfish catch this")
    reply = send(driver, "1")
    assert shown_questions(driver)[-1] == first_offered
    wanted = next(entry for entry in bot.bank.entries if entry.question == first_offered)
    assert reply.find_element(By.CLASS_NAME, "text").text == wanted.answer


def test_a_number_with_no_such_question_is_sent_as_typed(page, bot):
    driver, url = page
    open_page(driver, url)
    reply = send(driver, "7")
    assert shown_questions(driver)[-1] == "7"
    assert " ".join(reply.text.split())  # the engine's own reply ("There is no choice with that number ...")
