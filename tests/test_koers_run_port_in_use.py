"""`make run` when the port is taken: one clear line and how to choose another, no traceback,
and the database untouched (the port is bound before anything else happens)."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

from tests.blackbox import KOERS, ROOT


def test_koers_run_on_a_port_in_use_says_how_to_choose_another_and_touches_no_database(
    tmp_path: Path,
) -> None:
    database = tmp_path / "koers.db"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith("KOERS_")}
        env.update(
            KOERS_PORT=str(port),
            KOERS_DATABASE_URL=f"sqlite+aiosqlite:///{database}",
            KOERS_CACHE_DIR=str(tmp_path / "cache"),
        )
        finished = subprocess.run(
            [KOERS, "run"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
        )
    lines = finished.stderr.strip().splitlines()
    assert finished.returncode == 2, finished.stderr
    assert "Traceback" not in finished.stderr and len(lines) == 2, finished.stderr
    assert f"127.0.0.1:{port}" in lines[0] and "in use" in lines[0]
    assert f"KOERS_PORT={port + 1} make run" in lines[1]
    assert not database.exists()
