"""Several fake bots behind one Bot API root, as api.telegram.org serves every bot's token.

Each bot is a FakeBotApi of its own (its own chats, updates, webhook and faults); this server
only routes `/bot{token}/{method}` to the bot the token belongs to. An unknown token gets
Telegram's 401.

    async with SeveralBots({"default": "123:TEST", "utrecht": "2001:UTRECHT"}) as api:
        api["utrecht"].inject_message(...)
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from aiohttp import web

from tests.fakes.fake_bot_api import FakeBotApi


class SeveralBots:
    def __init__(self, tokens: dict[str, str]) -> None:
        self.bots = {
            key: FakeBotApi(token=token, username=f"koers_{key}_bot", first_name=f"Koers {key}")
            for key, token in tokens.items()
        }
        self._by_token = {token: self.bots[key] for key, token in tokens.items()}
        self._runner: web.AppRunner | None = None
        self.root = ""

    def __getitem__(self, key: str) -> FakeBotApi:
        return self.bots[key]

    async def _route(self, request: web.Request) -> web.StreamResponse:
        bot = self._by_token.get(request.match_info["token"])
        if bot is None:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        return await bot._handle_api(request)

    async def __aenter__(self) -> Self:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._route)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.root = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        for bot in self.bots.values():
            bot.root = self.root
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for bot in self.bots.values():
            await bot.stop()  # wakes their long polls; none has a server of its own
        if self._runner is not None:
            await self._runner.cleanup()
