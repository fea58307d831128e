"""Inbound webhook throughput of two `koers run` processes on one PostgreSQL against one.

N strangers each send /start; a load balancer (this script, 16 kept-alive connections, as
Telegram and a reverse proxy keep theirs) posts the updates round-robin to the processes'
webhooks. Each update is stored, handled (an intake request and a reply) and its reply sent to
the fake Bot API (in its own process, send limits lifted). Timed from the first post until
every reply was sent; the same in one run for one process and for two, each on a fresh
database, and the ratio printed (these machines are noisy: compare the
ratio). Goal: two processes ≥ 1.6 × one.

    .venv/bin/python -m bench.webhook_processes            # N=600
    .venv/bin/python -m bench.webhook_processes --n 1000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from typing import Any

import aiohttp
from sqlmodel import func, select

from bench.scratch_database import scratch_database
from core.db import Database
from core.models import OutboxMessage, OutboxStatus
from tests.blackbox import FakeApiProcess, KoersProcess, free_port

TOKEN = "4343:BENCH"
SECRET = "bench_webhook-secret"
FIRST_CHAT = 300_000
CONNECTIONS = 16


def _update(number: int) -> dict[str, Any]:
    chat = FIRST_CHAT + number
    person = {"id": chat, "is_bot": False, "first_name": "Vreemde"}
    return {
        "update_id": 1 + number,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private"},
            "from": person,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


async def _post_all(ports: list[int], n: int) -> None:
    """Posts the N updates round-robin over CONNECTIONS connections that stay open."""
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}
    bodies = [(ports[number % len(ports)], json.dumps(_update(number))) for number in range(n)]
    connector = aiohttp.TCPConnector(limit=CONNECTIONS)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as client:

        async def post(port: int, body: str) -> None:
            url = f"http://127.0.0.1:{port}/telegram/webhook"
            async with client.post(url, data=body, headers=headers) as response:
                assert response.status == 200, response.status

        await asyncio.gather(*(post(port, body) for port, body in bodies))


async def _sent(database: Database) -> int:
    async with database.transaction() as session:
        count = await session.exec(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENT)
        )
        return int(count.one())


async def run_with(processes: int, n: int, cache_dir: str) -> float:
    """Updates per second with `processes` processes, on a fresh database."""
    api = FakeApiProcess(TOKEN)
    try:
        async with scratch_database("postgresql") as database:
            ports = [free_port() for _ in range(processes)]
            env = {k: v for k, v in os.environ.items() if not k.startswith("KOERS_")}
            env.update(
                KOERS_DATABASE_URL=database.url,
                KOERS_TELEGRAM_TOKEN=TOKEN,
                KOERS_TELEGRAM_API_URL=api.root,
                KOERS_TELEGRAM_MODE="webhook",
                KOERS_WEBHOOK_SECRET=SECRET,
                KOERS_PUBLIC_URL=f"http://127.0.0.1:{ports[0]}",
                KOERS_DEMO="false",
                KOERS_SEND_RATE_PER_SECOND="100000",
                KOERS_SEND_INTERVAL_PER_CHAT_SECONDS="0",
                KOERS_CACHE_DIR=cache_dir,
            )
            running = [KoersProcess({**env, "KOERS_PORT": str(port)}, port) for port in ports]
            try:
                started = time.perf_counter()
                await _post_all(ports, n)
                await asyncio.to_thread(api.wait_for_sends, None, count=n, timeout=600)
                elapsed = time.perf_counter() - started
                # The sender marks a message sent just after Telegram took it: wait for that.
                for _ in range(300):
                    if await _sent(database) == n:
                        break
                    await asyncio.sleep(0.1)
                assert await _sent(database) == n
            finally:
                for process in running:
                    process.terminate()
    finally:
        api.stop()
    return n / elapsed


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as cache_dir:
        one = await run_with(1, n, cache_dir)
        two = await run_with(2, n, cache_dir)
    print(f"webhook throughput, {n} updates, PostgreSQL, {os.cpu_count()} CPU cores")
    print(f"  one process   {one:7.1f} updates/s")
    print(f"  two processes {two:7.1f} updates/s")
    print(f"  ratio         {two / one:7.2f}  (goal >= 1.6)")
    print(f"reproduce: .venv/bin/python -m bench.webhook_processes --n {n}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    asyncio.run(main(parser.parse_args().n))
