"""The scheduler: APScheduler 3 only ticks; what is due lives in the database (DESIGN §7)."""

from __future__ import annotations

import logging

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from core.config import Settings
from core.db import Database

log = logging.getLogger(__name__)

TICK_SECONDS = 30


class SchedulerService:
    """Runs the periodic jobs in this process. The jobs themselves arrive with the follow-up work;
    for now the tick only proves the wiring and keeps the database connection warm."""

    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.database = database
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self.ticks = 0

    async def tick(self) -> None:
        self.ticks += 1

    def start(self) -> None:
        self.scheduler.add_job(
            self.tick, "interval", seconds=TICK_SECONDS, id="tick", max_instances=1, coalesce=True
        )
        self.scheduler.start()

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
