"""The translation catalogs: complete, faithful to the Dutch source, and loadable.

The source is re-extracted from the code on every run (as `make extract` does), and the .po files
are compiled into a temporary directory, so these tests need no build step and no database.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from messages import i18n, texts

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "messages" / "locale"
DOMAIN = "koers"
# Every language with a catalog: the five Koers needs, and whatever else the bot offers.
TRANSLATED = tuple(
    dict.fromkeys(
        [
            "en",
            "tr",
            "ar",
            "pl",
            "uk",
            *(lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE),
        ]
    )
)

# Messages this short may be the same word in another language ("Status", "video", "Menu").
SHORT = 12
# Longer messages that may legitimately read the same as the Dutch. Keep this list small:
# strings made only of placeholders, URLs, numbers and product names are allowed without it.
# Words English (and Polish, for "check-in") share with Dutch: the same text is the translation.
SAME_AS_SOURCE: frozenset[str] = frozenset({"Check-in: {face}", "Open ({count}):"})
PRODUCT_NAMES = ("Koers", "Telegram")
# Labels on Telegram buttons: longer ones get cut off on a phone.
BUTTONS = (
    texts.CONSENT_YES,
    texts.CONSENT_NO,
    texts.BUTTON_TAKE,
    texts.BUTTON_OPEN,
    texts.BUTTON_CLOSE,
)
BUTTON_MAX = 25

BRACE_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
PERCENT_PLACEHOLDER = re.compile(r"%\([A-Za-z_][A-Za-z0-9_]*\)[sdifr]|%%")
MARKUP = re.compile(r"</?[A-Za-z][^>]*>")
URL = re.compile(r"https?://\S+")


def extract_source(into: Path) -> Catalog:
    """The messages in the code right now, extracted exactly as the Makefile does."""
    pot = into / "koers.pot"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "--quiet",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "-o",
            str(pot),
            "--no-location",
            "--omit-header",
            "--sort-output",
            "--ignore-dirs=.venv .tools tests bench var",
            ".",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, f"extracting the source failed:\n{done.stderr}"
    with pot.open("rb") as f:
        return read_po(f)


def read_catalog(language: str) -> Catalog:
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    assert path.is_file(), f"no catalog for {language!r}: {path.relative_to(ROOT)}"
    with path.open("rb") as f:
        return read_po(f, locale=language, domain=DOMAIN)


def entries(catalog: Catalog) -> list[Message]:
    return [m for m in catalog if m.id]


def text_of(message_id: str | tuple[str, ...]) -> str:
    return message_id if isinstance(message_id, str) else message_id[0]


def forms(message: Message) -> list[str]:
    """Every translated form of a message: one, or one per plural form."""
    string = message.string
    return list(string) if isinstance(string, (tuple, list)) else [string or ""]


def placeholders(text: str) -> Counter[str]:
    return Counter(BRACE_PLACEHOLDER.findall(text) + PERCENT_PLACEHOLDER.findall(text))


def stray_format_characters(text: str) -> Counter[str]:
    """Braces and percent signs that are not part of a placeholder: str.format and Jinja's
    newstyle gettext (which %-formats every template message) trip over them."""
    rest = PERCENT_PLACEHOLDER.sub("", BRACE_PLACEHOLDER.sub("", text))
    return Counter(c for c in rest if c in "{}%")


def has_words(text: str) -> bool:
    rest = URL.sub("", PERCENT_PLACEHOLDER.sub("", BRACE_PLACEHOLDER.sub("", text)))
    for name in PRODUCT_NAMES:
        rest = rest.replace(name, "")
    return any(c.isalpha() for c in rest)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return extract_source(tmp_path_factory.mktemp("source"))


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Catalog]:
    return {language: read_catalog(language) for language in TRANSLATED}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory, catalogs: dict[str, Catalog]) -> Path:
    """The catalogs compiled to .mo files in a directory laid out like messages/locale."""
    root = tmp_path_factory.mktemp("locale")
    for language, catalog in catalogs.items():
        target = root / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        target.parent.mkdir(parents=True)
        with target.open("wb") as f:
            write_mo(f, catalog, use_fuzzy=False)
    return root


@pytest.fixture
def rendering_from(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """messages.i18n reading the freshly compiled catalogs instead of a build's .mo files."""
    monkeypatch.setattr(i18n, "LOCALE_DIR", compiled)
    i18n.translations.cache_clear()
    yield compiled
    i18n.translations.cache_clear()


