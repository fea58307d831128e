"""Crisis information people can read and use: the exact numbers in every language, kept in
order inside Arabic, and explained in a few words."""

from __future__ import annotations

import pytest

from core.actions.concerns import stranger_crisis_help
from messages import concern_texts
from messages.i18n import LANGUAGES, render
from portal.rendering import _helplines

LRI, PDI = "\u2066", "\u2069"
NUMBERS = {
    concern_texts.CRISIS_HELP: ("112", "113", "0800-0113", "113.nl"),
    concern_texts.CRISIS_HELP_UNDER_18: ("0800-0432", "kindertelefoon.nl"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_exact_numbers_and_says_what_the_lines_are(language: str) -> None:
    for message, numbers in NUMBERS.items():
        text = render(language, message)
        for number in numbers:
            assert number in text, (language, number)
    assert "113 Zelfmoordpreventie" in render(language, concern_texts.CRISIS_HELP)
    assert "De Kindertelefoon" in render(language, concern_texts.CRISIS_HELP_UNDER_18)
    # A few words on what they are, not just a name and a number.
    assert len(render(language, concern_texts.CRISIS_HELP_UNDER_18)) > 120


def test_in_arabic_every_number_and_site_is_isolated_so_it_keeps_its_order() -> None:
    for message, numbers in NUMBERS.items():
        text = render("ar", message)
        for number in numbers:
            assert f"{LRI}{number}{PDI}" in text, number


def test_someone_not_linked_gets_crisis_information_in_their_language_and_in_dutch() -> None:
    text = stranger_crisis_help("ar")
    assert text.startswith(render("ar", concern_texts.CRISIS_HELP))
    assert render("nl", concern_texts.CRISIS_HELP) in text
    assert stranger_crisis_help("pt-BR") == stranger_crisis_help(None)  # not ours: Dutch only
    assert stranger_crisis_help("uk-UA").startswith(render("uk", concern_texts.CRISIS_HELP))


def test_on_the_web_the_numbers_are_tel_links() -> None:
    shown = str(_helplines(render("ar", concern_texts.CRISIS_HELP)))
    assert '<a href="tel:08000113">0800-0113</a>' in shown
    assert '<a href="tel:112">112</a>' in shown
    assert '<a href="https://113.nl" rel="noreferrer">113.nl</a>' in shown
    assert "tel:113.nl" not in shown and str(_helplines("<b>x</b>")) == "&lt;b&gt;x&lt;/b&gt;"
