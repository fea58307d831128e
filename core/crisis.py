"""Spotting acute distress in what a person writes, in every language Koers speaks.

A match makes Koers send crisis information at once and alert the coach and the backup as
urgent (DESIGN §4.5). The word lists below are a starting point, not a finished instrument: the
team extends them with phrases they meet in practice. The rule when in doubt is to alert: a coach
who gets one alert too many loses a minute; a missed signal can cost far more.

Phrases are written as core/phrases.py describes.

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
from functools import cache

from core.phrases import compile_phrases, matches

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


def signals_crisis(text: str) -> bool:
    """True when the text contains a phrase of acute distress in any of the listed languages."""
    return matches(_pattern(), text)


@cache
def _pattern() -> re.Pattern[str]:
    return compile_phrases(CRISIS_PHRASES)
