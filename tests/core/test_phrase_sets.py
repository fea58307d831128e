"""Phrases are looked for group by group, each group compiled when first needed, and find
exactly what one pattern of all phrases would find."""

from __future__ import annotations

import re

from core.crisis import LEXICON_LANGUAGES, lexicon_words
from core.crisis_model import CORPUS
from core.crisis_phrases import LANGUAGES
from core.phrases import _phrase_pieces, blank, compile_phrases, normalise


def one_pattern(phrases: dict[str, tuple[str, ...] | list[str]]) -> re.Pattern[str]:
    """All phrases as a single pattern: slow to compile and to search, and the reference."""
    alternatives = [
        "".join(_phrase_pieces(language, phrase))
        for language, words in phrases.items()
        for phrase in words
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [normalise(line) for line in lines[::7] if line.strip() and line[0] != "#"]
    return texts


def test_phrase_groups_find_and_blank_what_one_pattern_of_all_phrases_would() -> None:
    lists = {
        "figures of speech": {language: module.HARMLESS for language, module in LANGUAGES.items()},
        "lexicon": {language: lexicon_words(language) for language in LEXICON_LANGUAGES},
        # Written as trees, these shrink the most (choices written out, at the start and after).
        "signals": {language: LANGUAGES[language].SIGNALS for language in ("nl", "ru", "ar")},
    }
    texts = corpus_texts()
    assert len(texts) > 2_000
    for phrases in lists.values():
        grouped, reference = compile_phrases(phrases), one_pattern(phrases)
        found = [bool(grouped.search(text)) for text in texts]
        assert found == [bool(reference.search(text)) for text in texts]
        assert 0 < sum(found) < len(texts)
        if phrases is lists["figures of speech"]:  # the only phrases Koers blanks
            assert [blank(grouped, text) for text in texts] == [
                reference.sub(" \n ", text) for text in texts
            ]


def test_a_group_is_compiled_only_when_a_text_needs_it() -> None:
    phrases = compile_phrases({"nl": ["wil ~ dood", "zelfmoord*"], "ar": ["بدي موت"]})
    assert phrases.groups == (0, 3)
    assert phrases.search(normalise("Ik wil echt dood")) is not None
    assert phrases.groups == (1, 3)  # the phrases starting with a "w"
    assert phrases.search(normalise("ik denk aan zelfmoord.")) is not None
    assert phrases.groups == (2, 3)
    assert phrases.search(normalise("وبدي موت")) is not None
    assert phrases.groups == (3, 3)


def test_a_phrase_that_ends_the_text_does_not_end_before_a_blanked_harmless_phrase() -> None:
    harmless = compile_phrases({"nl": ["van het lachen"]})
    signals = compile_phrases({"nl": ["wil dood $"]})
    assert signals.search(blank(harmless, normalise("Ik wil dood!"))) is not None
    laughing = blank(harmless, normalise("ik wil dood van het lachen"))
    assert signals.search(laughing) is None
