"""The one way mailhandler opens an IMAP session: connect, log in, and nothing in the logs.

The fetcher, the year-end wipe of the helpline's mailbox, `check-config` and the clean-up
of volunteers' mailboxes all log in through here, so a timeout, a TLS choice, the login
(a password, or XOAUTH2 for providers that take none) or the silencing of imapclient's
DEBUG log (it writes commands and answers, i.e. mail content and passwords, there) is
decided once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError

from mailhandler.config import ImapInbound, OAuth2
from mailhandler.oauth2 import tokens_for

CONNECT_TIMEOUT = 20.0
READ_TIMEOUT = 60.0


def connect(host: str, port: int, tls: bool, read_timeout: float = READ_TIMEOUT) -> IMAPClient:
    """A connection, not yet logged in."""
    return IMAPClient(host, port=port, ssl=tls,
                      timeout=SocketTimeout(connect=CONNECT_TIMEOUT, read=read_timeout))


def log_in(client: IMAPClient, username: str, password: str,
           oauth2: OAuth2 | None = None) -> None:
    """With the password, or with XOAUTH2 and a fresh-enough access token."""
    if oauth2 is None:
        client.login(username, password)
        return
    tokens = tokens_for(oauth2)
    try:
        client.oauth2_login(username, tokens.token())
    except IMAPClientError:
        tokens.forget()  # revoked early, or the clock was off: a fresh one next time
        raise


@contextlib.contextmanager
def imap_session(host: str, port: int, tls: bool, username: str, password: str,
                 read_timeout: float = READ_TIMEOUT,
                 oauth2: OAuth2 | None = None) -> Iterator[IMAPClient]:
    """A logged-in session, logged out and closed at the end of the block whatever happens."""
    client = connect(host, port, tls, read_timeout)
    try:
        log_in(client, username, password, oauth2)
        yield client
        with contextlib.suppress(Exception):
            client.logout()
    finally:
        with contextlib.suppress(Exception):
            client.shutdown()


def helpline_mailbox(cfg: ImapInbound, read_timeout: float = READ_TIMEOUT
                     ) -> contextlib.AbstractContextManager[IMAPClient]:
    """A session in the helpline's own mailbox ([inbound.imap])."""
    return imap_session(cfg.host, cfg.port, cfg.tls, cfg.username, cfg.password,
                        read_timeout=read_timeout, oauth2=cfg.oauth2)
