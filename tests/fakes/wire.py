"""The fake Bot API's wire format: records, errors, decoding of python-telegram-bot requests."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]
Handler = Callable[[JsonDict], Awaitable[Any]]

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
DEFAULT_GROUP_USER_ID = 4242
#: Form fields python-telegram-bot sends as JSON strings.
JSON_FIELDS = frozenset(
    {"reply_markup", "allowed_updates", "entities", "caption_entities", "reply_parameters"}
    | {"link_preview_options", "commands", "scope"}
)
INT_FIELDS = frozenset(
    {"chat_id", "message_id", "offset", "limit", "reply_to_message_id", "message_thread_id"}
    | {"cache_time", "max_connections", "user_id"}
)
BOOL_FIELDS = frozenset(
    {"show_alert", "drop_pending_updates", "disable_notification", "protect_content"}
    | {"allow_sending_without_reply"}
)
SEND_METHODS = frozenset({"sendmessage", "sendphoto", "senddocument"})
CHAT_METHODS = SEND_METHODS | {"sendchataction", "editmessagetext", "editmessagereplymarkup"}
#: Update types delivered when allowed_updates is empty or was never set.
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
CONTROL_ACTIONS = (
    *("message", "callback", "update", "fail", "delay", "drop", "block", "unblock"),  # POST
    *("sent", "calls"),  # GET, with ?chat_id= or ?method=
    "wait",  # GET ?chat_id=&count=&timeout=: answers once the chat received that many messages
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


@dataclass
class SentMessage:
    """One outgoing bot action: a send, an edit or a callback answer."""

    method: str
    chat_id: int | str | None
    message_id: int | None
    text: str | None
    reply_markup: JsonDict | None
    params: JsonDict
    at: float = field(default_factory=time.time)

    @property
    def buttons(self) -> list[JsonDict]:
        """The inline keyboard buttons, row after row (empty without an inline keyboard)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]


@dataclass
class ApiCall:
    """One request to the Bot API, answered or not."""

    method: str
    params: JsonDict
    token: str
    http_method: str = "POST"
    status: int | None = None  # HTTP status answered; None while pending or when dropped
    error: str | None = None  # the error description answered, if any
    fault: str | None = None  # "fail:429", "delay:0.5", "drop" or "blocked" when scripted
    at: float = field(default_factory=time.time)


@dataclass
class Fault:
    kind: str  # "fail", "delay" or "drop"
    method: str  # lower-case Bot API method name
    times: int
    chat_id: int | str | None = None
    status: int = 0
    description: str = ""
    retry_after: int | None = None
    seconds: float = 0.0

    @property
    def label(self) -> str:
        """How the fault shows in ``ApiCall.fault``: fail:429, delay:0.5 or drop."""
        detail = {"fail": self.status, "delay": self.seconds}.get(self.kind)
        return self.kind if detail is None else f"{self.kind}:{detail}"


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> JsonDict:
        body: JsonDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def dumps(value: Any) -> str:
    def fallback(obj: object) -> str:
        return f"<{len(obj)} bytes>" if isinstance(obj, bytes) else str(obj)

    return json.dumps(value, default=fallback, ensure_ascii=False)


def normalize(params: JsonDict) -> JsonDict:
    """Turn form strings into the types Telegram would read them as."""
    for key, value in params.items():
        if not isinstance(value, str):
            continue
        if key in JSON_FIELDS and value[:1] in ("{", "["):
            try:
                params[key] = json.loads(value)
            except ValueError:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from None
        elif key in INT_FIELDS and re.fullmatch(r"-?\d+", value):
            params[key] = int(value)
        elif key == "timeout" and re.fullmatch(r"\d+(\.\d*)?", value):
            number = float(value)
            params[key] = int(number) if number.is_integer() else number
        elif key in BOOL_FIELDS and value in ("true", "false"):
            params[key] = value == "true"
    return params
