"""Phrase lists for crisis detection (core/crisis.py), one module per language.

Every module has four tuples, written as core/phrases.py describes:

- ``SIGNALS``: distress said in the first person; always alerts;
- ``TOPICS``: the subject named without saying whose ("zelfmoord", "cut myself", "overdose");
  alerts unless the text is plainly about something else (``ABOUT`` of any language);
- ``ABOUT``: words that make a topic a subject of talk: a film, a book, the news, a school essay,
  a game, someone else's death, a kitchen knife;
- ``HARMLESS``: set phrases blanked before anything is matched ("dood van het lachen", "suicide
  squad"); the rest of the text is still read.
"""

from __future__ import annotations

from types import ModuleType

from core.crisis_phrases import ar, emoji, en, nl, pl, ru, tr, uk

# "ru" is not a Koers language, but many people who chose Ukrainian write Russian in a chat.
LANGUAGES: dict[str, ModuleType] = {
    "nl": nl,
    "en": en,
    "tr": tr,
    "ar": ar,
    "pl": pl,
    "uk": uk,
    "ru": ru,
    # Not a language: a few emoji that say it in any language.
    "emoji": emoji,
}
