"""The one way mailhandler opens an IMAP session: connect, log in, and nothing in the logs.

The fetcher, the year-end wipe of the helpline's mailbox, `check-config` and the clean-up
of volunteers' mailboxes all log in through here, so a timeout, a TLS choice or the
silencing of imapclient's DEBUG log (it writes commands and answers, i.e. mail content
and passwords, there) is decided once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from imapclient import IMAPClient, SocketTimeout

CONNECT_TIMEOUT = 20.0
READ_TIMEOUT = 60.0


def connect(host: str, port: int, tls: bool, read_timeout: float = READ_TIMEOUT) -> IMAPClient:
    """A connection, not yet logged in."""
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    return IMAPClient(host, port=port, ssl=tls,
                      timeout=SocketTimeout(connect=CONNECT_TIMEOUT, read=read_timeout))


@contextlib.contextmanager
def imap_session(host: str, port: int, tls: bool, username: str, password: str,
                 read_timeout: float = READ_TIMEOUT) -> Iterator[IMAPClient]:
    """A logged-in session, logged out and closed at the end of the block whatever happens."""
    client = connect(host, port, tls, read_timeout)
    try:
        client.login(username, password)
        yield client
        with contextlib.suppress(Exception):
            client.logout()
    finally:
        with contextlib.suppress(Exception):
            client.shutdown()
