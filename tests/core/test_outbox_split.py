"""Texts longer than Telegram's 4,096 characters are split at natural breaks, nothing lost."""

from __future__ import annotations

from core.outbox import TELEGRAM_TEXT_LIMIT, split_text


def test_a_short_text_stays_whole() -> None:
    assert split_text("Hoi!") == ["Hoi!"]


def test_a_long_text_splits_at_paragraphs_and_keeps_every_character_but_the_breaks() -> None:
    paragraphs = [("a" * 3000), ("b" * 3000), ("c" * 100)]
    parts = split_text("\n\n".join(paragraphs))
    assert parts == ["a" * 3000, "b" * 3000 + "\n\n" + "c" * 100]


def test_a_text_without_spaces_is_cut_at_the_limit() -> None:
    text = "x" * 9000
    parts = split_text(text)
    assert [len(p) for p in parts] == [TELEGRAM_TEXT_LIMIT, TELEGRAM_TEXT_LIMIT, 808]
    assert "".join(parts) == text


def test_emoji_and_arabic_survive_splitting() -> None:
    text = "مرحبا 🙏 " * 1000
    parts = split_text(text)
    assert all(len(p) <= TELEGRAM_TEXT_LIMIT for p in parts)
    assert " ".join(parts).split() == text.split()
