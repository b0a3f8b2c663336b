"""The purge and the wipe reach the volunteers' mailboxes on the helpline's Dovecot too.

Every forward and notice the helpline sends is a copy of a young person's words in a
volunteer's mailbox, and every answer lies again in that volunteer's Sent folder. Where
those mailboxes are on a server the helpline runs (`[volunteer_mailboxes]`), the
retention promises reach them:

- the purge records, in its own transaction, what a purged conversation's mails are
  recognised by (its Message-IDs and the volunteers' aliases, see core/mailbox_match)
  for each volunteer with a mailbox there, before that record is gone from the store;
- the wipe records, in its transaction, that every such mailbox is to lose all the
  helpline's mail, except mail of conversations stored after it (so a retry days later
  never takes new forwards);
- then each mailbox is cleaned: mailhandler logs in as the volunteer through Dovecot's
  master user, searches every folder (Sent and Trash too), checks each candidate's
  headers, flags what goes \\Deleted and expunges it by UID.

A mailbox that cannot be cleaned keeps its record and is tried again later (5 minutes,
doubling to 6 hours) by the scheduler and by every purge and wipe; `status` counts
them, and a record that failed is a problem there until it succeeds. Logs name the
volunteer's number only, never an address; errors are reported by their kind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailhandler.config import Config, VolunteerMailboxes
from mailhandler.core import aliases
from mailhandler.core.mailbox_match import (
    FETCHED_HEADERS,
    Traces,
    candidate_search,
    is_helpline_mail,
    names_any,
    traces,
)
from mailhandler.core.message import parse_headers
from mailhandler.imap_login import imap_session
from mailhandler.store import mailbox_cleanups as cleanups
from mailhandler.store.db import utcnow
from mailhandler.store.inbox import Transaction
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.mailboxes")

RETRY_FIRST = timedelta(minutes=5)
RETRY_MAX = timedelta(hours=6)
FETCH_BATCH = 200
_FETCH_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(h.upper() for h in FETCHED_HEADERS)})]"


# --- recorded with the purge and the wipe -----------------------------------------------------


def _alias_address(cfg: Config) -> cleanups.AliasAddress:
    def address(seed: str, volunteer_id: int, generation: int) -> str:
        token = aliases.volunteer_token(cfg.helpline.secret, seed, volunteer_id, generation)
        return cfg.helpline.aliases.address(token)

    return address


def record_purge(s: Transaction, cfg: Config, conversation_ids: Iterable[int]) -> int:
    """In the purge's transaction, before the conversations go: what their mails carry.

    Returns the number of mailboxes to clean."""
    mb = cfg.volunteer_mailboxes
    if mb is None:
        return 0
    return cleanups.record_purge(s, conversation_ids, mb.holds, _alias_address(cfg))


def mailboxes_to_wipe(s: Transaction, cfg: Config) -> int:
    """How many volunteers' mailboxes the wipe would clean (for `wipe --dry-run`)."""
    mb = cfg.volunteer_mailboxes
    return 0 if mb is None else len(cleanups.mailbox_volunteers(s, mb.holds))


def record_wipe(s: Transaction, cfg: Config) -> int:
    """In the wipe's transaction: every mailbox on the server loses all the helpline's mail.

    Pending purge records are superseded (the wipe takes what they would)."""
    mb = cfg.volunteer_mailboxes
    return 0 if mb is None else cleanups.record_wipe(s, mb.holds)


# --- the cleaning ----------------------------------------------------------------------------


def _still_stored(store: Store, cfg: Config) -> Callable[[Traces], bool]:
    """Whether a mail belongs to what the store still holds (mail since the wipe)."""
    hl = cfg.helpline

    def check(found: Traces) -> bool:
        ids = list(found.message_ids)
        lookups = [aliases.token_lookup(hl.secret, token) for token in
                   (hl.aliases.token_of(a) for a in found.addresses) if token]
        return cleanups.still_stored(store, ids, lookups)

    return check


def _folders(client: IMAPClient, mb: VolunteerMailboxes) -> list[str]:
    if mb.folders != ("all",):
        return [f for f in mb.folders if client.folder_exists(f)]
    names = []
    for flags, _delimiter, name in client.list_folders():
        if b"\\Noselect" in flags or b"\\NonExistent" in flags:
            continue
        names.append(name if isinstance(name, str) else name.decode())
    return names


def _headers(data: dict[bytes, Any]) -> bytes:
    for key, value in data.items():
        if key.startswith(b"BODY[") and isinstance(value, bytes):
            return value
    return b""


def _clean_folder(client: IMAPClient, folder: str, doomed: Callable[[Traces], bool],
                  criteria: list[object], uidplus: bool) -> int:
    client.select_folder(folder)
    uids = sorted(int(u) for u in client.search(criteria))
    gone: list[int] = []
    for start in range(0, len(uids), FETCH_BATCH):
        batch = uids[start:start + FETCH_BATCH]
        for uid, data in client.fetch(batch, [_FETCH_ITEM]).items():
            if doomed(traces(parse_headers(_headers(data)))):
                gone.append(int(uid))
    if gone:
        client.delete_messages(gone, silent=True)
        if uidplus:
            client.uid_expunge(gone)
        else:
            client.expunge()  # also what the volunteer had flagged \Deleted themselves
    return len(gone)


