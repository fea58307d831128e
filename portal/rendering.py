"""Rendering pages: Jinja2 set-up, per-request language for gettext, and the portal's filters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

import aiohttp_jinja2
import jinja2
import segno
from aiohttp import web
from babel.support import NullTranslations
from markupsafe import Markup, escape

from core.actions.concerns import domain_label
from core.actions.employer_reports import CATEGORIES as REPORT_CATEGORIES
from core.actions.employer_reports import URGENCIES as REPORT_URGENCIES
from core.actions.questions import MEDIA_LABELS
from core.clock import utcnow
from core.deadlines import Urgency
from core.models import Thread
from core.people import ROLE_NAMES, display_name
from core.queries import Asker
from core.timeline_entries import Entry, written
from messages import checkin_texts, coach_texts, texts
from messages.i18n import (
    SOURCE_LANGUAGE,
    format_full_date,
    format_moment,
    supported,
    text_direction,
    translations,
)

_language: ContextVar[str] = ContextVar("koers_portal_language", default=SOURCE_LANGUAGE)


def use_language(language: str | None) -> str:
    """Makes `language` (or Dutch) the language of this request's templates; returns it."""
    chosen = supported(language)
    _language.set(chosen)
    return chosen


def current_language() -> str:
    return _language.get()


def _translations() -> NullTranslations:
    return translations(_language.get())


def _gettext(message: str) -> str:
    return _translations().gettext(message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _translations().ngettext(singular, plural, n)


def _moment(moment: datetime | None) -> str:
    return format_moment(moment, _language.get()) if moment else ""


def _day(day: date | None) -> str:
    return format_full_date(day, _language.get()) if day else ""


def _role(role: str) -> str:
    # ROLE_NAMES is keyed by Role; a plain str from a template is looked up as one.
    return _gettext(ROLE_NAMES[role]) if role in ROLE_NAMES else role  # type: ignore[index]


def _who(asker: Asker) -> str:
    return display_name(asker.person, asker.member, asker.case, _language.get())


def _bdi(name: object) -> Markup:
    """A name of unknown direction, isolated: a right-to-left override in it cannot turn the
    text that follows around (FIELD-NOTES: right-to-left text)."""
    return Markup("<bdi>{}</bdi>").format(name)


# The help lines in crisis information: numbers to tap, sites to open (DESIGN §4.5).
_PHONE = re.compile(r"(?<![\w-])(0800-\d{4}|11[23])(?!-|\.?\w)")
_SITE = re.compile(r"(?<![\w.])((?:113|kindertelefoon)\.nl)(?!\w)")


def _helplines(text: str) -> Markup:
    """Crisis information with its phone numbers as tel: links and its sites as links."""
    escaped = str(escape(text))
    linked = _PHONE.sub(
        lambda found: f'<a href="tel:{found.group(1).replace("-", "")}">{found.group(1)}</a>',
        escaped,
    )
    return Markup(_SITE.sub(r'<a href="https://\1" rel="noreferrer">\1</a>', linked))


def _media(kind: str) -> str:
    return _gettext(MEDIA_LABELS.get(kind, texts.MEDIA_OTHER))


def _caption(body: str, kind: str | None) -> str:
    """A message's own words: empty for media sent without a caption (stored as its label)."""
    if kind and body == MEDIA_LABELS.get(kind, texts.MEDIA_OTHER):
        return ""
    return body


KIND_LABELS = {
    "question": texts.KIND_QUESTION,
    "concern": texts.KIND_CONCERN,
    "report": texts.KIND_REPORT,
    "good_news": texts.KIND_GOOD_NEWS,
    "checkin": checkin_texts.KIND_CHECKIN,
}


def _thread_label(thread: Thread) -> str:
    """What a coach needs to see first: the kind, its subject and how urgent, e.g. 'Zorg · Geld'."""
    parts = [_gettext(KIND_LABELS.get(thread.kind, texts.KIND_QUESTION))]
    if thread.kind == "concern" and thread.category:
        parts.append(domain_label(thread.category, _language.get()))
    elif thread.kind == "report" and thread.category in REPORT_CATEGORIES:
        parts.append(_gettext(REPORT_CATEGORIES[thread.category]))
    if thread.urgency == Urgency.URGENT:
        parts.append(_gettext(texts.URGENT_LABEL))
    elif thread.urgency == Urgency.TODAY and thread.kind == "report":
        parts.append(_gettext(REPORT_URGENCIES[Urgency.TODAY]))
    return " · ".join(parts)


def _summary(entry: Entry) -> str:
    """A timeline line in the reader's language."""
    return entry.summary(_language.get())


def _label(value: object) -> str:
    """A catalog label (or a region's own name) in the reader's language."""
    return written(value, _language.get())


def _closing_outcome(code: str) -> str:
    """How a concern ended (core/concern_outcomes.py), in the reader's words."""
    labels = coach_texts.CLOSING_OUTCOME_LABELS
    return _gettext(labels.get(code, labels["other"]))


def _qr(link: str) -> Markup:
    """A QR code as inline SVG (no style attributes, so the strict CSP allows it)."""
    return Markup(segno.make(link, error="m").svg_inline(scale=4, border=4, svgclass="qr"))


def setup_templates(app: web.Application) -> jinja2.Environment:
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader("portal", "templates"),
        extensions=["jinja2.ext.i18n"],
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        default_helpers=False,
    )
    # Added by the i18n extension at run time; Jinja2's stubs do not know it.
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=_gettext, ngettext=_ngettext, newstyle=True
    )
    env.filters.update(
        moment=_moment,
        day=_day,
        role=_role,
        who=_who,
        bdi=_bdi,
        helplines=_helplines,
        media=_media,
        caption=_caption,
        qr=_qr,
        thread_label=_thread_label,
        closing_outcome=_closing_outcome,
        summary=_summary,
        label=_label,
    )
    return env


def render_page(
    request: web.Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status: int = 200,
    language: str | None = None,
) -> web.Response:
    """A page in the viewer's language (coaches: Dutch), with <html lang/dir> to match."""
    lang = use_language(language)
    values: dict[str, Any] = {
        "lang": lang,
        "dir": text_direction(lang),
        "nav": None,
        "csrf": "",
        "section": "",
        "now": utcnow(),
    }
    values.update(context or {})
    return aiohttp_jinja2.render_template(template, request, values, status=status)
