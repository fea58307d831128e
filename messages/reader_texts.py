"""Texts that differ by who reads them: a young person, or a parent or employer around them:
consent, the thanks after it, and what Koers knows.

A parent or employer is not told about "your appointments" or "your coach": the coach is the
young person's. Dutch at level B1; placeholders use {braces}: {name} is the young person's first
name, {coach} their coach.
"""

from __future__ import annotations

from messages import N_, texts

CONSENT_TEXT_PARENT = N_(
    "Dit bewaart Koers over jou:\n"
    "- je voornaam\n"
    "- je berichten aan de coach van {name}\n\n"
    "Wie ziet dat? Alleen de coach {coach} en het team.\n"
    "Je kunt altijd vragen wat we weten. Je kunt ook vragen om alles te wissen.\n\n"
    "Is dat goed?"
)
CONSENT_TEXT_EMPLOYER = N_(
    "Dit bewaart Koers over jou:\n"
    "- je voornaam\n"
    "- je berichten en meldingen over {name}\n\n"
    "Wie ziet dat? Alleen de coach {coach} en het team.\n"
    "Je kunt altijd vragen wat we weten. Je kunt ook vragen om alles te wissen.\n\n"
    "Is dat goed?"
)
CONSENT_THANKS_OTHER = N_(
    "Dank je! De coach van {name} is {coach}.\nHeb je een vraag? Typ hem gewoon hier in de chat."
)
# On the web page there is no chat: the question box is below.
CONSENT_THANKS_WEB = N_("Dank je! Je coach is {coach}.\nHeb je een vraag? Typ hem hieronder.")
CONSENT_THANKS_WEB_OTHER = N_(
    "Dank je! De coach van {name} is {coach}.\nHeb je een vraag? Typ hem hieronder."
)
KNOWN_SUMMARY_OTHER = N_(
    "Dit weet Koers over jou:\n"
    "- naam: {name}\n"
    "- taal: {language}\n"
    "- coach van {case}: {coach}\n"
    "- toestemming gegeven op: {consent}\n"
    "- berichten van jou: {messages}\n\n"
    "Alleen de coach en het team zien dit."
)

_CONSENT_TEXTS = {
    "youth": texts.CONSENT_TEXT,
    "parent": CONSENT_TEXT_PARENT,
    "employer": CONSENT_TEXT_EMPLOYER,
}


def consent_text(role: str) -> str:
    """The consent question for this role (a case member's role: youth, parent, employer)."""
    return _CONSENT_TEXTS.get(role, texts.CONSENT_TEXT)


def consent_thanks(role: str, *, web: bool) -> str:
    if role == "youth":
        return CONSENT_THANKS_WEB if web else texts.CONSENT_THANKS
    return CONSENT_THANKS_WEB_OTHER if web else CONSENT_THANKS_OTHER


def known_summary(role: str) -> str:
    return texts.KNOWN_SUMMARY if role == "youth" else KNOWN_SUMMARY_OTHER
