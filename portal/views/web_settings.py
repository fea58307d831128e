"""The web channel's one setting of its own: an e-mail address for "your coach answered".

Everything 'Instellingen' offers in Telegram (language, a pause, what Koers knows, parents'
view, good news, erasure) is the same flow on the web (bot/flows/settings.py through
web_talk.py). Telegram has no use for an address, so this page exists for the web only.
"""

from __future__ import annotations

from aiohttp import web

from core.actions.settings import do_set_email
from core.errors import InvalidInput
from messages import web_texts
from portal.rendering import render_page
from portal.security import read_form
from portal.views.common import notice, see_other
from portal.views.web_person import MemberUnit, consent_missing, member_unit, page_context, say

DONE = ("email", "no_email")


def _notice(member: MemberUnit, done: str | None) -> str:
    email = member.who.person.email
    if done == "email" and email:
        return say(member, web_texts.EMAIL_SAVED, email=email)
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
    email = member.who.person.email
    context = page_context(
        member,
        "",
        notice=_notice(member, done),
        problem=problem,
        email_now=say(member, web_texts.EMAIL_NOW, email=email) if email else "",
        typed_email=typed_email,
    )
    status = 400 if problem else 200
    return render_page(
        request, "me_settings.html", context, status=status, language=member.language
    )


async def settings_page(request: web.Request) -> web.Response:
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        return _settings_page(request, member, done=notice(request, DONE))


def _done(what: str) -> web.Response:
    return see_other(f"/me/settings?done={what}")


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
