"""OAuth2 access tokens for IMAP and SMTP (XOAUTH2), refreshed before they expire.

The big hosted providers (Microsoft 365, Google Workspace) no longer take passwords for
IMAP and SMTP: a client logs in with a short-lived access token, which it gets from the
provider's token endpoint with a long-lived refresh token. The admin obtains that refresh
token once, with the provider's consent flow, and puts it in `refresh_token_file`; from
then on mailhandler refreshes by itself. A provider that rotates refresh tokens sends a
new one with each access token: it is written back to the same file (atomically, 0600),
so a restart does not fall back on a revoked one.

One token per configuration, shared by the IMAP fetcher and the SMTP sender; a lock
makes concurrent logins refresh once. Errors say what failed in one line and never carry
a token, a secret or the provider's full answer.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

from mailhandler.config import OAuth2

log = logging.getLogger(__name__)

# Refresh this long before the provider's expiry: a login takes time, and clocks drift.
EARLY_SECONDS = 60
REQUEST_TIMEOUT = 30


class OAuth2Error(Exception):
    """The token endpoint refused or could not be reached (one line, no secrets)."""


def xoauth2(username: str, access_token: str) -> str:
    """The XOAUTH2 initial client response (Google's and Microsoft's SASL mechanism)."""
    return f"user={username}\x01auth=Bearer {access_token}\x01\x01"


class AccessTokens:
    def __init__(self, cfg: OAuth2, clock: Callable[[], float] = time.monotonic) -> None:
        self.cfg = cfg
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._valid_until = 0.0

    def token(self) -> str:
        """A valid access token: the current one, or a new one from the token endpoint."""
        with self._lock:
            if self._token is None or self._clock() >= self._valid_until:
                self._refresh()
            assert self._token is not None
            return self._token

    def forget(self) -> None:
        """After a refused login: the next one asks for a new token, whatever its expiry."""
        with self._lock:
            self._token = None

    def _refresh(self) -> None:
        path = self.cfg.refresh_token_file
        try:
            refresh_token = path.read_text().strip()
        except OSError as exc:
            raise OAuth2Error(f"oauth2: refresh_token_file not readable ({exc.strerror})") \
                from None
        if not refresh_token:
            raise OAuth2Error("oauth2: refresh_token_file is empty")
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token,
                "client_id": self.cfg.client_id}
        if self.cfg.client_secret:
            form["client_secret"] = self.cfg.client_secret
        if self.cfg.scope:
            form["scope"] = self.cfg.scope
        request = urllib.request.Request(
            self.cfg.token_url, data=urllib.parse.urlencode(form).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/json"}, method="POST")
        started = self._clock()
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
                answer = json.loads(response.read(1_000_000))
        except urllib.error.HTTPError as exc:
            # The provider's error code (invalid_grant: the refresh token was revoked) is
            # what an admin needs; its description may echo the request, so it stays out.
            raise OAuth2Error(f"oauth2: the token endpoint refused ({exc.code} "
                              f"{_error_code(exc)})") from None
        except (OSError, ValueError) as exc:
            raise OAuth2Error(f"oauth2: the token endpoint did not answer usably "
                              f"({type(exc).__name__})") from None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise OAuth2Error("oauth2: the token endpoint's answer has no access_token")
        expires_in = answer.get("expires_in", 3600)
        try:
            lifetime = float(expires_in)
        except (TypeError, ValueError):
            lifetime = 3600.0
        self._token = token
        self._valid_until = started + max(0.0, lifetime - EARLY_SECONDS)
        rotated = answer.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != refresh_token:
            self._keep(rotated)
        log.info("oauth2: new access token (valid %d s)", int(lifetime))

    def _keep(self, refresh_token: str) -> None:
        path = self.cfg.refresh_token_file
        temporary = path.with_name(f".{path.name}.new")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(refresh_token + "\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except OSError as exc:
            # The old refresh token may still work for a while: say so, keep going.
            log.warning("oauth2: could not store the provider's new refresh token in "
                        "refresh_token_file (%s)", exc.strerror)


def _error_code(exc: urllib.error.HTTPError) -> str:
    try:
        code = json.loads(exc.read(100_000)).get("error", "")
    except (OSError, ValueError, AttributeError):
        return ""
    return code if isinstance(code, str) and code.replace("_", "").isalnum() else ""


_shared: dict[OAuth2, AccessTokens] = {}
_shared_lock = threading.Lock()


def tokens_for(cfg: OAuth2) -> AccessTokens:
    """The process's one token source for this configuration (IMAP and SMTP share it)."""
    with _shared_lock:
        return _shared.setdefault(cfg, AccessTokens(cfg))
