"""Matching written phrases in what people type, in every language Koers speaks.

Used for words of acute distress (core/crisis.py) and for worries in a check-in (core/worry.py).

Normalisation (`normalise`) is applied to the text and to every phrase alike, so a phrase is
written the plain way and still matches what people really type:

- lower case; accents off Latin letters ("suïcide", "ölmek", "żyć"); Turkish dotless i, Polish ł
  and Russian ё folded; Cyrillic letters otherwise kept whole ("й" stays "й");
- punctuation, emoji and apostrophes off, one space between words ("вб'ю" is "вбю"), except a
  few emoji that stand for a word: "🔪" reads "emojiknife", "🩸" "emojiblood", "🪢" "emojirope",
  "💊" "emojipill", "⚰" "emojicoffin", "🪦" "emojigrave";
- "@" and "$" inside a word read as "a" and "s" ("$uicide");
- in a word that mixes letters and digits, the digits read as the letters they stand for
  ("su1c1de", "k1ll", "d00d"; in a Cyrillic word "3" is "з" and "0" is "о");
- Latin look-alikes in a Cyrillic word read as Cyrillic ("помeрти" with a Latin "e");
- three or more single letters in a row are one word ("z e l f m o o r d", "k.y.s");
- a letter repeated is one letter ("doooood" and "dood" are both "dod"): phrases lose their
  double letters too, so write them as spelled;
- Arabic: vowel marks and tatweel off, hamza seats, alef maqsura, taa marbuta and Persian or
  Kurdish keyboard letters folded, the article "ال" (also in "لل" and Levantine "هال") at the
  start of a word dropped.

How a phrase is written:

- words separated by a space must follow each other, in that order, as whole words;
- a word ending in ``*`` also matches longer words that begin with it ("zelfmoord*" matches
  "zelfmoordgedachten"), and one starting with ``*`` matches words that end with it;
- ``~`` between two words allows up to three other words there ("wil ~ dood" matches
  "ik wil echt gewoon dood"), ``~~`` up to ten;
- ``|`` joins words that may stand in the same place ("brug|spoor|dak*"), each with its own
  ``*``; choices of several words are written as a group and written out before compiling
  (`written_out`: "(voor altijd/voorgoed)");
- ``$`` as the last word means the text ends there ("i dont see the point $"); a harmless phrase
  blanked at the end does not make what stands before it the end;
- each word of an Arabic phrase may carry one of the one-letter proclitics و ف ب ل ك س
  ("سأنتحر", "بدي نام وما اصحى").

`blank` removes harmless set phrases from a normalised text before matching ("ga dood van het
lachen"), leaving a break the other phrases cannot match across; the rest of the text is still
read, so "ik ga dood van het lachen, maar eigenlijk wil ik dood" still matches "wil ~ dood".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

# Arabic writes "and", "so", "with", "for", "like" and "will" as one letter glued to the word.
_ARABIC_PROCLITICS = "[وفبلكس]?"
# "~" lets up to three other words stand between two words of a phrase, "~~" up to ten.
_GAPS = {"~": r"(?: \S+){0,3}", "~~": r"(?: \S+){0,10}"}
# What a blanked span becomes: not a space, so no phrase and no "~" gap reaches across it.
_BREAK = " \n "
# Letters we fold because people type without the right keyboard: Turkish dotless i,
# Polish ł, Russian ё; Arabic hamza seats, alef maqsura and taa marbuta; Persian and Kurdish
# keyboards.
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
        "ې": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ۆ": "و",
        "ة": "ه",
        "ە": "ه",
        "ۀ": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "ک": "ك",
        "گ": "ك",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
        "ژ": "ز",
        "ـ": None,  # tatweel, the stretching stroke
        "'": None,
        "’": None,
        "‘": None,
        "ʼ": None,
        "ʻ": None,
        "`": None,
        "´": None,
        "\u200c": None,  # zero-width (non-)joiners some keyboards put inside words
        "\u200d": None,
        "\u200b": None,
    }
)
# A few emoji say what words would ("🔪🩸", "🪢", "💊💊💊 doei"); they are read as words of their
# own that no language uses, so a phrase can name them and nothing else matches them.
_EMOJI_AS_WORDS = {
    "🔪": "emojiknife",
    "🗡": "emojiknife",
    "🩸": "emojiblood",
    "🪢": "emojirope",
    "💊": "emojipill",
    "⚰": "emojicoffin",
    "🪦": "emojigrave",
}
_EMOJI_WORDS = re.compile("|".join(map(re.escape, _EMOJI_AS_WORDS)))
_GROUP = re.compile(r"\(([^()]*)\)")
_SYMBOL_AS_LETTER = re.compile(r"(?<=\w)[@$]|[@$](?=\w)")
_SYMBOL_LETTERS = {"@": "a", "$": "s"}
_NOT_A_WORD = re.compile(r"[\W_]+")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:\w ){2,}\w(?!\S)")
_MIXED_WORD = re.compile(r"\w*(?:\d[^\W\d_]|[^\W\d_]\d)\w*")
_LATIN_DIGITS = str.maketrans("013457", "oieast")
_CYRILLIC_DIGITS = str.maketrans("0134", "оизч")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_IN_CYRILLIC = re.compile(r"\w*(?:[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z])\w*")
_LOOKALIKES = str.maketrans("aeopcxyikmt", "аеорсхуікмт")
_REPEATED_LETTER = re.compile(r"([^\W\d_])\1+")
# "ال" (the article) at the start of an Arabic word, after an optional proclitic, is dropped so
# "الانتحار" and "انتحار" are one word whichever a phrase or a text uses; "لل" is "ل" + "ال".
# Doubled letters are already single here, so "لل" has become "ل": "للانتحار" reads "لانتحار".
_ARABIC_LETTERS = "[\u0621-\u064a]"
# Levantine "هال" ("this", "ها" + "ال") goes the same way: "هالتمريرة" reads "تمريره".
_ARABIC_ARTICLE = re.compile(rf"(?<!\w)([وفبك]?)ه?ال(?={_ARABIC_LETTERS}{{2}})")


def compile_phrases(phrases: Mapping[str, Sequence[str]]) -> PhraseSet:
    """Every phrase (by language), ready to be looked for in a normalised text."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for language, language_phrases in phrases.items():
        for phrase in language_phrases:
            pieces = _phrase_pieces(language, phrase)
            for start in _first_letters(language, phrase):
                groups.setdefault(start, []).append(pieces)
    return PhraseSet(groups)


