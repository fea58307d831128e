"""Rendering text for a person in their language: Babel catalogs, Dutch (B1) as the source."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_time
from babel.support import NullTranslations, Translations

from core.clock import AMSTERDAM, as_utc
from messages import texts

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "koers"
SOURCE_LANGUAGE = "nl"
# Languages with a complete catalog; the order is the order of the language buttons.
LANGUAGES: tuple[str, ...] = ("nl", "en", "tr", "ar", "pl", "uk")
RTL_LANGUAGES = frozenset({"ar"})


def supported(language: str | None) -> str:
    return language if language in LANGUAGES else SOURCE_LANGUAGE


@cache
def translations(language: str) -> NullTranslations:
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    loaded = Translations.load(str(LOCALE_DIR), [language], domain=DOMAIN)
    if not isinstance(loaded, Translations):
        # Babel falls back silently; a missing catalog must be loud (run `make catalogs`).
        raise RuntimeError(f"no compiled catalog for {language!r} in {LOCALE_DIR}")
    return loaded


def render(language: str | None, message: str, /, **params: object) -> str:
    """The message in the person's language, with its {placeholders} filled in."""
    text = translations(supported(language)).gettext(message)
    return text.format(**params) if params else text


def language_name(language: str) -> str:
    """A language's own name for itself, as shown on the language buttons."""
    return (Locale.parse(language).get_display_name(language) or language).capitalize()


def format_moment(moment: datetime, language: str | None) -> str:
    """A moment as people in the Netherlands read it, e.g. 'dinsdag 1 december om 17:00'."""
    here = as_utc(moment).astimezone(AMSTERDAM)
    return _written_moment(here.replace(second=0, microsecond=0), supported(language))


@lru_cache(maxsize=4096)
def _written_moment(here: datetime, lang: str) -> str:
    # A page shows the same few minutes many times; Babel's formatting is the slow part.
    return render(
        lang,
        texts.DATE_AT_TIME,
        date=format_date(here.date(), "EEEE d MMMM", locale=lang),
        time=format_time(here.timetz(), "HH:mm", locale=lang),
    )


def format_full_date(day: date, language: str | None) -> str:
    """A date written out with its year, e.g. '13 juni 2008': never 2008-06-13 on a page."""
    return format_date(day, "d MMMM y", locale=supported(language))


def format_short_date(day: date, language: str | None) -> str:
    """A day in a chart's axis, e.g. '7 dec.'."""
    return format_date(day, "d MMM", locale=supported(language))


def text_direction(language: str | None) -> str:
    return "rtl" if supported(language) in RTL_LANGUAGES else "ltr"
