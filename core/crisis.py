"""Spotting acute distress in what a person writes, in every language Koers speaks.

A match makes Koers send crisis information at once and alert the coach and the backup as
urgent (DESIGN §4.5). The rule when in doubt is to alert: a coach who gets one alert too many
loses a minute; a missed signal can cost far more.

The phrases live in core/crisis_phrases/, one module per language (nl, en, tr, ar, pl, uk, and
ru because many who chose Ukrainian write Russian; a long one keeps its context-dependent lists in
a sibling ``<language>_context`` module), written as core/phrases.py describes. A text
is read in four steps, across all languages at once (the language a person chose says little
about the language of one message):

1. harmless set phrases are blanked: figures of speech ("ik ga dood van het lachen", "dying to
   see it", "بموت من الضحك"), "Suicide Squad", a suicide bombing in the news, someone else who
   "committed suicide". Only the span goes: "ik ga dood van het lachen, maar eigenlijk wil ik
   gewoon dood" still alerts;
2. a first-person signal alerts, unless the model (step 4) is sure the text is harmless:
   wanting to die or not to live
   ("ik wil dood", "kms", "بدي موت", "хочу померти"), the wish to be gone ("iedereen is beter af
   zonder mij", "I don't see the point anymore", "ik wil slapen en nooit meer wakker worden"),
   self-harm ("ik kras weer", "kendimi kesiyorum", "режу себя"), a method (pills, a bridge or a
   roof, a train, a rope), a goodbye letter;
3. a topic ("zelfmoord", "suicide", "انتحار", "cut myself", "overdose") alerts unless the text
   plainly talks about something else: a film, a book, the news, an essay or a class, a game,
   someone else's death, a kitchen knife ("we bespraken zelfmoord bij maatschappijleer",
   "a documentary about suicide", "I cut myself shaving").

4. otherwise, when the text holds a word that can carry distress (core/crisis_lexicon/: "dood",
   "brug", "pillen", "nodig", "sorry", …), a small classifier trained on the corpus
   (core/crisis_model.py) reads it and alerts when it finds a crisis likely: the many ways of
   saying it that no list holds ("heb mn playstation aan mn broertje gegeven, heb het toch niet
   meer nodig").

Slang, misspellings, letters repeated or spaced out, digits for letters and Arabic letter
variants are taken care of by the normaliser (core/phrases.py).

Deliberately not matched, because the word alone says little: "dood" ("doodmoe", "mijn telefoon
is dood"), "kill" ("killing it", "I could kill for a coffee", "this exam is killing me"),
"ölmek"/"умираю"/"umieram" in figures of speech, "deadline", dying in a game. Known limits: a
topic in the same message as a film or a class is not alerted ("na die film denk ik aan
zelfmoord" alerts, but only through "denk ~ zelfmoord"); a joke in the first person does alert
("I want to die lol this exam"); Arabic written in Latin letters and languages other than the
seven are covered only by a few common phrases; a person's own plan written without any of the
listed words ("ik heb alles geregeld, morgen ben ik weg") is caught only when the model has seen
enough like it; the model also alerts on some harmless texts that sound dark (README, "Crisis
detection", has the measured figures).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from core.crisis_model import Reader, TrainedOnce
from core.crisis_phrases import LANGUAGES
from core.phrases import PhraseSet, blank, compile_phrases, normalise

# The phrases that always alert, by language: the public list other modules and tests read.
CRISIS_PHRASES: dict[str, tuple[str, ...]] = {
    language: module.SIGNALS for language, module in LANGUAGES.items()
}


def signals_crisis(text: str | None, *, model: Reader | None = None) -> bool:
    """True when the text says acute distress: a listed phrase, or else the model's reading.

    `model` is for measuring: one trained on part of the corpus, or the phrase lists alone
    (core.crisis_model.PhrasesOnly); Koers uses the one trained on all of it.
    """
    if not text or not text.strip():
        return False
    harmless, signals, topics, about = compiled_phrases()
    plain = normalise(text)
    said = blank(harmless, plain)
    reader = model or trained_model()
    if signals.search(said) or (topics.search(said) and about.search(said) is None):
        # A listed phrase alerts unless the model is sure the whole text is harmless ("dit is
        # mijn laatste bericht vandaag, ga slapen", "купила мотузку щоб сушити білизну").
        return not reader.doubts(plain)
    if topics.search(said) is not None:
        # The subject is named, and the lists know the text talks about something else.
        return False
    if compiled_lexicon().search(plain) is None:
        # No word that can carry distress: "Laat maar, ik weet het al." is not for the model,
        # which learned "ik weet" from "ik weet hoe ik het ga doen".
        return False
    # The model reads the whole text: it learned figures of speech from the corpus itself, and
    # a blanked one would leave words behind that sound worse alone ("nie chcę").
    return reader.alerts(plain)


def prepare_crisis_check(cache_dir: Path | None = None) -> None:
    """Gathers the lists and trains (or reads from `cache_dir`) the model now rather than on
    the first message: a few seconds, in a thread at start. Each group of phrases is compiled
    when a text first needs it (core/phrases.PhraseSet); `compile_every_phrase` does them all."""
    trained_model.use_cache(cache_dir)
    compiled_phrases()
    compiled_lexicon()
    trained_model()


def compile_every_phrase() -> None:
    """Compiles every group of phrases, so no message waits for one: seconds of work, for a
    process that is up already (in production)."""
    for phrases in (*compiled_phrases(), compiled_lexicon()):
        phrases.compile_all()


trained_model = TrainedOnce(normalise)


@cache
def compiled_phrases() -> tuple[PhraseSet, PhraseSet, PhraseSet, PhraseSet]:
    def kind(name: str) -> PhraseSet:
        return compile_phrases(
            {language: getattr(module, name) for language, module in LANGUAGES.items()}
        )

    return kind("HARMLESS"), kind("SIGNALS"), kind("TOPICS"), kind("ABOUT")


@cache
def compiled_lexicon() -> PhraseSet:
    """Words that can carry distress, per language (core/crisis_lexicon/<language>.txt): the
    model reads only a text that holds one of them."""
    return compile_phrases({language: lexicon_words(language) for language in LEXICON_LANGUAGES})


def lexicon_words(language: str) -> list[str]:
    lines = (LEXICON / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


LEXICON = Path(__file__).parent / "crisis_lexicon"
LEXICON_LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk", "ru")
