"""Settings on the web page: language, a pause in reminders, parents' view, what Koers knows,
a request to erase everything — what 'Instellingen' offers in Telegram (bot/flows/settings.py).

Every change is a POST (CSRF and Origin checked) to one action, then back to the settings page
with Telegram's sentence for it; a choice that is not one of the offered ones is refused kindly.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from core.actions.linking import do_choose_language
from core.actions.settings import (
    PAUSE_CHOICES_DAYS,
    do_pause_notifications,
    do_request_erasure,
    do_set_email,
    do_set_parent_view,
    do_show_stored_data,
    gets_reminders,
)
from core.clock import utcnow
from core.errors import InvalidInput
from core.models import Role
from messages import texts, web_texts
from messages.i18n import LANGUAGES, format_moment, language_name
from portal.rendering import render_page
from portal.security import read_form
from portal.views.common import notice, see_other
from portal.views.web_person import (
    Choice,
    MemberUnit,
    consent_missing,
    member_unit,
    page_context,
    require_offered,
    say,
)

PAUSE_LABELS = dict(
    zip(
        PAUSE_CHOICES_DAYS,
        (texts.PAUSE_WEEK, texts.PAUSE_TWO_WEEKS, texts.PAUSE_MONTH),
        strict=True,
    )
)
# The value of "Weer aanzetten" in the pause form (as in Telegram's button).
RESUME = "0"
PARENT_VIEW_ANSWERS = {"yes": True, "no": False}
DONE = ("language", "paused", "resumed", "parents_on", "parents_off", "erase", "email", "no_email")


def _notice(member: MemberUnit, done: str | None) -> str:
    """Telegram's sentence after a change, in the (perhaps just chosen) language."""
    who = member.who
    if done == "language":
        return say(member, texts.LANGUAGE_CHANGED)
    if done == "paused" and who.person.notifications_paused_until is not None:
        date = format_moment(who.person.notifications_paused_until, member.language)
        return say(member, texts.PAUSED_UNTIL, date=date)
    if done == "resumed":
        return say(member, texts.PAUSE_ENDED)
    if done in ("parents_on", "parents_off"):
        return say(member, texts.PARENT_VIEW_ON if done == "parents_on" else texts.PARENT_VIEW_OFF)
    if done == "erase":
        return say(member, texts.ERASE_REQUESTED, coach=who.coach.name)
    if done == "email" and who.person.email:
        return say(member, web_texts.EMAIL_SAVED, email=who.person.email)
    if done == "no_email":
        return say(member, web_texts.EMAIL_REMOVED)
    return ""


def _settings_page(
    request: web.Request,
    member: MemberUnit,
    *,
    done: str | None = None,
    problem: str = "",
    typed_email: str = "",
) -> web.Response:
    who = member.who
    paused_until = who.person.notifications_paused_until
    paused = paused_until is not None and paused_until > utcnow()
    language = who.person.language or "nl"
    values: dict[str, Any] = {
        "notice": _notice(member, done),
        "problem": problem,
        "languages": [Choice(code, language_name(code), code == language) for code in LANGUAGES],
        "pauses": [
            Choice(str(days), say(member, label), False) for days, label in PAUSE_LABELS.items()
        ],
        "paused_now": (
            say(member, web_texts.PAUSED_NOW, date=format_moment(paused_until, member.language))
            if paused and paused_until is not None
            else ""
        ),
        "pause_ask": say(member, texts.PAUSE_ASK),
        "email_now": (
            say(member, web_texts.EMAIL_NOW, email=who.person.email) if who.person.email else ""
        ),
        "typed_email": typed_email,
        "resume": RESUME,
        "youth": who.role == Role.YOUTH,
        "reminders": gets_reminders(who),
        "parent_view_ask": say(
            member,
            texts.PARENT_VIEW_ASK_ON
            if who.case.parents_may_see_appointments
            else texts.PARENT_VIEW_ASK_OFF,
        ),
    }
    context = page_context(member, "settings", **values)
    status = 400 if problem else 200
    return render_page(
        request, "me_settings.html", context, status=status, language=member.language
    )


async def settings_page(request: web.Request) -> web.Response:
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        require_offered(member, "settings")
        return _settings_page(request, member, done=notice(request, DONE))


def _done(what: str) -> web.Response:
    return see_other(f"/me/settings?done={what}")


async def change_language(request: web.Request) -> web.Response:
    form = await read_form(request)
    async with member_unit(request, form) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        if await do_choose_language(
            member.session, person=member.who.person, language=form.get("language", "")
        ):
            return _done("language")
        return _settings_page(request, member, problem="language")


async def pause(request: web.Request) -> web.Response:
    form = await read_form(request)
    chosen = form.get("days", "")
    async with member_unit(request, form) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        if not gets_reminders(member.who):
            # Never offered to them: there is nothing Koers starts that they could pause.
            return _settings_page(request, member)
        if chosen == RESUME:
            await do_pause_notifications(member.session, who=member.who, days=None)
            return _done("resumed")
        days = next((d for d in PAUSE_CHOICES_DAYS if str(d) == chosen), None)
        if days is None:
            return _settings_page(request, member, problem="pause")
        await do_pause_notifications(member.session, who=member.who, days=days)
        return _done("paused")


async def parent_view(request: web.Request) -> web.Response:
    form = await read_form(request)
    allowed = PARENT_VIEW_ANSWERS.get(form.get("allowed", ""))
    async with member_unit(request, form) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        if member.who.role != Role.YOUTH:
            # Only the young person decides (do_set_parent_view); others never see the question.
            return _settings_page(request, member)
        if allowed is None:
            return _settings_page(request, member, problem="parents")
        await do_set_parent_view(member.session, who=member.who, allowed=allowed)
        return _done("parents_on" if allowed else "parents_off")


async def email(request: web.Request) -> web.Response:
    """Leave an address (with the box ticked that says what Koers mails), or remove it."""
    form = await read_form(request)
    async with member_unit(request, form) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        if form.get("remove") == "yes":
            await do_set_email(member.session, who=member.who, email=None)
            return _done("no_email")
        typed = form.get("email", "")
        if form.get("agree") != "yes":
            return _settings_page(request, member, problem="email_agree", typed_email=typed)
        try:
            await do_set_email(member.session, who=member.who, email=typed)
        except InvalidInput:
            return _settings_page(request, member, problem="email", typed_email=typed)
        return _done("email")


async def known(request: web.Request) -> web.Response:
    """'Wat weet Koers?': reading it is recorded in the audit log, like a coach viewing a file."""
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        summary = await do_show_stored_data(member.session, who=member.who)
        context = page_context(member, "settings", summary=summary)
        return render_page(request, "me_known.html", context, language=member.language)


async def erase_form(request: web.Request) -> web.Response:
    """Are you sure? Nothing changes until the button on this page is pressed."""
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        question = say(member, web_texts.ERASE_CONFIRM, coach=member.who.coach.name)
        context = page_context(
            member,
            "settings",
            question=question,
            yes=say(member, texts.ERASE_YES),
            no=say(member, texts.ERASE_NO),
        )
        return render_page(request, "me_erase.html", context, language=member.language)


async def request_erasure(request: web.Request) -> web.Response:
    form = await read_form(request)
    async with member_unit(request, form) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        await do_request_erasure(member.session, who=member.who)
        return _done("erase")
