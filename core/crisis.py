"""Spotting acute distress in what a person writes, in every language Koers speaks.

A match makes Koers send crisis information at once and alert the coach and the backup as
urgent (DESIGN §4.5). The word lists below are a starting point, not a finished instrument: the
team extends them with phrases they meet in practice. The rule when in doubt is to alert: a coach
who gets one alert too many loses a minute; a missed signal can cost far more.

How a phrase is written (after the same normalisation as the text, see `normalise`):

- words separated by a space must follow each other, in that order, as whole words;
- a word ending in ``*`` also matches longer words that begin with it ("zelfmoord*" matches
  "zelfmoordgedachten"), and one starting with ``*`` matches words that end with it;
- ``~`` between two words allows up to three other words there ("wil ~ dood" matches
  "ik wil echt gewoon dood");
- Arabic phrases may be preceded by the one-letter proclitics و ف ب ل ك س ("سأنتحر").

Known false positives we accept (over-alerting is the safe side): "ik wil de dood van opa
bespreken", "ik zie het niet meer zitten met die opleiding", "I hurt myself playing football",
"I want to die, this exam lol", the film "Suicide Squad". Deliberately *not* matched, because the
word alone says little: "dood" ("ik ben dood moe", "mijn telefoon is dood"), "kill" ("I could kill
for a coffee"), "deadline". There is no list of harmless set phrases to subtract: punctuation is
flattened before matching, so removing "dood moe" would also hide "ik wil dood. Moe van alles".
Not handled yet: words spelled with gaps or letters repeated ("z e l f m o o r d", "doooood").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# One tuple of phrases per language. "ru" is not a Koers language, but many people who chose
# Ukrainian write Russian in a chat; the cost of listing it is nil.
CRISIS_PHRASES: dict[str, tuple[str, ...]] = {
    "nl": (
        "zelfmoord*",
        "suicid*",
        "zelfdoding*",
        "dood wil*",
        "dood wou",
        "wil ~ dood",
        "wou ~ dood",
        "liever dood",
        "beter dood",
        "was ik maar dood",
        "niet meer ~ leven",
        "mezelf ~ aandoen",
        "mijzelf ~ aandoen",
        "mezelf ~ aan doen",
        "mijzelf ~ aan doen",
        "mezelf ~ pijn",
        "mijzelf ~ pijn",
        "mezelf ~ snijden",
        "snij* mezelf",
        "mezelf van kant",
        "mijzelf van kant",
        "mezelf ophangen",
        "er ~ een eind* aan ~ maken",
        "maak* er ~ een eind* aan",
        "eind* aan mijn leven",
        "zie* het ~ niet meer zitten",
        "geen zin ~ leven",
        "leven heeft geen zin",
    ),
    "en": (
        "suicid*",
        "kill* myself",
        "want to die",
        "wanna die",
        "want to be dead",
        "wish i was dead",
        "wish i were dead",
        "better off dead",
        "end my life",
        "end it all",
        "take my own life",
        "take my life",
        "hurt* myself",
        "harm* myself",
        "self harm*",
        "selfharm*",
        "cut* myself",
        "dont want to live",
        "do not want to live",
        "dont wanna live",
        "no reason to live",
        "not worth living",
    ),
    "tr": (
        "intihar*",
        "kendimi ~ oldur*",
        "olmek isti*",
        "olmek ist*",
        "keske olsem",
        "yasamak ~ istemi*",
        "kendime zarar ver*",
        "canima kiy*",
        "hayatima son ver*",
        "kendimi asaca*",
        "kendimi asmak*",
    ),
    "ar": (
        "انتحار*",
        "*نتحر*",
        "قتل نفسي",
        "اقتل نفسي",
        "اريد ان اموت",
        "أريد الموت",
        "بدي موت",
        "بدي اموت",
        "عايز اموت",
        "عاوز اموت",
        "ابغى اموت",
        "نفسي اموت",
        "لا اريد ان اعيش",
        "لا أريد العيش",
        "مش عايز اعيش",
        "ما بدي عيش",
        "ما بدي اعيش",
        "انهي حياتي",
        "انهاء حياتي",
        "أؤذي نفسي",
        "ايذاء نفسي",
    ),
    "pl": (
        "samoboj*",
        "samookalecz*",
        "zabi* sie",
        "sie zabi*",
        "chce ~ umrzec",
        "chcial* ~ umrzec",
        "nie chce ~ zyc",
        "odebrac sobie zycie",
        "skoncz* ze soba",
        "zrobic sobie krzywde",
        "zrobie sobie krzywde",
        "tne sie",
    ),
    "uk": (
        "самогуб*",
        "суїцид*",
        "суицид*",
        "вбити себе",
        "вбю себе",
        "убити себе",
        "себе вбити",
        "хочу ~ померти",
        "не хочу ~ жити",
        "покінч* з собою",
        "на себе руки",
        "нашкодити собі",
        "собі шкоди",
    ),
    "ru": (
        "самоубий*",
        "суицид*",
        "поконч* с собой",
        "хочу ~ умереть",
        "не хочу ~ жить",
        "убить себя",
        "убью себя",
    ),
}

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


def signals_crisis(text: str) -> bool:
    """True when the text contains a phrase of acute distress in any of the listed languages."""
    if not text or not text.strip():
        return False
    return _pattern().search(normalise(text)) is not None


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


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        "|".join(
            _phrase_pattern(language, phrase)
            for language, phrases in CRISIS_PHRASES.items()
            for phrase in phrases
        )
    )


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