class PhraseSet:
    """Phrases grouped by the letter they start with. At each word of a text only the group of
    its first letter is tried, not every phrase (thousands, across seven languages), and a
    group is compiled the first time a word needs it: compiling them all takes seconds, which
    a process would otherwise spend before it answers anything.

    A group is one alternation with the phrases' common beginnings written once, as a tree
    ("wil (?:dood|sterven)" rather than "wil dood|wil sterven"): the Arabic phrases, each word
    with its optional proclitic and written out per choice, are tens of thousands, and the
    tree makes the pattern several times shorter to compile and to try. `search` finds a match
    wherever the plain alternation `(?<!\\w)(?:phrase|phrase|...)` would; where two phrases
    match at one place, `sub` replaces the span of the one listed first among those that share
    its beginning."""

    def __init__(self, groups: dict[str, list[tuple[str, ...]]]) -> None:
        self._sources = {start: _alternation(phrases) for start, phrases in groups.items()}
        # Where one text position may be matched by several groups, the earlier group wins,
        # as the earlier alternative of one pattern would.
        self._order = {start: index for index, start in enumerate(groups)}
        self._compiled: dict[str, re.Pattern[str]] = {}

    def search(self, text: str) -> re.Match[str] | None:
        for start in _WORD_START.finditer(text):
            found = self._match_at(text, start.start())
            if found is not None:
                return found
        return None

    def sub(self, replacement: str, text: str) -> str:
        """The text with every match replaced, left to right, none overlapping."""
        kept: list[str] = []
        done = 0
        for start in _WORD_START.finditer(text):
            position = start.start()
            if position < done:
                continue
            found = self._match_at(text, position)
            if found is not None:
                kept += [text[done:position], replacement]
                done = found.end()
        return "".join(kept) + text[done:] if kept else text

    def compile_all(self) -> None:
        for start in self._sources:
            self._group(start)

    @property
    def groups(self) -> tuple[int, int]:
        """How many groups are compiled, of how many."""
        return len(self._compiled), len(self._sources)

    def _match_at(self, text: str, position: int) -> re.Match[str] | None:
        letter = text[position]
        starts = [start for start in (letter, _ARABIC, _ANY) if start in self._sources]
        if letter < "\u0600" or letter > "\u06ff":
            starts = [start for start in starts if start != _ARABIC]
        for start in sorted(starts, key=self._order.__getitem__):
            found = self._group(start).match(text, position)
            if found is not None:
                return found
        return None

    def _group(self, start: str) -> re.Pattern[str]:
        pattern = self._compiled.get(start)
        if pattern is None:
            pattern = self._compiled[start] = re.compile("(?:" + self._sources[start] + ")")
        return pattern


# The groups whose phrases may start with more than one letter: an Arabic word may carry a
# proclitic, and a word written "*ende" may start with anything.
_ARABIC, _ANY = "arabic", "any"
_WORD_START = re.compile(r"(?<!\w)\w")


def _first_letters(language: str, phrase: str) -> set[str]:
    """The groups (see compile_phrases) a phrase belongs to: the letters it can start with."""
    first = next((token for token in phrase.split() if token not in _GAPS and token != "$"), "")
    starts: set[str] = set()
    for word in first.split("|"):
        plain = normalise(word.strip("*"))
        if not word or word.startswith("*") or not plain:
            return {_ANY}
        arabic_letter = "\u0600" <= plain[0] <= "\u06ff"
        if language == "ar" or arabic_letter:
            starts.add(_ARABIC)  # a proclitic may come first
        if not arabic_letter:
            starts.add(plain[0])
    return starts or {_ANY}


