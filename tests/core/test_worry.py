"""Worry words: what a young person tells in a check-in that their coach should hear soon."""

from __future__ import annotations

import pytest

from core.worry import WORRY_PHRASES, signals_worry

WORRIES: dict[str, list[str]] = {
    "nl": [
        "Ik ben bang dat ik het niet haal",
        "Thuis is er steeds RUZIE",
        "Ik ben ontslagen.",
        "Ik heb schulden bij de telefoonwinkel",
        "Er kwam een deurwaarder langs",
        "Ik maak me echt zorgen over geld",
        "Ik voel me zo alleen",
        "Ik ben eenzaam",
        "Ik heb geen geld voor eten",
        "De politie was er",
        "Ik word gepest op mijn werk",
        "Ik heb veel stress",
        "Ik kan niet slapen",
    ],
    "en": [
        "I'm scared of my boss",
        "We had a big fight at home",
        "I got fired today",
        "I have debts",
        "I'm worried about money",
        "I feel so lonely",
        "I can't sleep",
        "We had an argument again",
    ],
    "tr": [
        "Çok korkuyorum",
        "Evde kavga var",
        "İşten kovuldum",
        "Borçlarım var",
        "Polis eve geldi",
        "Yalnızım",
        "Param yok",
    ],
    "ar": [
        "أنا خائف",
        "طردوني من العمل",
        "عندي ديون",
        "أشعر أنني وحيد",
        "أنا قلق جدا",
    ],
    "pl": [
        "Boję się",
        "Zwolnili mnie z pracy",
        "Mam długi",
        "Mam dużo długów",
        "Martwię się o pieniądze",
        "Jestem samotny",
    ],
    "uk": [
        "Я боюся",
        "Мене звільнили",
        "У мене борги",
        "Я дуже переживаю",
        "Мені самотньо",
    ],
}

EVERYDAY = [
    "Het ging goed, ik mag terugkomen",
    "Ik wil alleen even zeggen dat het leuk was",
    "Ik ga ervoor zorgen dat ik op tijd ben",
    "Geen probleem",
    "Don't worry, it went fine",
    "It was great, thanks",
    "Her şey yolunda",
    "كل شيء بخير",
    "Wszystko w porządku",
    "Все добре, дякую",
    # Words that look like a worry in another language: long, an insurance policy, arguments.
    "Czekałem długo na autobus",
    "Ik moet mijn polis nog opzeggen",
    "Hij had goede argumenten",
    "",
    "   ",
]


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in WORRIES.items() for text in texts],
)
def test_a_worry_is_spotted_in_every_language(language: str, text: str) -> None:
    assert signals_worry(text), f"{language}: {text!r}"


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_talk_is_no_worry(text: str) -> None:
    assert not signals_worry(text)


def test_every_koers_language_has_worry_words() -> None:
    assert set(WORRY_PHRASES) == {"nl", "en", "tr", "ar", "pl", "uk"}
    assert all(len(phrases) >= 5 for phrases in WORRY_PHRASES.values())


def test_none_is_no_worry() -> None:
    assert not signals_worry(None)
