"""`koers team add` and `koers import`: the network's shape and this year's school leavers
(DESIGN §9). Each opens the database, does one action as the operator and returns what
`--json` prints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from cli.database import with_database
from core.access import OPERATOR
from core.actions.handover import HandoverFile, do_propose_handover
from core.actions.network import (
    do_add_organisation,
    do_add_region,
    do_add_team,
    do_set_region_bot,
    find_organisation,
)
from core.actions.school_leavers import InvalidLeaversFile, do_import_leavers
from core.config import Settings
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.monitoring import figures_csv, network_figures, period_of, scope_of
from core.network_models import Organisation, OrganisationKind, Region
from core.school_leavers import Problem
from messages.i18n import render
from messages.import_texts import PROBLEMS


async def team_add(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            organisation = None
            if args.organisation:
                organisation = await _organisation(session, args)
            team = await do_add_team(
                session, name=args.name, organisation=organisation, actor=OPERATOR
            )
            return {"id": team.id, "organisation": team.organisation_id}

    return await with_database(settings, work)


async def _organisation(session: AsyncSession, args: argparse.Namespace) -> Organisation:
    """The named organisation; a new one (in the named or the default region) when no
    organisation has that name yet."""
    try:
        return await find_organisation(session, args.organisation)
    except NotFound:
        if args.organisation.strip().isdigit():
            raise
    region = None
    if args.region:
        region = (await session.exec(select(Region).where(Region.name == args.region))).first()
        region = region or await do_add_region(session, name=args.region, actor=OPERATOR)
    return await do_add_organisation(
        session,
        name=args.organisation,
        kind=args.organisation_kind,
        region=region,
        actor=OPERATOR,
    )


KINDS = [kind.value for kind in OrganisationKind]


async def region_add(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """A region, or the bot of an existing one: `koers region add --name N [--bot KEY]`."""

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            region = (await session.exec(select(Region).where(Region.name == args.name))).first()
            if region is None:
                region = await do_add_region(session, name=args.name, bot=args.bot, actor=OPERATOR)
            elif args.bot is not None:
                await do_set_region_bot(session, region=region, bot=args.bot, actor=OPERATOR)
            configured = args.bot is None or args.bot in settings.region_bots()
            return {"id": region.id, "bot": region.bot, "bot_configured": configured}

    return await with_database(settings, work)


async def handover(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """Proposes a warm handover: Koers asks the young person what may go; the receiving team
    accepts or declines it in the portal."""

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            proposed = await do_propose_handover(
                session,
                actor=OPERATOR,
                case_id=args.case_id,
                to_team_id=args.to_team,
                file=HandoverFile(args.story, args.what_works, args.watch_out),
                reach=settings.reach,
                read_days=args.read_days,
            )
            return {
                "handover": proposed.handover.id,
                "status": proposed.handover.status,
                "asked": proposed.asked,
            }

    return await with_database(settings, work)


async def import_leavers(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    content = _read(Path(args.path))

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            counts = await do_import_leavers(
                session,
                actor=OPERATOR,
                team_id=args.team,
                content=content,
                dry_run=args.dry_run,
                progress=_terminal_progress() if sys.stderr.isatty() else None,
            )
        return {**counts, **({"dry_run": True} if args.dry_run else {})}

    return await with_database(settings, work)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"cannot read {path}: {error.strerror}") from error


def _terminal_progress() -> Any:
    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        bar = "#" * filled + "." * (width - filled)
        end = "\n" if done >= total else ""
        print(f"\rimporting [{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def problem_rows(error: InvalidLeaversFile) -> list[dict[str, Any]]:
    """What `koers import --json` prints for a refused file: every problem, in plain Dutch."""
    return [_row(problem) for problem in error.problems]


def _row(problem: Problem) -> dict[str, Any]:
    return {
        "row": problem.row,
        "column": problem.column,
        "detail": render("nl", PROBLEMS[problem.code], **problem.params),
    }


async def stats(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """The network's figures for a team, organisation, region or everything, over a period."""
    if args.team is not None:
        kind, scope_id = "team", args.team
    elif args.organisation is not None:
        kind, scope_id = "organisation", args.organisation
    elif args.region is not None:
        kind, scope_id = "region", args.region
    else:
        kind, scope_id = "all", None
    period = period_of(args.start, args.end)

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            scope = await scope_of(session, kind, scope_id)
            return await network_figures(session, scope, period)

    figures = await with_database(settings, work)
    if args.csv:
        sys.stdout.write(figures_csv(figures))
        return {}
    return figures