def test_the_source_has_messages(source: Catalog) -> None:
    ids = {text_of(m.id) for m in entries(source)}
    assert texts.QUESTION_RECEIVED in ids
    assert len(ids) > 100


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_source_message_is_in_the_catalog(
    language: str, source: Catalog, catalogs: dict[str, Catalog]
) -> None:
    have = {m.id for m in entries(catalogs[language])}
    missing = sorted(text_of(m.id) for m in entries(source) if m.id not in have)
    assert not missing, (
        f"{language}: {len(missing)} message(s) not in the catalog "
        f"(run `make update-catalogs` and translate them): {missing}"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_is_fuzzy_or_empty(language: str, catalogs: dict[str, Catalog]) -> None:
    catalog = catalogs[language]
    fuzzy = [text_of(m.id) for m in entries(catalog) if m.fuzzy]
    empty = [text_of(m.id) for m in entries(catalog) if not all(s.strip() for s in forms(m))]
    assert not catalog.fuzzy, f"{language}: the catalog header is marked fuzzy"
    assert not (fuzzy or empty), f"{language}: fuzzy: {fuzzy}; empty: {empty}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_messages_have_every_plural_form_of_the_language(
    language: str, catalogs: dict[str, Catalog]
) -> None:
    catalog = catalogs[language]
    wrong = [
        text_of(m.id)
        for m in entries(catalog)
        if m.pluralizable and len(forms(m)) != catalog.num_plurals
    ]
    assert not wrong, f"{language}: need {catalog.num_plurals} plural forms: {wrong}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders_of_the_source(
    language: str, catalogs: dict[str, Catalog]
) -> None:
    problems = []
    for message in entries(catalogs[language]):
        sources = list(message.id) if isinstance(message.id, tuple) else [message.id]
        wanted = placeholders(sources[-1])
        for string in forms(message):
            if placeholders(string) != wanted:
                problems.append(f"{sources[0]!r}: {string!r}")
    assert not problems, f"{language}: placeholders differ from the source:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_add_no_stray_braces_or_percent_signs(
    language: str, catalogs: dict[str, Catalog]
) -> None:
    problems = []
    for message in entries(catalogs[language]):
        allowed = stray_format_characters(text_of(message.id))
        for string in forms(message):
            if stray_format_characters(string) - allowed:
                problems.append(f"{text_of(message.id)!r}: {string!r}")
    assert not problems, f"{language}: unescaped braces or percent signs:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_markup_of_the_source(
    language: str, catalogs: dict[str, Catalog]
) -> None:
    problems = [
        f"{text_of(m.id)!r}: {string!r}"
        for m in entries(catalogs[language])
        for string in forms(m)
        if Counter(MARKUP.findall(string)) != Counter(MARKUP.findall(text_of(m.id)))
    ]
    assert not problems, f"{language}: HTML tags differ from the source:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_babel_finds_no_errors_in_the_catalog(language: str, catalogs: dict[str, Catalog]) -> None:
    problems = [
        f"{text_of(m.id)!r}: {'; '.join(str(e) for e in errors)}"
        for m, errors in catalogs[language].check()
        if errors
    ]
    assert not problems, f"{language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_longer_messages_are_translated_not_copied(
    language: str, catalogs: dict[str, Catalog]
) -> None:
    copies = [
        text_of(m.id)
        for m in entries(catalogs[language])
        if len(text_of(m.id)) > SHORT
        and text_of(m.id) not in SAME_AS_SOURCE
        and has_words(text_of(m.id))
        and any(string == text_of(m.id) for string in forms(m))
    ]
    assert not copies, f"{language}: still the Dutch text: {copies}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_button_labels_stay_short(language: str, catalogs: dict[str, Catalog]) -> None:
    catalog = catalogs[language]
    long = [
        string
        for button in BUTTONS
        if (message := catalog.get(button)) is not None
        for string in forms(message)
        if len(string) > BUTTON_MAX
    ]
    assert not long, f"{language}: button labels over {BUTTON_MAX} characters: {long}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_catalog_loads_as_real_translations(language: str, compiled: Path) -> None:
    loaded = Translations.load(str(compiled), [language], domain=DOMAIN)
    assert isinstance(loaded, Translations), f"{language}: babel fell back to NullTranslations"
    assert loaded.gettext(texts.QUESTION_RECEIVED) != texts.QUESTION_RECEIVED


def test_every_offered_language_has_a_catalog() -> None:
    assert i18n.SOURCE_LANGUAGE in i18n.LANGUAGES
    without = [
        language
        for language in i18n.LANGUAGES
        if language != i18n.SOURCE_LANGUAGE
        and not (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()
    ]
    assert not without, f"offered in messages.i18n.LANGUAGES without a catalog: {without}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_a_question_confirmation_renders_in_every_offered_language(
    language: str, rendering_from: Path
) -> None:
    due = "dinsdag 2 december om 17:00"
    text = i18n.render(language, texts.QUESTION_RECEIVED, coach="Anna", due=due)
    assert "Anna" in text and due in text
    if language != i18n.SOURCE_LANGUAGE:
        assert text != texts.QUESTION_RECEIVED.format(coach="Anna", due=due)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_bot_message_renders_in_every_offered_language(
    language: str, rendering_from: Path
) -> None:
    for name, message in vars(texts).items():
        if not (name.isupper() and isinstance(message, str)):
            continue
        params = {p[1:-1]: f"<{p[1:-1]}>" for p in BRACE_PLACEHOLDER.findall(message)}
        text = i18n.render(language, message, **params)
        for value in params.values():
            assert value in text, f"{language} {name}: {value} missing from {text!r}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_a_moment_reads_as_date_and_time_in_every_offered_language(
    language: str, rendering_from: Path
) -> None:
    text = i18n.format_moment(datetime(2025, 12, 2, 16, 0, tzinfo=UTC), language)
    assert "17:00" in text
