"""The regions' bot tokens: read from the environment or a secrets file, checked at start,
and never shown in a message, a repr or the database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from core.bot_secrets import BotSecretsError, region_bots
from core.config import Settings

TOKEN = "2001:UTRECHT-SECRET-TOKEN"


def test_a_bot_is_given_by_two_environment_variables() -> None:
    bots = region_bots(
        {
            "KOERS_BOT_UTRECHT_TOKEN": TOKEN,
            "KOERS_BOT_UTRECHT_WEBHOOK_SECRET": "s3cret_utrecht",
            "KOERS_BOT_NOORD_HOLLAND_TOKEN": "2002:NH-TOKEN",
            "KOERS_TELEGRAM_TOKEN": "123:DEFAULT",
        }
    )

    assert sorted(bots) == ["noord_holland", "utrecht"]
    assert bots["utrecht"].token.get_secret_value() == TOKEN
    assert bots["utrecht"].webhook_secret is not None
    assert bots["noord_holland"].webhook_secret is None
    assert TOKEN not in repr(bots) and TOKEN not in str(bots["utrecht"])


def test_a_secrets_file_readable_only_by_koers_gives_bots(tmp_path: Path) -> None:
    path = tmp_path / "bots.toml"
    path.write_text(f'[utrecht]\ntoken = "{TOKEN}"\nwebhook_secret = "abc"\n', encoding="utf-8")
    os.chmod(path, 0o600)

    bots = region_bots({}, str(path))

    assert bots["utrecht"].token.get_secret_value() == TOKEN


def test_a_secrets_file_others_may_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bots.toml"
    path.write_text(f'[utrecht]\ntoken = "{TOKEN}"\n', encoding="utf-8")
    os.chmod(path, 0o644)

    with pytest.raises(BotSecretsError, match="chmod 600"):
        region_bots({}, str(path))


@pytest.mark.parametrize(
    ("environment", "says"),
    [
        ({"KOERS_BOT_UTRECHT_TOKEN": "not a token " + TOKEN}, "not one as BotFather"),
        ({"KOERS_BOT_UTRECHT_WEBHOOK_SECRET": "abc"}, "no token"),
        ({"KOERS_BOT_DEFAULT_TOKEN": TOKEN}, "not 'default'"),
        (
            {"KOERS_BOT_UTRECHT_TOKEN": TOKEN, "KOERS_BOT_UTRECHT_WEBHOOK_SECRET": "a b"},
            "webhook secret",
        ),
    ],
)
def test_a_wrong_bot_setting_is_named_without_its_token(
    environment: dict[str, str], says: str
) -> None:
    with pytest.raises(BotSecretsError, match=says) as raised:
        region_bots(environment)

    assert TOKEN not in str(raised.value)


def test_webhook_mode_refuses_a_region_bot_without_its_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOERS_BOT_UTRECHT_TOKEN", TOKEN)

    with pytest.raises(ValidationError, match="KOERS_BOT_UTRECHT_WEBHOOK_SECRET") as raised:
        Settings(
            _env_file=None,  # type: ignore[call-arg]
            telegram_mode="webhook",
            telegram_token="123:DEFAULT",
            webhook_secret="default_secret",
            public_url="https://koers.example",
        )

    assert TOKEN not in str(raised.value)
