"""The tokens of the regions' bots: read from the environment or a secrets file, never stored.

Two ways to give them, both read at start:

- environment variables, one pair per bot: ``KOERS_BOT_UTRECHT_TOKEN`` and (webhook mode)
  ``KOERS_BOT_UTRECHT_WEBHOOK_SECRET`` give the bot with key ``utrecht``;
- a TOML file named by ``KOERS_BOTS_FILE`` (readable by Koers's user only), a table per bot::

      [utrecht]
      token = "123456:AA…"
      webhook_secret = "…"

A key in both places takes the environment's values. A token is kept as a SecretStr: it does
not show in a repr, a log line or an error message.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from core.bots import BOT_KEY, DEFAULT_BOT

# What a Bot API token looks like: the bot's number, a colon, then letters.
TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_ENVIRONMENT = re.compile(r"KOERS_BOT_([A-Z0-9_]+?)_(TOKEN|WEBHOOK_SECRET)")


@dataclass(frozen=True)
class BotSecrets:
    key: str
    token: SecretStr
    webhook_secret: SecretStr | None = None


class BotSecretsError(ValueError):
    """Says which bot and what is wrong, never the token itself."""


def region_bots(
    environment: Mapping[str, str] | None = None, bots_file: str | None = None
) -> dict[str, BotSecrets]:
    """Every region's bot the operator configured, by key."""
    found: dict[str, dict[str, str]] = {}
    if bots_file:
        for key, values in _read_file(Path(bots_file)).items():
            found[key] = values
    for name, value in (os.environ if environment is None else environment).items():
        match = _ENVIRONMENT.fullmatch(name)
        if match is None or not value:
            continue
        key, part = match.group(1).lower(), match.group(2).lower()
        found.setdefault(key, {})[part] = value
    return {key: _checked(key, values) for key, values in sorted(found.items())}


def _read_file(path: Path) -> dict[str, dict[str, str]]:
    try:
        mode = path.stat().st_mode
        content = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BotSecretsError(f"KOERS_BOTS_FILE cannot be read: {error.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise BotSecretsError(f"KOERS_BOTS_FILE is not valid TOML: {error}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise BotSecretsError(
            f"KOERS_BOTS_FILE holds tokens and may be read by others: chmod 600 {path}"
        )
    bots: dict[str, dict[str, str]] = {}
    for key, table in content.items():
        if not isinstance(table, dict):
            raise BotSecretsError(f"KOERS_BOTS_FILE: [{key}] must be a table with a token")
        bots[key] = {part: str(value) for part, value in table.items()}
    return bots


def _checked(key: str, values: Mapping[str, str]) -> BotSecrets:
    if not BOT_KEY.fullmatch(key) or key == DEFAULT_BOT:
        raise BotSecretsError(
            f"bot key {key!r}: use 1-40 of a-z, 0-9 and _ (not {DEFAULT_BOT!r}, that is"
            " KOERS_TELEGRAM_TOKEN's bot)"
        )
    unknown = set(values) - {"token", "webhook_secret"}
    if unknown:
        raise BotSecretsError(f"bot {key!r}: unknown setting {sorted(unknown)[0]!r}")
    token = values.get("token")
    if not token or not TOKEN.fullmatch(token):
        raise BotSecretsError(f"bot {key!r}: no token, or not one as BotFather gives them")
    secret = values.get("webhook_secret")
    if secret is not None and not WEBHOOK_SECRET.fullmatch(secret):
        raise BotSecretsError(
            f"bot {key!r}: the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
        )
    return BotSecrets(
        key=key,
        token=SecretStr(token),
        webhook_secret=SecretStr(secret) if secret is not None else None,
    )
