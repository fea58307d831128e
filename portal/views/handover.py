"""A warm handover in the portal: the coach proposes it from the case page (and, when Koers
cannot ask the young person, records their answer from a conversation) or withdraws it; the
receiving team's coordinator accepts it, with a coach or for the "to be picked up" list, or
declines it with a reason."""

from __future__ import annotations

from aiohttp import web

from core.actions.handover import (
    HandoverFile,
    do_propose_handover,
    do_record_consent_in_person,
    do_withdraw_handover,
)
from core.actions.handover_receive import do_accept_handover, do_decline_handover
from core.errors import InvalidInput
from core.ids import parse_row_id
from portal.context import settings_of
from portal.security import coach_unit, form_optional, read_form, read_form_with_lists
from portal.views.case_page import case_page_context, refused_form_page
from portal.views.common import path_id, see_other

FIELDS = ("to_team", "story", "what_works", "watch_out", "read_days")


async def propose(request: web.Request) -> web.Response:
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    typed = {name: form_optional(form, name) for name in FIELDS}
    async with coach_unit(request, form) as unit:
        try:
            proposed = await do_propose_handover(
                unit.session,
                actor=unit.coach,
                case_id=case_id,
                to_team_id=parse_row_id(typed["to_team"]) or 0,
                file=HandoverFile(typed["story"], typed["what_works"], typed["watch_out"]),
                reach=settings_of(request).reach,
                read_days=int(typed["read_days"]) if typed["read_days"].isdigit() else -1,
            )
        except InvalidInput as refused:
            context = await case_page_context(
                request, unit, case_id, handover_form=typed, handover_error=str(refused)
            )
        else:
            done = "handover_asked" if proposed.asked else "handover_not_asked"
            return see_other(f"/cases/{case_id}?done={done}#handover")
    return refused_form_page(request, context)


async def withdraw(request: web.Request) -> web.Response:
    handover_id = path_id(request, "handover_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        handover = await do_withdraw_handover(
            unit.session, actor=unit.coach, handover_id=handover_id
        )
    return see_other(f"/cases/{handover.case_id}?done=handover_withdrawn#handover")


async def consent_in_person(request: web.Request) -> web.Response:
    handover_id = path_id(request, "handover_id")
    form, parts = await read_form_with_lists(request, {"part"})
    async with coach_unit(request, form) as unit:
        handover = await do_record_consent_in_person(
            unit.session,
            actor=unit.coach,
            handover_id=handover_id,
            parts=parts,
            old_coach_may_read=form_optional(form, "may_read") == "yes",
        )
    return see_other(f"/cases/{handover.case_id}#handover")


async def accept(request: web.Request) -> web.Response:
    handover_id = path_id(request, "handover_id")
    form = await read_form(request)
    coach_id = parse_row_id(form_optional(form, "coach") or None)
    async with coach_unit(request, form) as unit:
        await do_accept_handover(
            unit.session, actor=unit.coach, handover_id=handover_id, coach_id=coach_id
        )
    return see_other("/team?done=handover_accepted#handovers")


async def decline(request: web.Request) -> web.Response:
    handover_id = path_id(request, "handover_id")
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        try:
            await do_decline_handover(
                unit.session,
                actor=unit.coach,
                handover_id=handover_id,
                reason=form_optional(form, "reason"),
            )
        except InvalidInput:
            return see_other(f"/team?done=handover_reason&handover={handover_id}#handovers")
    return see_other("/team?done=handover_declined#handovers")
