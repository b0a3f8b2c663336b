"""XOAUTH2 for a hosted mailbox: tokens refreshed in time, and logins that really use them.

The provider is played by real parts: a token and introspection endpoint on loopback
(tests/oauth2server.py), a real Dovecot whose oauth2 passdb checks each token there, and
an aiosmtpd smarthost that accepts only XOAUTH2 with a live token.
"""

from __future__ import annotations

import base64
import re
import smtplib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from imapclient.exceptions import LoginError

from mailhandler.config import OAuth2, parse_config
from mailhandler.imap_login import helpline_mailbox
from mailhandler.oauth2 import AccessTokens, OAuth2Error
from mailhandler.outbound.transport import smtp_login
from tests.conftest import (
    DOMAIN,
    HELPLINE,
    PRIVACY,
    Daemon,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    free_port,
)
from tests.dovecot import Dovecot, make_dovecot
from tests.oauth2server import TokenServer, token_server  # noqa: F401  (a fixture)

SEEKER = "sam.peeters@gezin-peeters.example"
VOLUNTEER = "vera@vrijwilligers.example"


def oauth2_cfg(server: TokenServer, folder: Path) -> OAuth2:
    path = folder / "refresh-token"
    path.write_text(server.refresh_token + "\n")
    return OAuth2(token_url=server.token_url, client_id=server.client_id,
                  refresh_token_file=path, client_secret=server.client_secret)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- the token source, against the real endpoint ---------------------------------------------


def test_a_token_is_reused_until_shortly_before_it_expires_then_refreshed(
        token_server: TokenServer, tmp_path: Path) -> None:  # noqa: F811
    clock = Clock()
    tokens = AccessTokens(oauth2_cfg(token_server, tmp_path), clock=clock)
    first = tokens.token()
    clock.now += 3600 - 61
    assert tokens.token() == first and token_server.refreshes == 1
    clock.now += 2  # within a minute of the provider's expiry: not risked
    second = tokens.token()
    assert second != first and token_server.refreshes == 2
    assert token_server.is_live(second)


def test_a_rotated_refresh_token_is_kept_for_the_next_start(
        token_server: TokenServer, tmp_path: Path) -> None:  # noqa: F811
    token_server.rotate = True
    cfg = oauth2_cfg(token_server, tmp_path)
    AccessTokens(cfg).token()
    assert cfg.refresh_token_file.read_text().strip() == token_server.refresh_token
    assert cfg.refresh_token_file.stat().st_mode & 0o777 == 0o600
    # A new process (a restart) reads the new one, and the provider takes it.
    AccessTokens(cfg).token()
    assert token_server.refreshes == 2 and token_server.refused == 0


def test_a_revoked_refresh_token_is_one_line_naming_the_providers_error_and_no_secret(
        token_server: TokenServer, tmp_path: Path) -> None:  # noqa: F811
    cfg = oauth2_cfg(token_server, tmp_path)
    cfg.refresh_token_file.write_text("rt-revoked-long-ago\n")
    with pytest.raises(OAuth2Error) as error:
        AccessTokens(cfg).token()
    message = str(error.value)
    assert "invalid_grant" in message and "\n" not in message
    for secret in ("rt-revoked-long-ago", token_server.client_secret):
        assert secret not in message


def test_an_unreachable_token_endpoint_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "refresh-token"
    path.write_text("rt-x\n")
    cfg = OAuth2(token_url=f"http://127.0.0.1:{free_port()}/token", client_id="x",
                 refresh_token_file=path)
    with pytest.raises(OAuth2Error, match="did not answer"):
        AccessTokens(cfg).token()


