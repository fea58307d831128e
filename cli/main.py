"""The `koers` command for operators (DESIGN §9): run, migrate, coaches, cases, invites."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any, TypeVar

from cli import case_commands, network_commands
from cli.database import bot_username, with_database
from core.actions.handover import READ_DAYS
from core.actions.invites import do_create_coach_invite
from core.actions.organisation import coach_by_email, do_add_coach, do_set_password
from core.actions.school_leavers import InvalidLeaversFile
from core.actions.team_settings import do_set_team_rules, do_set_team_stages
from core.config import Settings, get_settings
from core.db import Database
from core.errors import InvalidInput, KoersError, NotFound
from core.journey import DEFAULT_STAGES, OUTCOMES
from core.status import queue_status
from core.team_rules import described
from messages.i18n import render
from messages.journey_texts import STAGE_NAMES

T = TypeVar("T")
Command = Callable[[argparse.Namespace, Settings], Awaitable[dict[str, Any]]]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    settings = get_settings()
    if args.command is _run:
        from cli.run import serve

        return asyncio.run(serve(settings))
    try:
        result = asyncio.run(args.command(args, settings))
    except KoersError as error:
        return _fail(args, error)
    _print(args, result)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koers", description=__doc__)
    commands = parser.add_subparsers(metavar="COMMAND")

    run = commands.add_parser("run", help="migrate, then serve portal, bot and scheduler")
    run.set_defaults(command=_run)
    migrate_ = commands.add_parser("migrate", help="apply database migrations")
    _json_flag(migrate_).set_defaults(command=_migrate)

    coach = commands.add_parser("coach", help="coaches").add_subparsers(metavar="ACTION")
    add = coach.add_parser("add", help="add a coach")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    _password_flags(add)
    add.add_argument("--team", help="the team's id or name (a new name makes a new team)")
    add.add_argument("--coordinator", action="store_true")
    _json_flag(add).set_defaults(command=_coach_add)
    password = coach.add_parser("password", help="set a coach's new password (a reset)")
    password.add_argument("email")
    _password_flags(password)
    _json_flag(password).set_defaults(command=_coach_password)
    invite = coach.add_parser("invite", help="a link that connects the coach's Telegram")
    invite.add_argument("email")
    _json_flag(invite).set_defaults(command=_coach_invite)

    case = commands.add_parser("case", help="cases").add_subparsers(metavar="ACTION")
    case_add = case.add_parser("add", help="add a case with its young person")
    case_add.add_argument("--first-name", required=True)
    case_add.add_argument("--coach", required=True, metavar="EMAIL")
    case_add.add_argument("--birth-date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    _json_flag(case_add).set_defaults(command=case_commands.case_add)
    show = case.add_parser("show", help="a case's state")
    show.add_argument("case_id", type=int, metavar="CASE_ID")
    _json_flag(show).set_defaults(command=case_commands.case_show)
    close = case.add_parser("close", help="close a case: its web links and sessions end at once")
    close.add_argument("case_id", type=int, metavar="CASE_ID")
    close.add_argument("--outcome", help="how the trajectory ended: " + ", ".join(OUTCOMES))
    _json_flag(close).set_defaults(command=case_commands.case_close)
    stage = case.add_parser("stage", help="set where in the journey a case is")
    stage.add_argument("case_id", type=int, metavar="CASE_ID")
    stage.add_argument("stage", metavar="STAGE", help="one of " + ", ".join(DEFAULT_STAGES))
    _json_flag(stage).set_defaults(command=case_commands.case_stage)
    outcome = case.add_parser("outcome", help="set where the young person is now")
    outcome.add_argument("case_id", type=int, metavar="CASE_ID")
    outcome.add_argument("outcome", metavar="OUTCOME", help="one of " + ", ".join(OUTCOMES))
    _json_flag(outcome).set_defaults(command=case_commands.case_outcome)
    erase = case.add_parser("erase", help="erase a case and its people at once")
    erase.add_argument("case_id", type=int, metavar="CASE_ID")
    _json_flag(erase).set_defaults(command=case_commands.case_erase)

    audit_ = commands.add_parser("audit", help="who saw or changed a case, when, from where")
    audit_.add_argument("case_id", type=int, metavar="CASE_ID")
    _json_flag(audit_).set_defaults(command=case_commands.audit)

    case_invite = commands.add_parser("invite", help="invite someone on a case")
    case_invite.add_argument("case_id", type=int, metavar="CASE_ID")
    case_invite.add_argument("--role", required=True, choices=["youth", "parent", "employer"])
    case_invite.add_argument(
        "--email", help="where Koers may mail a short note when the coach answers on the web"
    )
    _json_flag(case_invite).set_defaults(command=case_commands.case_invite)

    appointment = commands.add_parser("appointment", help="appointments")
    appointment_add = appointment.add_subparsers(metavar="ACTION").add_parser("add")
    appointment_add.add_argument("case_id", type=int, metavar="CASE_ID")
    appointment_add.add_argument("--what", required=True)
    appointment_add.add_argument(
        "--at", required=True, type=datetime.fromisoformat, help="local time, YYYY-MM-DDTHH:MM"
    )
    appointment_add.add_argument("--where")
    appointment_add.add_argument("--minutes", type=int, default=60)
    _json_flag(appointment_add).set_defaults(command=case_commands.appointment_add)

    status = commands.add_parser("status", help="inbox and outbox counts by state")
    _json_flag(status).set_defaults(command=_status)

    team = commands.add_parser("team", help="teams").add_subparsers(metavar="ACTION")
    rules = team.add_parser("rules", help="a team's follow-up rules; --set changes one")
    rules.add_argument("team_id", type=int, metavar="TEAM_ID")
    rules.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="e.g. quiet_from=22:00"
    )
    _json_flag(rules).set_defaults(command=_team_rules)
    stages = team.add_parser("stages", help="a team's journey stages; --set renames or adds one")
    stages.add_argument("team_id", type=int, metavar="TEAM_ID")
    stages.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="ID=NAME",
        help="e.g. praktijkroute=Praktijkroute (an empty name removes a stage of its own)",
    )
    _json_flag(stages).set_defaults(command=_team_stages)

    team_add = team.add_parser("add", help="add a team (to an organisation)")
    team_add.add_argument("--name", required=True)
    team_add.add_argument("--organisation", help="id or name; a new name makes a new organisation")
    team_add.add_argument("--organisation-kind", choices=network_commands.KINDS, default="other")
    team_add.add_argument("--region", help="the region of a new organisation")
    _json_flag(team_add).set_defaults(command=network_commands.team_add)

    region = commands.add_parser("region", help="regions").add_subparsers(metavar="ACTION")
    region_add = region.add_parser("add", help="add a region, or set the bot of one")
    region_add.add_argument("--name", required=True)
    region_add.add_argument(
        "--bot", help="the key of the region's own bot (KOERS_BOT_<KEY>_TOKEN or KOERS_BOTS_FILE)"
    )
    _json_flag(region_add).set_defaults(command=network_commands.region_add)

    import_ = commands.add_parser("import", help="import a school's leavers file (CSV)")
    import_.add_argument("path", metavar="PATH")
    import_.add_argument("--team", type=int, required=True, metavar="TEAM_ID")
    import_.add_argument(
        "--dry-run", action="store_true", help="check the file and count, store nothing"
    )
    _json_flag(import_).set_defaults(command=network_commands.import_leavers)

    handover = commands.add_parser(
        "handover", help="hand a case to another organisation's team (warm handover)"
    )
    handover.add_argument("case_id", type=int, metavar="CASE_ID")
    handover.add_argument("--to-team", type=int, required=True, metavar="TEAM_ID")
    handover.add_argument("--story", default="", help="the story so far, in plain words")
    handover.add_argument("--what-works", default="")
    handover.add_argument("--watch-out", default="")
    handover.add_argument(
        "--read-days",
        type=int,
        default=0,
        choices=READ_DAYS,
        help="days the old coach may go on reading, if the young person agrees",
    )
    _json_flag(handover).set_defaults(command=network_commands.handover)

    stats = commands.add_parser("stats", help="the network's figures (as on the coordinator page)")
    scope = stats.add_mutually_exclusive_group()
    scope.add_argument("--team", type=int, metavar="TEAM_ID")
    scope.add_argument("--organisation", type=int, metavar="ORGANISATION_ID")
    scope.add_argument("--region", type=int, metavar="REGION_ID")
    stats.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    stats.add_argument("--csv", action="store_true", help="print CSV (one figure per row)")
    _json_flag(stats).set_defaults(command=network_commands.stats)

    demo = commands.add_parser("demo", help="load demo data into an empty database")
    _json_flag(demo).set_defaults(command=_demo)
    return parser


def _password_flags(parser: argparse.ArgumentParser) -> None:
    secret = parser.add_mutually_exclusive_group(required=True)
    secret.add_argument("--password")
    secret.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )


def _json_flag(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parser


async def _run(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    raise AssertionError("handled in main()")


async def _migrate(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def done(database: Database) -> dict[str, Any]:
        return {"migrated": True}

    return await with_database(settings, done)


async def _coach_add(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            coach = await do_add_coach(
                session,
                name=args.name,
                email=args.email,
                password=_password(args),
                # A number is a team's id (from `koers team add`), anything else its name.
                team_name=None if (args.team or "").isdigit() else args.team,
                team_id=int(args.team) if (args.team or "").isdigit() else None,
                is_coordinator=args.coordinator,
            )
            return {"id": coach.id}

    return await with_database(settings, work)


async def _coach_password(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    new_password = _password(args)

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            coach = await coach_by_email(session, args.email)
            await do_set_password(session, coach=coach, password=new_password)
            return {"reset": coach.id}

    return await with_database(settings, work)


def _password(args: argparse.Namespace) -> str:
    """The password from --password, or the first line of standard input: a password typed
    on the command line stays in the shell's history and the process list."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(args.password)


