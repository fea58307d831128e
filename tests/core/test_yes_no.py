"""A typed yes or no where a button asks for one, in every language Koers speaks."""

from __future__ import annotations

import pytest

from core.yes_no import typed_yes_no

YES = ["ja", "Ja!", "jaaa", "ja hoor", "Ja, is goed", "yes", "Yeah", "ok", "evet", "Evet tamam",
       "نعم", "أيوه", "ايوا", "aywa", "tak", "Tak, jasne", "так", "ага", "да", "👍"]  # fmt: skip
NO = ["nee", "Nee!", "nee hoor", "Nee, liever niet", "liever niet", "no", "nope", "hayır",
      "hayir", "لا", "لأ", "nie", "ні", "нет", "👎", "ja, liever niet"]  # fmt: skip
NEITHER = [
    "ja maar wat gebeurt er met mijn gegevens?",
    "ja maar ik wil eerst weten wat je bewaart",
    "nee want ik snap het niet, wie leest dit allemaal",
    "ik wil dood",
    "misschien",
    "Hoe laat is mijn afspraak?",
    "",
    "   ",
]


@pytest.mark.parametrize("text", YES)
def test_a_typed_yes_is_a_yes(text: str) -> None:
    assert typed_yes_no(text) is True


@pytest.mark.parametrize("text", NO)
def test_a_typed_no_is_a_no(text: str) -> None:
    assert typed_yes_no(text) is False


@pytest.mark.parametrize("text", NEITHER)
def test_a_sentence_or_question_is_neither(text: str) -> None:
    assert typed_yes_no(text) is None


def test_polish_no_means_yeah_so_it_counts_for_neither() -> None:
    assert typed_yes_no("no", language="pl") is None
    assert typed_yes_no("no", language="en") is False
    assert typed_yes_no("nie", language="pl") is False
