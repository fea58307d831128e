"""A coach's own account: changing the password (the old one is asked; other sessions end)."""

from __future__ import annotations

from aiohttp import web

from core.actions.organisation import do_set_password
from core.errors import InvalidInput
from portal.rendering import render_page
from portal.security import coach_unit, read_form
from portal.views.common import coach_context, notice, see_other

PROBLEMS = frozenset({"password_current", "password_too_short", "password_common", "mismatch"})


async def password_form(request: web.Request) -> web.Response:
    async with coach_unit(request) as unit:
        pass  # the sign-in check, and the CSRF token the form needs
    context = coach_context(unit, "account", done=notice(request, {"changed"}), problem=None)
    return render_page(request, "password.html", context)


async def change_password(request: web.Request) -> web.Response:
    form = await read_form(request)
    new, again = form.get("new", ""), form.get("again", "")
    problem: str | None = None
    async with coach_unit(request, form) as unit:
        if new != again:
            problem = "mismatch"
        else:
            try:
                await do_set_password(
                    unit.session,
                    coach=unit.coach,
                    password=new,
                    current=form.get("current", ""),
                    keep_session_id=unit.active.record.id,
                )
            except InvalidInput as refused:
                problem = str(refused) if str(refused) in PROBLEMS else "password_common"
    if problem is None:
        return see_other("/account/password?done=changed")
    context = coach_context(unit, "account", done=None, problem=problem)
    return render_page(request, "password.html", context, status=400)