async def _coach_invite(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    username = await bot_username(settings)

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            coach = await coach_by_email(session, args.email)
            issued = await do_create_coach_invite(
                session, coach=coach, bot_username=username, valid_days=settings.invite_days
            )
            return {"code": issued.code, "link": issued.link}

    return await with_database(settings, work)


async def _team_rules(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    changes: dict[str, str] = {}
    for item in args.set:
        name, sign, value = item.partition("=")
        if not sign:
            raise InvalidInput(f"--set needs NAME=VALUE, got {item!r}")
        changes[name.strip()] = value.strip()

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            rules = await do_set_team_rules(session, team_id=args.team_id, changes=changes)
            return {"team": args.team_id, "rules": described(rules)}

    return await with_database(settings, work)


async def _team_stages(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    names: dict[str, str] = {}
    for item in args.set:
        stage_id, sign, name = item.partition("=")
        if not sign:
            raise InvalidInput(f"--set needs ID=NAME, got {item!r}")
        names[stage_id.strip()] = name

    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            found = await do_set_team_stages(session, team_id=args.team_id, names=names)
            return {
                "team": args.team_id,
                "stages": [
                    {"id": stage.id, "name": stage.name or render("nl", STAGE_NAMES[stage.id])}
                    for stage in found
                ],
            }

    return await with_database(settings, work)


async def _status(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    async def work(database: Database) -> dict[str, Any]:
        async with database.transaction() as session:
            return await queue_status(session)

    return await with_database(settings, work)


async def _demo(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    from cli.run import load_demo_if_empty

    async def work(database: Database) -> dict[str, Any]:
        return {"loaded": await load_demo_if_empty(database)}

    return await with_database(settings, work)


def _print(args: argparse.Namespace, result: dict[str, Any]) -> None:
    if getattr(args, "csv", False):
        return  # the command wrote its CSV itself
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


def _fail(args: argparse.Namespace, error: KoersError) -> int:
    kind = "not_found" if isinstance(error, NotFound) else "invalid"
    if isinstance(error, InvalidLeaversFile):
        rows = network_commands.problem_rows(error)
        if getattr(args, "json", False):
            print(json.dumps({"error": "invalid", "rows": rows}, ensure_ascii=False))
        for row in rows:
            print(f"koers: row {row['row']}, {row['column']}: {row['detail']}", file=sys.stderr)
        return 1
    if getattr(args, "json", False):
        print(json.dumps({"error": kind, "detail": str(error)}, ensure_ascii=False))
    print(f"koers: {error}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