def test_the_oauth2_table_and_auth_keys_are_checked() -> None:
    base = {"helpline": {"name": "Lumi", "address": HELPLINE, "privacy_address": PRIVACY,
                         "domain": DOMAIN, "secret": "test-secret-0123456789abcdef"}}
    imap = {"host": "imap.provider.example", "username": HELPLINE, "auth": "oauth2"}
    oauth = {"token_url": "https://login.provider.example/token", "client_id": "abc",
             "refresh_token_file": "/etc/mailhandler/refresh-token"}
    cfg = parse_config({**base, "inbound": {"imap": imap}, "oauth2": oauth}, "t")
    assert cfg.imap is not None and cfg.imap.oauth2 == cfg.oauth2
    with pytest.raises(Exception, match=r"inbound\.imap\.auth.*\[oauth2\]"):
        parse_config({**base, "inbound": {"imap": imap}}, "t")
    with pytest.raises(Exception, match=r"oauth2\.token_url.*https"):
        parse_config({**base, "oauth2": {**oauth, "token_url": "http://login.example/t"}}, "t")
    with pytest.raises(Exception, match=r"inbound\.imap\.password.*not used"):
        parse_config({**base, "inbound": {"imap": {**imap, "password": "x" * 20}},
                      "oauth2": oauth}, "t")


# --- IMAP: a real Dovecot that takes tokens, not passwords -----------------------------------


@pytest.fixture
def oauth_dovecot(token_server: TokenServer) -> Iterator[Dovecot]:  # noqa: F811
    server = make_dovecot(oauth2_introspection_url=token_server.introspection_url)
    try:
        yield server.start()
    finally:
        server.stop()


def imap_cfg(server: Dovecot, oauth2: OAuth2):  # -> ImapInbound
    cfg = parse_config({
        "helpline": {"name": "Lumi", "address": HELPLINE, "privacy_address": PRIVACY,
                     "domain": DOMAIN, "secret": "test-secret-0123456789abcdef"},
        "inbound": {"imap": {"host": server.host, "port": server.port, "tls": False,
                             "username": server.user, "auth": "oauth2"}},
        "oauth2": {"token_url": oauth2.token_url, "client_id": oauth2.client_id,
                   "client_secret": oauth2.client_secret,
                   "refresh_token_file": str(oauth2.refresh_token_file)}}, "t")
    assert cfg.imap is not None
    return cfg.imap


@pytest.mark.slow
def test_imap_logs_in_with_xoauth2_and_a_refused_token_is_replaced(
        oauth_dovecot: Dovecot, token_server: TokenServer, tmp_path: Path) -> None:  # noqa: F811
    cfg = imap_cfg(oauth_dovecot, oauth2_cfg(token_server, tmp_path))
    with helpline_mailbox(cfg, read_timeout=10) as client:
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
    assert token_server.refreshes == 1
    # The provider ends the token early (a password change, an admin's revocation): the
    # login is refused, and the next one asks for a new token instead of retrying it.
    token_server.issued.clear()
    with pytest.raises(LoginError), helpline_mailbox(cfg, read_timeout=10):
        pass
    with helpline_mailbox(cfg, read_timeout=10) as client:
        client.select_folder("INBOX")
    assert token_server.refreshes == 2


# --- SMTP: a smarthost that takes only XOAUTH2 -----------------------------------------------


class XOAuth2Smarthost(Smarthost):
    tokens: TokenServer | None = None
    logins: int = 0

    async def auth_XOAUTH2(self, server, args: list[str]) -> AuthResult:  # noqa: N802
        response = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        match = re.fullmatch(r"user=([^\x01]+)\x01auth=Bearer ([^\x01]+)\x01\x01", response)
        ok = bool(match and self.tokens and self.tokens.is_live(match.group(2)))
        self.logins += ok
        return AuthResult(success=ok, handled=False)

    async def handle_MAIL(self, server, session, envelope, address, options):
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        return "250 OK"


@pytest.fixture
def oauth_smarthost(token_server: TokenServer) -> Iterator[XOAuth2Smarthost]:  # noqa: F811
    host = XOAuth2Smarthost(port=free_port())
    host.tokens = token_server
    controller = Controller(host, hostname="127.0.0.1", port=host.port,
                            auth_require_tls=False)
    controller.start()
    yield host
    controller.stop()


