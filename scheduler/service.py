"""The scheduler: APScheduler 3 only ticks; what is due lives in the database (DESIGN §7)."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from core.actions.digest import do_plan_digests
from core.actions.leavers_upload import do_forget_old_uploads
from core.actions.open_invites import do_forget_expired_codes
from core.actions.raw_updates import do_clear_old_payloads
from core.clock import utcnow
from core.config import Settings
from core.db import Database
from core.monitoring_summary import do_refresh_figures
from core.supervisor import Supervisor
from core.tasks import TaskContext
from scheduler.jobs import HANDLERS, PREFETCH
from scheduler.runner import RunReport, run_due

log = logging.getLogger(__name__)

TICK_SECONDS = 30
# A tick does what is due in rounds of this many tasks, round after round while more is due
# (a Monday morning's reminders, a backlog after downtime), until its time is up; what is
# left then waits for the next tick.
TASKS_PER_ROUND = 1000
TICK_BUDGET_SECONDS = 20.0


class SchedulerService:
    """Runs due tasks every tick. Any number of processes may run one: a task is claimed in
    the transaction that does it, so each is done once."""

    def __init__(
        self, settings: Settings, database: Database, *, supervisor: Supervisor | None = None
    ) -> None:
        self.settings = settings
        self.database = database
        self.supervisor = supervisor or Supervisor()
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self.ticks = 0

    async def tick(self) -> RunReport | None:
        """One tick; a failing one (the database away) is logged once and tried next tick."""
        try:
            report = await self._tick()
        except Exception as error:
            self.supervisor.failed("scheduler", error)
            return None
        self.supervisor.succeeded("scheduler")
        return report

    async def _tick(self) -> RunReport:
        if self.ticks == 0:
            async with self.database.transaction() as session:
                await do_plan_digests(session)
        self.ticks += 1
        await self.clear_raw_updates()
        # The network's figures, recounted at most every quarter of an hour.
        await do_refresh_figures(self.database)
        context = TaskContext(
            base_url=self.settings.base_url,
            mail=self.settings.reach.mail,
            link_days=self.settings.reach.link_days,
        )
        report = RunReport()
        deadline = time.monotonic() + TICK_BUDGET_SECONDS
        while True:
            done = await run_due(
                self.database,
                HANDLERS,
                limit=TASKS_PER_ROUND,
                prefetch=PREFETCH,
                context=context,
            )
            report.add(done)
            # Fewer than a round's worth means nothing more is due (or others have it).
            if done.handled + done.failed < TASKS_PER_ROUND or time.monotonic() > deadline:
                break
        if report.handled or report.failed:
            log.info(
                "tick: %d done, %d skipped, %d later, %d failed",
                report.done,
                report.skipped,
                report.later,
                report.failed,
            )
        return report

    async def clear_raw_updates(self) -> int:
        """What people wrote stays in raw updates only as long as needed (DESIGN §8); codes
        of invites nobody used are not kept past their expiry either, nor uploaded leavers
        files past a day."""
        now = utcnow()
        async with self.database.transaction() as session:
            await do_forget_expired_codes(session, now=now)
            await do_forget_old_uploads(session)
            return await do_clear_old_payloads(
                session,
                handled_before=now - timedelta(hours=self.settings.raw_update_hours),
                failed_before=now - timedelta(days=self.settings.failed_update_days),
            )

    def start(self) -> None:
        self.supervisor.succeeded("scheduler")
        # The first tick comes at once, not after an interval: work that fell due while Koers
        # was down is done right after start.
        self.scheduler.add_job(
            self.tick,
            "interval",
            seconds=TICK_SECONDS,
            id="tick",
            max_instances=1,
            coalesce=True,
            next_run_time=utcnow(),
        )
        self.scheduler.start()

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