def written_out(*phrases: str) -> tuple[str, ...]:
    """Phrases with groups of several words written out, one phrase per choice.

    ``|`` offers single words for one place; a group "(voor altijd/voorgoed)" offers choices of
    any length, and an empty choice leaves the place out: "wil (/echt) dood" is "wil dood" and
    "wil echt dood".
    """
    written: dict[str, None] = {}
    for phrase in phrases:
        parts = _GROUP.split(phrase)
        # The odd parts are the groups' insides.
        choices = [[part] if i % 2 == 0 else part.split("/") for i, part in enumerate(parts)]
        for chosen in itertools.product(*choices):
            written[" ".join("".join(chosen).split())] = None
    return tuple(written)


def matches(pattern: PhraseSet, text: str | None) -> bool:
    if not text or not text.strip():
        return False
    return pattern.search(normalise(text)) is not None


def blank(pattern: PhraseSet, normalised: str) -> str:
    """The normalised text with every match of `pattern` replaced by a break."""
    return pattern.sub(_BREAK, normalised)


def normalise(text: str) -> str:
    """The text as phrases are compared with it (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _EMOJI_WORDS.sub(lambda m: f" {_EMOJI_AS_WORDS[m.group()]} ", text)
    text = _SYMBOL_AS_LETTER.sub(lambda m: _SYMBOL_LETTERS[m.group()], text)
    text = _strip_latin_accents(text).translate(_FOLD)
    text = _NOT_A_WORD.sub(" ", text).strip()
    text = _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), text)
    text = _MIXED_WORD.sub(_digits_as_letters, text)
    text = _LATIN_IN_CYRILLIC.sub(lambda m: m.group().translate(_LOOKALIKES), text)
    text = _REPEATED_LETTER.sub(r"\1", text)
    return _ARABIC_ARTICLE.sub(r"\1", text)


def _strip_latin_accents(text: str) -> str:
    """Accents off Latin letters only: in Cyrillic the same step would turn "й" into "и"."""
    if text.isascii():
        return text
    kept: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.category(char) == "Mn":
            if not base_is_latin:
                kept.append(char)
            continue
        base_is_latin = "LATIN" in unicodedata.name(char, "")
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept))
    # Marks still loose after recomposing (Arabic tashkeel, stress marks) belong to no letter.
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def _digits_as_letters(match: re.Match[str]) -> str:
    word = match.group()
    if _CYRILLIC.search(word):
        return word.translate(_CYRILLIC_DIGITS)
    return word.translate(_LATIN_DIGITS)


def _phrase_pieces(language: str, phrase: str) -> tuple[str, ...]:
    """A phrase as the patterns of its words in order, each with what may stand before it, and
    the phrase's end: the steps of the tree a group is written as (see PhraseSet)."""
    pieces: list[str] = []
    separator, end = "", ""
    for token in phrase.split():
        if token in _GAPS:
            separator = _GAPS[token] + " "
            continue
        if token == "$":
            end = r"\Z"
            continue
        pieces.append(separator + _token_pattern(language, token))
        separator = " "
    return (*pieces, rf"(?!\w){end}")


def _alternation(phrases: list[tuple[str, ...]]) -> str:
    """One pattern for all the phrases, their common beginnings written once."""
    tree: dict[str, dict[str, Any]] = {}
    for pieces in phrases:
        node = tree
        for piece in pieces:
            node = node.setdefault(piece, {})
    return _written_tree(tree)


def _written_tree(node: dict[str, dict[str, Any]]) -> str:
    # Steps that go on the same way are written once as well: "(?:wil|moet) dood".
    steps_by_rest: dict[str, list[str]] = {}
    for piece, rest in node.items():
        steps_by_rest.setdefault(_written_tree(rest), []).append(piece)
    branches = [
        (steps[0] if len(steps) == 1 else "(?:" + "|".join(steps) + ")") + rest
        for rest, steps in steps_by_rest.items()
    ]
    if len(branches) <= 1:
        return "".join(branches)
    return "(?:" + "|".join(branches) + ")"


@cache
def _token_pattern(language: str, token: str) -> str:
    """The pattern of one place in a phrase: a word, or words joined by ``|``. Arabic words
    there share one optional proclitic, written once before the choice."""
    words = list(dict.fromkeys(_word_pattern(word) for word in token.split("|") if word))
    if language != "ar":
        return _choice(words)
    # A word written "*ende" may start with anything already.
    open_start = [word for word in words if word.startswith(r"\w*")]
    whole = [word for word in words if word not in open_start]
    with_proclitic = [_ARABIC_PROCLITICS + _choice(whole)] if whole else []
    return _choice(with_proclitic + open_start)


def _choice(patterns: list[str]) -> str:
    return patterns[0] if len(patterns) == 1 else "(?:" + "|".join(patterns) + ")"


def _word_pattern(token: str) -> str:
    word = re.escape(normalise(token.strip("*")))
    if token.startswith("*"):
        word = r"\w*" + word
    if token.endswith("*"):
        word += r"\w*"
    return word