def test_smtp_logs_in_with_xoauth2(oauth_smarthost: XOAuth2Smarthost,
                                   token_server: TokenServer, tmp_path: Path) -> None:  # noqa: F811
    cfg = parse_config({
        "helpline": {"name": "Lumi", "address": HELPLINE, "privacy_address": PRIVACY,
                     "domain": DOMAIN, "secret": "test-secret-0123456789abcdef"},
        "outbound": {"url": f"smtp://127.0.0.1:{oauth_smarthost.port}", "username": HELPLINE,
                     "auth": "oauth2"},
        "oauth2": {"token_url": token_server.token_url, "client_id": token_server.client_id,
                   "client_secret": token_server.client_secret,
                   "refresh_token_file": str(oauth2_cfg(token_server, tmp_path)
                                             .refresh_token_file)}}, "t")
    with smtplib.SMTP("127.0.0.1", oauth_smarthost.port, timeout=10) as smtp:
        smtp_login(smtp, cfg.outbound)
        smtp.sendmail("b.x@lumi.example", [VOLUNTEER], b"Subject: x\r\n\r\nx\r\n")
    assert oauth_smarthost.logins == 1 and len(oauth_smarthost.to(VOLUNTEER)) == 1
    # A token the provider no longer takes is refused, and forgotten for the next login.
    token_server.issued.clear()
    with smtplib.SMTP("127.0.0.1", oauth_smarthost.port, timeout=10) as smtp, \
            pytest.raises(smtplib.SMTPAuthenticationError):
        smtp_login(smtp, cfg.outbound)
    with smtplib.SMTP("127.0.0.1", oauth_smarthost.port, timeout=10) as smtp:
        smtp_login(smtp, cfg.outbound)
    assert token_server.refreshes == 2


# --- the daemon, end to end ------------------------------------------------------------------


@pytest.mark.slow
def test_the_daemon_fetches_and_sends_with_xoauth2_only(
        make_daemon: Callable[..., Daemon], oauth_dovecot: Dovecot,
        oauth_smarthost: XOAuth2Smarthost, token_server: TokenServer,  # noqa: F811
        tmp_path: Path) -> None:
    refresh_file = oauth2_cfg(token_server, tmp_path).refresh_token_file
    daemon = make_daemon(
        extra_config=(
            f'\n[inbound.imap]\nhost = "{oauth_dovecot.host}"\nport = {oauth_dovecot.port}\n'
            f'tls = false\nusername = "{oauth_dovecot.user}"\nauth = "oauth2"\n'
            "poll_seconds = 1\n"
            f'\n[oauth2]\ntoken_url = "{token_server.token_url}"\n'
            f'client_id = "{token_server.client_id}"\n'
            f'client_secret = "{token_server.client_secret}"\n'
            f'refresh_token_file = "{refresh_file}"\n'),
        outbound=f"smtp://127.0.0.1:{oauth_smarthost.port}")
    # The smarthost login: a username and auth = "oauth2", no password anywhere.
    daemon.config.write_text(daemon.config.read_text().replace(
        f'url = "smtp://127.0.0.1:{oauth_smarthost.port}"\n',
        f'url = "smtp://127.0.0.1:{oauth_smarthost.port}"\nusername = "{HELPLINE}"\n'
        'auth = "oauth2"\n', 1))
    add_volunteers(daemon.config)
    daemon.start()
    raw = fixture_bytes("spine/seeker_gmail.eml")
    oauth_dovecot.append("INBOX", re.sub(rb"\r?\n", b"\r\n", raw))
    oauth_smarthost.wait_to(SEEKER, timeout=30)
    oauth_smarthost.wait_to(VOLUNTEER, timeout=30)
    assert daemon.stop() == 0
    assert oauth_smarthost.logins >= 1
    log = daemon.log()
    for secret in (token_server.refresh_token, token_server.client_secret, *token_server.issued):
        assert secret not in log


def test_a_providers_short_password_is_taken_as_it_is() -> None:
    # The 16-character rule is for the helpline's own secret, not for someone else's.
    cfg = parse_config({
        "helpline": {"name": "Lumi", "address": HELPLINE, "privacy_address": PRIVACY,
                     "domain": DOMAIN, "secret": "test-secret-0123456789abcdef"},
        "inbound": {"imap": {"host": "imap.provider.example", "username": HELPLINE,
                             "password": "kort123"}},
        "outbound": {"url": "smtps://smtp.provider.example", "username": HELPLINE,
                     "password": "kort123"}}, "t")
    assert cfg.imap is not None and cfg.imap.password == "kort123"
    assert cfg.outbound.password == "kort123"
