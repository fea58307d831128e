"""Crisis detection measured on a corpus: recall and false positives per language.

The corpus (tests/core/crisis_corpus/) holds, per language, phrases that must alert
(``<language>_crisis.txt``) and hard negatives that must not (``<language>_not_crisis.txt``):
figures of speech, games, films, essays, someone else's death. Run with ``pytest -s`` to see
the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.crisis import signals_crisis

CORPUS = Path(__file__).parent / "crisis_corpus"
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk", "ru")
MIN_RECALL = 0.95
MAX_FALSE_POSITIVES = 0.02
MIN_PHRASES = 100


def _phrases(language: str, kind: str) -> list[str]:
    lines = (CORPUS / f"{language}_{kind}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _measure(language: str) -> tuple[float, float, list[str], list[str]]:
    crisis, harmless = _phrases(language, "crisis"), _phrases(language, "not_crisis")
    missed = [text for text in crisis if not signals_crisis(text)]
    fired = [text for text in harmless if signals_crisis(text)]
    return 1 - len(missed) / len(crisis), len(fired) / len(harmless), missed, fired


@pytest.fixture(scope="module")
def table() -> dict[str, tuple[float, float, list[str], list[str]]]:
    measured = {language: _measure(language) for language in LANGUAGES}
    print("\nlanguage  crisis  recall  harmless  false positives")
    for language, (recall, false_positives, _, _) in measured.items():
        print(
            f"{language:<8}  {len(_phrases(language, 'crisis')):>6}  {recall:>6.3f}"
            f"  {len(_phrases(language, 'not_crisis')):>8}  {false_positives:>15.3f}"
        )
    return measured


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_corpus_has_enough_phrases_of_each_kind(language: str) -> None:
    assert len(_phrases(language, "crisis")) >= MIN_PHRASES
    assert len(_phrases(language, "not_crisis")) >= MIN_PHRASES


@pytest.mark.parametrize("language", LANGUAGES)
def test_recall_is_high_in_every_language(
    table: dict[str, tuple[float, float, list[str], list[str]]], language: str
) -> None:
    recall, _, missed, _ = table[language]
    assert recall >= MIN_RECALL, f"{language}: recall {recall:.3f}, missed {missed}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_false_positives_are_rare_in_every_language(
    table: dict[str, tuple[float, float, list[str], list[str]]], language: str
) -> None:
    _, false_positives, _, fired = table[language]
    assert false_positives <= MAX_FALSE_POSITIVES, (
        f"{language}: false positives {false_positives:.3f}, fired on {fired}"
    )
