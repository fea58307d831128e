"""`koers case …`, `koers invite`, `koers appointment add` and `koers audit`: the operator's
commands on one case (DESIGN §9). Each opens the database, does one action as the operator and
returns what `--json` prints."""

from __future__ import annotations

import argparse
from typing import Any

from cli.database import bot_username, with_database
from core.access import OPERATOR
from core.actions.appointments import do_add_appointment
from core.actions.erasure import do_erase_case
from core.actions.invites import do_create_case_invite
from core.actions.journey import do_set_outcome, do_set_stage
from core.actions.organisation import coach_by_email, do_add_case
from core.actions.retention import do_close_case
from core.audit import case_audit
from core.case_state import case_state
from core.config import Settings
from core.db import Database
from core.errors import InvalidInput


async def case_add(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            coach = await coach_by_email(session, args.coach)
            case = await do_add_case(
                session,
                coach=coach,
                first_name=args.first_name,
                birth_date=args.birth_date,
                actor=OPERATOR,
            )
            return {"id": case.id}

    return await with_database(settings, work)


async def case_show(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            return await case_state(session, args.case_id)

    return await with_database(settings, work)


async def case_close(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            case = await do_close_case(
                session, case_id=args.case_id, actor=OPERATOR, outcome=args.outcome
            )
            return {"closed": case.id}

    return await with_database(settings, work)


async def case_stage(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            case = await do_set_stage(
                session, case_id=args.case_id, stage=args.stage, actor=OPERATOR
            )
            return {"id": case.id, "stage": case.stage}

    return await with_database(settings, work)


async def case_outcome(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            case = await do_set_outcome(
                session, case_id=args.case_id, outcome=args.outcome, actor=OPERATOR
            )
            return {"id": case.id, "outcome": case.outcome}

    return await with_database(settings, work)


async def case_erase(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            return {"erased": await do_erase_case(session, case_id=args.case_id, actor=OPERATOR)}

    return await with_database(settings, work)


async def audit(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            entries = await case_audit(session, case_id=args.case_id)
            return {"case": args.case_id, "entries": entries}

    return await with_database(settings, work)


async def case_invite(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    username = await bot_username(settings)

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            issued = await do_create_case_invite(
                session,
                case_id=args.case_id,
                role=args.role,
                bot_username=username,
                base_url=settings.base_url,
                valid_days=settings.invite_days,
                web_link_days=settings.web_link_days,
                email=args.email,
                actor=OPERATOR,
            )
            return {"code": issued.code, "link": issued.link, "web_link": issued.web_link}

    return await with_database(settings, work)


async def appointment_add(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    if args.at.tzinfo is not None:
        raise InvalidInput("give --at as local time in the Netherlands, without an offset")

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            appointment = await do_add_appointment(
                session,
                case_id=args.case_id,
                what=args.what,
                starts_local=args.at,
                where=args.where,
                minutes=args.minutes,
            )
            return {"id": appointment.id, "starts_at": appointment.starts_at.isoformat()}

    return await with_database(settings, work)
