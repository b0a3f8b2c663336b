"""A provider's OAuth2 endpoints on loopback, for the XOAUTH2 tests.

`/token` hands out access tokens for a refresh token (grant_type=refresh_token), and may
rotate the refresh token as Microsoft does; `/introspect` (RFC 7662) tells whether an
access token is live and whose it is, which is how Dovecot's oauth2 passdb checks the
token a client logs in with. Access tokens expire after `lifetime` seconds, so a client
that does not refresh is refused for real.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class TokenServer:
    username: str
    client_id: str = "mailhandler-test"
    client_secret: str = "client-secret-of-the-app"
    lifetime: float = 3600.0
    rotate: bool = False
    refresh_token: str = field(default_factory=lambda: "rt-" + secrets.token_urlsafe(16))
    issued: dict[str, float] = field(default_factory=dict)  # access token -> expiry
    refreshes: int = 0
    refused: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/introspect"

    def is_live(self, token: str) -> bool:
        with self.lock:
            return self.issued.get(token, 0) > time.monotonic()

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        with self.lock:
            if (form.get("grant_type") != "refresh_token"
                    or form.get("client_id") != self.client_id
                    or form.get("client_secret") != self.client_secret):
                self.refused += 1
                return 401, {"error": "invalid_client"}
            if form.get("refresh_token") != self.refresh_token:
                self.refused += 1
                return 400, {"error": "invalid_grant"}
            self.refreshes += 1
            access = "at-" + secrets.token_urlsafe(24)
            self.issued[access] = time.monotonic() + self.lifetime
            answer: dict[str, object] = {"access_token": access, "token_type": "Bearer",
                                         "expires_in": int(self.lifetime)}
            if self.rotate:
                self.refresh_token = "rt-" + secrets.token_urlsafe(16)
                answer["refresh_token"] = self.refresh_token
            return 200, answer


def _handler(server: TokenServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            if self.path == "/token":
                status, answer = server.token(form)
            elif self.path == "/introspect":
                token = form.get("token", "")
                status, answer = 200, ({"active": True, "username": server.username}
                                       if server.is_live(token) else {"active": False})
            else:
                status, answer = 404, {"error": "not_found"}
            body = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def token_server() -> Iterator[TokenServer]:
    server = TokenServer(username="hulp")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()
