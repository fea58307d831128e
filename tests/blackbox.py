"""Driving Koers from outside, as an operator's script would: the `koers` CLI and `koers run`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
KOERS = str(Path(sys.executable).parent / "koers")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FakeApiProcess:
    """The fake Bot API in its own process, driven over its /_control endpoints."""

    def __init__(self, token: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fakes.fake_bot_api", "--port", "0", "--token", token],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.root: str = json.loads(self.process.stdout.readline())["root"]

    def control(self, action: str, body: dict[str, Any] | None = None, **query: Any) -> Any:
        url = f"{self.root}/_control/{action}"
        if query:
            url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
        data = json.dumps(body).encode() if body is not None else None
        request = Request(url, data=data, method="POST" if body is not None else "GET")
        request.add_header("Content-Type", "application/json")
        with urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def wait_for_sends(self, chat_id: int | None, count: int = 1, timeout: float = 20.0) -> None:
        """Returns once the chat (None: all chats together) received `count` messages; the
        fake answers on its own event."""
        url = f"{self.root}/_control/wait?count={count}&timeout={timeout}"
        if chat_id is not None:
            url += f"&chat_id={chat_id}"
        with urlopen(Request(url), timeout=timeout + 5) as response:
            answer = json.loads(response.read())
        if chat_id is None:
            assert answer["arrived"], f"{answer['sent']} of {count} messages sent"

    def sent(self, chat_id: int) -> list[dict[str, Any]]:
        return list(self.control("sent", chat_id=chat_id))

    def wait_for(self, chat_id: int, contains: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.sent(chat_id):
                if contains in (message.get("text") or ""):
                    return message
            time.sleep(0.1)
        raise AssertionError(f"chat {chat_id} got nothing with {contains!r}: {self.sent(chat_id)}")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)


def koers(env: dict[str, str], *args: str) -> dict[str, Any]:
    """Runs one `koers … --json` command and returns its JSON output."""
    done = subprocess.run(
        [KOERS, *args, "--json"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, f"koers {' '.join(args)} failed: {done.stderr}"
    return dict(json.loads(done.stdout))


class KoersProcess:
    """`koers run` in its own process."""

    def __init__(self, env: dict[str, str], port: int) -> None:
        self.port = port
        self.output = open(os.devnull, "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [KOERS, "run"], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=self.output, text=True
        )
        self.wait_until_healthy()

    def wait_until_healthy(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"koers run exited with {self.process.returncode}")
            try:
                with urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("koers run did not become healthy")

    def terminate(self, timeout: float = 20.0) -> int:
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=timeout)
        self.output.close()
        return code

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        self.output.close()


def add_anna(env: dict[str, str]) -> dict[str, Any]:
    """Anna, the coach most black-box tests start with (her e-mail: anna@team.nl)."""
    return koers(
        env,
        "coach",
        "add",
        "--name",
        "Anna",
        "--email",
        "anna@team.nl",
        "--password",
        "lang-genoeg-wachtwoord",
    )


def refused(env: dict[str, str], *args: str) -> dict[str, object]:
    """A `koers` command that must fail: exit 1 and its JSON error."""
    done = subprocess.run(
        [KOERS, *args, "--json"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1, done.stdout
    return dict(json.loads(done.stdout))
