"""Passwords: argon2id hashing, and the rule a new password must meet (OWASP ASVS 5.0 L2)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from core.errors import InvalidInput

MIN_PASSWORD_LENGTH = 12

# argon2-cffi's defaults are argon2id, t=3, m=64 MiB, p=4: above OWASP's minimum.
_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verifying against this keeps a login for an unknown email as slow as for a known one."""
    return _hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _common_passwords() -> frozenset[str]:
    # The 30,000 most used passwords, from zxcvbn's maintained frequency lists.
    return frozenset(FREQUENCY_LISTS["passwords"])


def check_new_password(password: str) -> str:
    """The password when it may be used; InvalidInput "password_too_short" or
    "password_common" when not. A common password with digits or signs added is common too."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("password_too_short")
    folded = password.casefold()
    bare = folded.rstrip("0123456789!@#$%^&*?.-_ ")
    common = _common_passwords()
    # Digits and signs alone, or few different characters, are guessed as fast as a list.
    if not bare or folded in common or bare in common or len(set(folded)) < 4:
        raise InvalidInput("password_common")
    return password
