"""Matching written phrases in what people type, in every language Koers speaks.

Used for words of acute distress (core/crisis.py) and for worries in a check-in (core/worry.py).
How a phrase is written (after the same normalisation as the text, see `normalise`):

- words separated by a space must follow each other, in that order, as whole words;
- a word ending in ``*`` also matches longer words that begin with it ("zelfmoord*" matches
  "zelfmoordgedachten"), and one starting with ``*`` matches words that end with it;
- ``~`` between two words allows up to three other words there ("wil ~ dood" matches
  "ik wil echt gewoon dood");
- Arabic phrases may be preceded by the one-letter proclitics و ف ب ل ك س ("سأنتحر").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

# Arabic writes "and", "so", "with", "for", "like" and "will" as one letter glued to the word.
_ARABIC_PROCLITICS = "[وفبلكس]?"
_GAP = r"(?: \S+){0,3}"
# Letters we fold because people type without the right keyboard: Turkish dotless i,
# Polish ł, Russian ё; Arabic hamza seats, alef maqsura and taa marbuta; Persian keyboards.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ё": "е",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "ـ": None,  # tatweel, the stretching stroke
        "'": None,
        "’": None,
        "ʼ": None,
        "`": None,
        "´": None,
    }
)
_NOT_A_WORD = re.compile(r"[\W_]+")
# "ال" (the article) at the start of an Arabic word, after an optional proclitic, is dropped so
# "الانتحار" and "انتحار" are one word whichever a phrase or a text uses; "لل" is "ل" + "ال".
_ARABIC_LETTERS = "[\u0621-\u064a]"
_ARABIC_LIL = re.compile(rf"(?<!\w)([وف]?)لل(?={_ARABIC_LETTERS}{{2}})")
_ARABIC_ARTICLE = re.compile(rf"(?<!\w)([وفبك]?)ال(?={_ARABIC_LETTERS}{{2}})")


def compile_phrases(phrases: Mapping[str, Sequence[str]]) -> re.Pattern[str]:
    """One pattern matching any of the phrases (by language) in a normalised text."""
    return re.compile(
        "|".join(
            _phrase_pattern(language, phrase)
            for language, language_phrases in phrases.items()
            for phrase in language_phrases
        )
    )


def matches(pattern: re.Pattern[str], text: str | None) -> bool:
    if not text or not text.strip():
        return False
    return pattern.search(normalise(text)) is not None


def normalise(text: str) -> str:
    """Lower case, Latin accents off, Arabic vowel marks and article off, one space between words.

    Accents come off Latin letters only: in Cyrillic the same step would turn "й" into "и".
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    kept: list[str] = []
    base_is_latin = False
    for char in decomposed:
        if unicodedata.category(char) == "Mn":
            if not base_is_latin:
                kept.append(char)
            continue
        base_is_latin = "LATIN" in unicodedata.name(char, "")
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept))
    # Marks still loose after recomposing (Arabic tashkeel, stress marks) belong to no letter.
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").translate(_FOLD)
    text = _NOT_A_WORD.sub(" ", text).strip()
    text = _ARABIC_LIL.sub(r"\1ل", text)
    return _ARABIC_ARTICLE.sub(r"\1", text)


def _phrase_pattern(language: str, phrase: str) -> str:
    pattern, separator = "", ""
    for token in phrase.split():
        if token == "~":
            separator = _GAP + " "
            continue
        word = re.escape(normalise(token.strip("*")))
        if token.startswith("*"):
            word = r"\w*" + word
        if token.endswith("*"):
            word += r"\w*"
        pattern += separator + word
        separator = " "
    proclitic = _ARABIC_PROCLITICS if language == "ar" else ""
    return rf"(?<!\w){proclitic}(?:{pattern})(?!\w)"
