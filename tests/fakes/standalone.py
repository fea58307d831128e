"""The fake Bot API as its own process, driven over HTTP: for black-box tests of `koers run`.

python -m tests.fakes.fake_bot_api --port 0 --token 123:TEST
# prints {"root": "http://127.0.0.1:PORT"}; POST {root}/_control/message etc.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.wire import CONTROL_ACTIONS, dumps

if TYPE_CHECKING:
    from tests.fakes.fake_bot_api import FakeBotApi


async def handle_control(api: FakeBotApi, request: web.Request) -> web.Response:
    """``/_control/{action}``: drive the fake over HTTP from another process."""
    action = request.match_info["action"]
    if action not in CONTROL_ACTIONS:
        return web.json_response({"error": f"unknown action; use {CONTROL_ACTIONS}"}, status=404)
    body = await request.json() if request.body_exists else {}
    if action == "wait":
        # Answered on the fake's own event, not by polling: another process waits for a send
        # to one chat, or (without chat_id) for that many sends in all.
        query = request.query
        if "chat_id" not in query:
            count = int(query.get("count", 1))
            arrived = await api.wait_until(
                lambda: len(api.sent) >= count, timeout=float(query.get("timeout", 20))
            )
            return web.json_response({"sent": len(api.sent), "arrived": arrived})
        sent = await api.wait_for_message(
            int(query["chat_id"]),
            count=int(query.get("count", 1)),
            timeout=float(query.get("timeout", 20)),
        )
        return web.json_response(asdict(sent), dumps=dumps)
    try:
        result = _control(api, action, body, request.query)
    except (TypeError, ValueError, KeyError) as exc:
        return web.json_response({"error": f"{type(exc).__name__}: {exc}"}, status=400)
    return web.json_response(result, dumps=dumps)


def _control(api: FakeBotApi, action: str, body: Any, query: Mapping[str, str]) -> Any:
    match action:
        case "message":
            return api.inject_message(**body)
        case "callback":
            return api.inject_callback(**body)
        case "update":
            return api.inject_update(body)
        case "fail":
            api.fail_next(**body)
        case "delay":
            api.delay_next(**body)
        case "drop":
            api.drop_next(**body)
        case "block":
            api.blocked_chats.add(int(body["chat_id"]))
        case "unblock":
            api.blocked_chats.discard(int(body["chat_id"]))
        case "sent":
            chat_id = query.get("chat_id")
            sent = api.sent if chat_id is None else api.sent_to(int(chat_id))
            return [asdict(message) for message in sent]
        case "calls":
            method = query.get("method")
            return [asdict(c) for c in (api.calls(method) if method else api.all_calls)]
    return {"ok": True}


async def _serve(args: argparse.Namespace) -> None:
    from tests.fakes.fake_bot_api import FakeBotApi

    api = FakeBotApi(
        token=None if args.any_token else args.token,
        username=args.username,
        port=args.port,
        update_id_start=args.update_id_start,
    )
    await api.start()
    print(json.dumps({"root": api.root}), flush=True)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    try:
        await stopping.wait()
    finally:
        await api.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token", default="123:TEST")
    parser.add_argument("--any-token", action="store_true", help="accept every token")
    parser.add_argument("--username", default="koers_test_bot")
    parser.add_argument("--update-id-start", type=int, default=1000)
    asyncio.run(_serve(parser.parse_args(argv)))
