"""Who may use the review console: a bearer token, HTTP Basic credentials, or a signed
session cookie that the login form issues for either.

Secrets are read from the environment variables the policy names, at each request, so a
rotated secret takes effect at once and ends every session signed with the old one. With
no secret set the console is closed, never open.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from ..compliance.config import ConsoleConfig
from ..throttle import FailureThrottle

__all__ = ["COOKIE", "Gate", "Principal"]

COOKIE = "aigc_guard_console"
MAX_NAME = 64


@dataclass(frozen=True)
class Principal:
    """A signed-in reviewer. ``csrf`` is set for cookie sessions, whose forms must echo it."""

    actor: str
    method: str
    csrf: str | None = None


class Gate:
    """Checks credentials against one console configuration."""

    def __init__(
        self,
        config: ConsoleConfig,
        environ: Mapping[str, str] | None = None,
        throttle: FailureThrottle | None = None,
    ) -> None:
        self.config = config
        self._environ = environ if environ is not None else os.environ
        # By client address; a shared one (Redis) counts guesses across replicas.
        self.throttle = throttle or FailureThrottle(config.lockout_after)

    @property
    def token(self) -> str | None:
        name = self.config.token_env
        return self._environ.get(name) or None if name else None

    @property
    def basic(self) -> tuple[str, str] | None:
        basic = self.config.basic_auth
        password = self._environ.get(basic.password_env) if basic else None
        return (basic.username, password) if basic and password else None

    @property
    def configured(self) -> bool:
        return self.token is not None or self.basic is not None

    def _key(self) -> bytes:
        token, basic = self.token or "", self.basic or ("", "")
        material = "\0".join(("aigc-guard console session", token, *basic))
        return hashlib.sha256(material.encode("utf-8")).digest()

    def _sign(self, payload: bytes) -> str:
        return hmac.new(self._key(), payload, hashlib.sha256).hexdigest()

    # -- checking credentials --------------------------------------------------------------

    def check_token(self, offered: str) -> bool:
        token = self.token
        return token is not None and hmac.compare_digest(offered.encode(), token.encode())

    def check_basic(self, username: str, password: str) -> bool:
        basic = self.basic
        if basic is None:
            return False
        same_user = hmac.compare_digest(username.encode(), basic[0].encode())
        same_password = hmac.compare_digest(password.encode(), basic[1].encode())
        return same_user and same_password

    def authenticate(
        self, headers: Mapping[str, str], cookies: Mapping[str, str]
    ) -> Principal | None:
        """The principal behind a request's Authorization header or session cookie."""
        if not self.configured:
            return None
        authorization = headers.get("authorization", "")
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return Principal("token", "bearer") if self.check_token(value.strip()) else None
        if scheme.lower() == "basic" and value.strip():
            try:
                decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return None
            username, _, password = decoded.partition(":")
            return Principal(username, "basic") if self.check_basic(username, password) else None
        session = cookies.get(COOKIE)
        return self.session_principal(session) if session else None

    # -- sessions --------------------------------------------------------------------------

    def issue_session(self, actor: str) -> str:
        expires = int(time.time() + self.config.session_minutes * 60)
        payload = json.dumps({"a": actor, "e": expires, "n": secrets.token_hex(8)}).encode()
        encoded = base64.urlsafe_b64encode(payload).decode().rstrip("=")
        return f"{encoded}.{self._sign(encoded.encode())}"

    def session_principal(self, cookie: str) -> Principal | None:
        encoded, _, signature = cookie.partition(".")
        if not hmac.compare_digest(signature.encode(), self._sign(encoded.encode()).encode()):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
            actor, expires, nonce = str(data["a"]), int(data["e"]), str(data["n"])
        except (ValueError, KeyError, TypeError, binascii.Error):
            return None
        if expires < time.time():
            return None
        return Principal(actor, "session", self._sign(f"csrf:{nonce}".encode())[:32])

    def offers_credentials(self, headers: Mapping[str, str]) -> bool:
        """Whether a request carries credentials in its Authorization header (a guess, when
        :meth:`authenticate` then finds no principal)."""
        scheme, _, value = headers.get("authorization", "").partition(" ")
        return scheme.lower() in ("bearer", "basic") and bool(value.strip())


def clean_name(name: str) -> str:
    """A reviewer's display name: printable, one line, at most 64 characters."""
    kept = "".join(c for c in name if unicodedata.category(c)[0] not in ("C", "Z") or c == " ")
    return " ".join(kept.split())[:MAX_NAME]
