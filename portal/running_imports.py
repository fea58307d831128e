"""Leavers imports running in this portal process: each in its own task (so the coordinator's
page answers at once) with its progress for the page's bar. The import itself is one
transaction; when the process stops mid-way nothing is stored and the upload may be imported
again (importing is idempotent)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiohttp import web

from core.actions.leavers_upload import do_reset_interrupted_imports, run_import
from core.db import Database


@dataclass
class RunningImports:
    # upload id → (rows done, rows to do)
    progress: dict[int, tuple[int, int]] = field(default_factory=dict)
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def start(self, database: Database, *, coach_id: int, upload_id: int) -> None:
        self.progress[upload_id] = (0, 0)

        def progressed(done: int, total: int) -> None:
            self.progress[upload_id] = (done, total)

        async def work() -> None:
            try:
                await run_import(
                    database, coach_id=coach_id, upload_id=upload_id, progress=progressed
                )
            finally:
                self.progress.pop(upload_id, None)

        task = asyncio.create_task(work(), name=f"leavers-import-{upload_id}")
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def finish(self) -> None:
        """On shutdown: let running imports end (each is one transaction)."""
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)


IMPORTS = web.AppKey("koers_imports", RunningImports)


def setup_imports(app: web.Application, database: Database) -> None:
    app[IMPORTS] = RunningImports()

    async def reset(app: web.Application) -> None:
        async with database.transaction() as session:
            await do_reset_interrupted_imports(session)

    async def finish(app: web.Application) -> None:
        await app[IMPORTS].finish()

    app.on_startup.append(reset)
    app.on_cleanup.append(finish)
