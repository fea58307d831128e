"""Unguessable codes and tokens, stored only as hashes."""

from __future__ import annotations

import hashlib
import secrets

# 16 bytes = 128 bits, 22 URL-safe characters: fits Telegram's 64-character start payload.
TOKEN_BYTES = 16


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