def clean_mailbox(mb: VolunteerMailboxes, cfg: Config, address: str, needles: set[str],
                  wipe: bool, still_stored: Callable[[Traces], bool]) -> int:
    """Log in as one volunteer and remove what goes from every folder; the count removed."""
    own, domain = cfg.own_addresses, cfg.helpline.domain

    def doomed(found: Traces) -> bool:
        if not is_helpline_mail(found, own, domain):
            return False
        if names_any(found, needles):
            return True
        return wipe and not still_stored(found)

    removed = 0
    with imap_session(mb.host, mb.port, mb.tls, mb.login_of(address),
                      mb.master_password) as client:
        uidplus = b"UIDPLUS" in set(client.capabilities())
        criteria = candidate_search(own, domain)
        for folder in _folders(client, mb):
            removed += _clean_folder(client, folder, doomed, criteria, uidplus)
    return removed


def _describe(exc: BaseException) -> str:
    if isinstance(exc, LoginError):
        return "login refused"
    if isinstance(exc, IMAPClientError):
        return "IMAP error"
    return type(exc).__name__


def _no_such_user(exc: LoginError) -> bool:
    """Dovecot's answer to a master login as a user it does not know (RFC 5530 code)."""
    return "AUTHORIZATIONFAILED" in str(exc)


def _failed(store: Store, cleanup: cleanups.Cleanup, exc: Exception, now: datetime) -> None:
    """Record a failure: the next try later and later, the kind of error for `status`."""
    attempts = cleanup.attempts + 1
    delay = min(RETRY_FIRST * 2 ** (attempts - 1), RETRY_MAX)
    log.warning("volunteer %d: mailbox not cleaned (%s), trying again in %d min",
                cleanup.volunteer_id, _describe(exc), delay.total_seconds() // 60)
    cleanups.cleanup_failed(store, cleanup.ids, attempts, now + delay, _describe(exc))


def clean_volunteer_mailboxes(store: Store, cfg: Config, now: datetime | None = None,
                              due_only: bool = True) -> dict[str, int]:
    """Clean every mailbox whose record is due (every one waiting, with due_only False: a
    purge or wipe tries them all); failures stay recorded for a later try."""
    mb = cfg.volunteer_mailboxes
    if mb is None:
        return {}
    now = now or utcnow()
    counts = {"volunteer_mailboxes_cleaned": 0, "volunteer_mails_removed": 0,
              "volunteer_mailboxes_failed": 0}
    still_stored = _still_stored(store, cfg)
    for cleanup in cleanups.due_cleanups(store, now, due_only):
        volunteer_id = cleanup.volunteer_id
        try:
            removed = clean_mailbox(mb, cfg, cleanup.address, set(cleanup.needles),
                                    cleanup.wipe, still_stored)
        except Exception as exc:
            if not cleanup.active and isinstance(exc, LoginError) and _no_such_user(exc):
                # A removed volunteer whose account is gone from the server: no copy is left
                # there to clean, and trying for ever would hide real failures in `status`.
                log.warning("volunteer %d was removed and has no mailbox on the server any "
                            "more: nothing left to clean there", volunteer_id)
                cleanups.cleanup_done(store, cleanup.ids)
                continue
            counts["volunteer_mailboxes_failed"] += 1
            _failed(store, cleanup, exc, now)
            continue
        cleanups.cleanup_done(store, cleanup.ids)
        log.info("volunteer %d: mailbox cleaned, %d mail(s) removed", volunteer_id, removed)
        counts["volunteer_mailboxes_cleaned"] += 1
        counts["volunteer_mails_removed"] += removed
    return counts


def probe_mailboxes(cfg: Config) -> str:
    """For `check-config`: the server answers, and the master user may log in as a volunteer
    whose mailbox is there (the first one registered), when there is one."""
    from mailhandler.imap_login import connect

    mb = cfg.volunteer_mailboxes
    assert mb is not None
    first = cleanups.first_mailbox_volunteer(cfg.storage.database, mb.holds)
    where = f"{mb.host}:{mb.port}"
    if first is None:
        client = connect(mb.host, mb.port, mb.tls, read_timeout=10)
        try:
            client.capabilities()
        finally:
            client.shutdown()
        return f"{where} answers (no volunteer with a mailbox there yet: login not tried)"
    volunteer_id, address = first
    with imap_session(mb.host, mb.port, mb.tls, mb.login_of(address),
                      mb.master_password, read_timeout=10) as client:
        client.list_folders()
    return f"{where}, the master user logs in as volunteer {volunteer_id}"
