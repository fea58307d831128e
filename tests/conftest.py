"""Shared fixtures: a database per test (SQLite and PostgreSQL), settings, the fake Bot API."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import TelegramService
from core.config import Settings
from core.crisis import compile_every_phrase, prepare_crisis_check
from core.db import Database
from tests import databases
from tests.blackbox import FakeApiProcess, free_port
from tests.fakes.fake_bot_api import FakeBotApi

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CACHE = Path(__file__).resolve().parent.parent / "var" / "cache"


@pytest.fixture(scope="session", autouse=True)
def crisis_check_ready() -> None:
    """The crisis lists compiled and the model trained before the first test, as `koers run`
    does before it listens: a test waiting seconds for a bot's answer must not pay for it. The
    model is kept where `koers run` keeps it, so the `koers run` processes tests start share
    one training. Every group of phrases is compiled too (as `koers run` does in production):
    the first Arabic text would otherwise wait seconds for its group."""
    prepare_crisis_check(CACHE)
    compile_every_phrase()


BOT_TOKEN = "123456:TEST-TOKEN"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return databases.migrated_sqlite_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    reason = databases.postgres_unavailable_reason()
    if reason is not None:
        if IN_CI:
            pytest.fail(f"{reason}; CI must test against PostgreSQL too")
        pytest.skip(reason)
    name, url = databases.create_postgres_database()
    yield url
    databases.drop_postgres_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        return databases.sqlite_copy(template, tmp_path)
    return request.getfixturevalue("postgres_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def unmigrated_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each kind, for tests that migrate step by step."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'unmigrated.db'}"
        return
    request.getfixturevalue("postgres_url")  # skips or fails as every PostgreSQL test does
    name, url = databases.create_postgres_database(migrated=False)
    yield url
    databases.drop_postgres_database(name)


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    db = Database(database_url)
    if not db.is_sqlite:
        await databases.empty_postgres(db)
    yield db
    await db.dispose()


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=BOT_TOKEN, username="koers_test_bot") as api:
        yield api


@pytest.fixture
def settings(database_url: str, fake_api: FakeBotApi) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        telegram_token=BOT_TOKEN,
        telegram_api_url=fake_api.root,
        host="127.0.0.1",
        port=8080,
        demo=False,
        send_interval_per_chat_seconds=0.0,
    )


@pytest.fixture
async def telegram(settings: Settings, database: Database) -> AsyncIterator[TelegramService]:
    """Koers's Telegram side, polling the fake Bot API: real Application, inbox and sender."""
    service = TelegramService(settings, database, polling=True)
    service.poller.long_poll_seconds = 1
    await service.start()
    yield service
    await service.stop()


# The black-box runs (`koers` and `koers run` as separate processes, tests/blackbox.py).
BLACKBOX_TOKEN = "777:BLACKBOX"


@pytest.fixture
def fake_api_process() -> Iterator[FakeApiProcess]:
    api = FakeApiProcess(BLACKBOX_TOKEN)
    yield api
    api.stop()


@pytest.fixture
def koers_env(
    database_url: str, database: Database, fake_api_process: FakeApiProcess
) -> dict[str, str]:
    """Environment for the `koers` processes; `database` empties a shared PostgreSQL first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOERS_")}
    env.update(
        KOERS_DATABASE_URL=database_url,
        KOERS_TELEGRAM_TOKEN=BLACKBOX_TOKEN,
        KOERS_TELEGRAM_API_URL=fake_api_process.root,
        KOERS_PORT=str(free_port()),
        KOERS_DEMO="false",
        KOERS_SEND_INTERVAL_PER_CHAT_SECONDS="0",
    )
    return env
