"""Koers against a bare python-telegram-bot echo bot on the same fake Bot API, in one run.

Each of N young people (linked, consent given; one coach per ten) sends one question. Koers
stores the update, handles it in a transaction (thread, message, audit, two outbox rows), and
its sender delivers the confirmation and the coach's alert. The echo bot answers each update
with one sendMessage straight from its handler. We time from injection until every reply has
arrived and print both throughputs and their ratio (machines here are noisy: compare the ratio,
not the absolute times).

    .venv/bin/python -m bench.echo_ratio            # N=300, SQLite
    .venv/bin/python -m bench.echo_ratio --n 500 --database postgresql
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import uuid

import asyncpg
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.app import TelegramService
from core.access import OPERATOR
from core.actions.invites import do_create_case_invite
from core.actions.linking import do_choose_language, do_record_consent, do_redeem_start_code
from core.actions.organisation import do_add_case, do_add_coach
from core.config import Settings
from core.crisis import compile_every_phrase, prepare_crisis_check
from core.db import Database
from core.migrate import migrate
from tests.fakes.fake_bot_api import FakeBotApi

TOKEN = "4242:BENCH"
FIRST_CHAT = 100_000
# Each coach's chat gets one alert per question; Telegram allows about one message per second
# per chat, so a benchmark with one coach for everyone would only measure that queue.
CASES_PER_COACH = 10


async def echo_bot(api: FakeBotApi, n: int) -> float:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    application = Application.builder().token(TOKEN).base_url(api.base_url).build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        started = time.perf_counter()
        for i in range(n):
            api.inject_message(FIRST_CHAT + i, f"vraag {i}")
        await _wait_for_sends(api, n)
        elapsed = time.perf_counter() - started
        await application.updater.stop()
        await application.stop()
    return elapsed


async def koers(api: FakeBotApi, n: int, database_url: str, rate: float) -> float:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        telegram_token=TOKEN,
        telegram_api_url=api.root,
        send_rate_per_second=rate,
        send_interval_per_chat_seconds=0.0,
        demo=False,
    )
    database = Database(database_url)
    await migrate(database)
    await _link_people(database, n)
    service = TelegramService(settings, database, polling=True)
    service.poller.long_poll_seconds = 1
    await service.start()
    sent_before = len(api.calls("sendMessage"))
    started = time.perf_counter()
    for i in range(n):
        api.inject_message(FIRST_CHAT + i, f"vraag {i}")
    await _wait_for_sends(api, sent_before + 2 * n)  # confirmation + coach alert per question
    elapsed = time.perf_counter() - started
    await service.stop()
    await database.dispose()
    return elapsed


async def _link_people(database: Database, n: int) -> None:
    async with database.transaction() as session:
        coaches = []
        for c in range(max(1, n // CASES_PER_COACH)):
            coach = await do_add_coach(
                session, name=f"Coach {c}", email=f"c{c}@bench", password="lang-genoeg-wachtwoord"
            )
            coach.telegram_chat_id = coach.telegram_user_id = 1 + c
            coaches.append(coach)
        for i in range(n):
            coach = coaches[i % len(coaches)]
            case = await do_add_case(session, coach=coach, first_name=f"Jongere {i}", actor=coach)
            invite = await do_create_case_invite(
                session,
                case_id=case.id or 0,
                role="youth",
                bot_username="bench_bot",
                base_url="http://127.0.0.1",
                valid_days=1,
                actor=OPERATOR,
            )
            chat = FIRST_CHAT + i
            result = await do_redeem_start_code(
                session, code=invite.code, telegram_user_id=chat, chat_id=chat, first_name="Sam"
            )
            assert result.membership is not None
            person = result.membership.person
            await do_choose_language(session, person=person, language="nl")
            await do_record_consent(session, person=person, accepted=True, base_url="")


async def _wait_for_sends(api: FakeBotApi, total: int) -> None:
    while len([c for c in api.calls("sendMessage") if c.status == 200]) < total:  # noqa: ASYNC110
        await asyncio.sleep(0.01)


async def _postgres_url() -> tuple[str, str]:
    name = f"koers_bench_{uuid.uuid4().hex[:8]}"
    connection = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
    await connection.execute(f'CREATE DATABASE "{name}"')
    await connection.close()
    return name, f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"


async def _drop_postgres(name: str) -> None:
    connection = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
    await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await connection.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()

    # As `koers run` does at start: otherwise the first run would include training the crisis
    # model and compiling its phrases (seconds) in the time of its first updates.
    prepare_crisis_check()
    compile_every_phrase()
    async with FakeBotApi(token=TOKEN) as api:
        echo_seconds = await echo_bot(api, args.n)
    results = {}
    for label, rate in (("Koers, Telegram's 30/s limit", 30.0), ("Koers, limit lifted", 10_000.0)):
        pg_name = None
        with tempfile.TemporaryDirectory() as directory:
            if args.database == "sqlite":
                url = f"sqlite+aiosqlite:///{os.path.join(directory, 'bench.db')}"
            else:
                pg_name, url = await _postgres_url()
            async with FakeBotApi(token=TOKEN) as api:
                results[label] = await koers(api, args.n, url, rate)
            if pg_name:
                await _drop_postgres(pg_name)

    echo_rate = args.n / echo_seconds
    print(f"questions: {args.n}, database: {args.database}")
    print(f"  bare PTB echo bot:              {echo_rate:8.1f} updates/s ({echo_seconds:.2f} s)")
    for label, seconds in results.items():
        rate = args.n / seconds
        print(
            f"  {label + ':':<31} {rate:8.1f} updates/s ({seconds:.2f} s), "
            f"{2 * args.n / seconds:.1f} sends/s, ratio to echo {echo_rate / rate:.2f}x"
        )
    command = f".venv/bin/python -m bench.echo_ratio --n {args.n} --database {args.database}"
    print(f"reproduce: {command}")


if __name__ == "__main__":
    asyncio.run(main())
