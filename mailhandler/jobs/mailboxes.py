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

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

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
from mailhandler.imap_login import imap_session
from mailhandler.store.db import utcnow
from mailhandler.store.models import (
    Alias,
    Conversation,
    MailboxCleanup,
    MessageLink,
    OutboxItem,
    Volunteer,
)
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.mailboxes")

RETRY_FIRST = timedelta(minutes=5)
RETRY_MAX = timedelta(hours=6)
FETCH_BATCH = 200
_FETCH_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(h.upper() for h in FETCHED_HEADERS)})]"


# --- recorded with the purge and the wipe -----------------------------------------------------


def _mailbox_volunteers(s: Session, mb: VolunteerMailboxes) -> list[Volunteer]:
    """Everyone whose mailbox is on the server, removed volunteers too: their copies stay."""
    return [v for v in s.scalars(select(Volunteer).order_by(Volunteer.id)) if mb.holds(v.address)]


def record_purge(s: Session, cfg: Config, conversation_ids: Iterable[int]) -> int:
    """In the purge's transaction, before the conversations go: what their mails carry.

    Returns the number of mailboxes to clean."""
    mb = cfg.volunteer_mailboxes
    ids = list(conversation_ids)
    if mb is None or not ids:
        return 0
    message_ids = set(s.scalars(select(OutboxItem.message_id).where(
        OutboxItem.conversation_id.in_(ids), OutboxItem.message_id.is_not(None))))
    message_ids |= set(s.scalars(select(MessageLink.our_message_id).where(
        MessageLink.conversation_id.in_(ids))))
    seeds = {conv_id: seed for conv_id, seed in s.execute(
        select(Conversation.id, Conversation.token).where(Conversation.id.in_(ids))).tuples()}
    alias_of: dict[int, set[str]] = defaultdict(set)
    for conv_id, volunteer_id, generation in s.execute(
            select(Alias.conversation_id, Alias.volunteer_id, Alias.generation)
            .where(Alias.conversation_id.in_(ids), Alias.volunteer_id.is_not(None))).tuples():
        seed = seeds.get(conv_id)
        if seed and not aliases.is_legacy_token(seed) and volunteer_id is not None:
            token = aliases.volunteer_token(cfg.helpline.secret, seed, volunteer_id, generation)
            alias_of[volunteer_id].add(cfg.helpline.aliases.address(token))
    now = utcnow()
    volunteers = _mailbox_volunteers(s, mb)
    for volunteer in volunteers:
        needles = sorted({m.lower() for m in message_ids if m} | alias_of[volunteer.id])
        s.add(MailboxCleanup(volunteer_id=volunteer.id, job="purge", needles=json.dumps(needles),
                             created_at=now, attempts=0, next_attempt_at=now))
    return len(volunteers)


def mailboxes_to_wipe(s: Session, cfg: Config) -> int:
    """How many volunteers' mailboxes the wipe would clean (for `wipe --dry-run`)."""
    mb = cfg.volunteer_mailboxes
    return 0 if mb is None else len(_mailbox_volunteers(s, mb))


def record_wipe(s: Session, cfg: Config) -> int:
    """In the wipe's transaction: every mailbox on the server loses all the helpline's mail.

    Pending purge records are superseded (the wipe takes what they would)."""
    mb = cfg.volunteer_mailboxes
    if mb is None:
        return 0
    s.execute(delete(MailboxCleanup))
    now = utcnow()
    volunteers = _mailbox_volunteers(s, mb)
    for volunteer in volunteers:
        s.add(MailboxCleanup(volunteer_id=volunteer.id, job="wipe", needles="[]", created_at=now,
                             attempts=0, next_attempt_at=now))
    return len(volunteers)


# --- the cleaning ----------------------------------------------------------------------------


def _still_stored(store: Store, cfg: Config) -> Callable[[Traces], bool]:
    """Whether a mail belongs to what the store still holds (mail since the wipe)."""
    hl = cfg.helpline

    def check(found: Traces) -> bool:
        ids = list(found.message_ids)
        lookups = [aliases.token_lookup(hl.secret, token) for token in
                   (hl.aliases.token_of(a) for a in found.addresses) if token]
        with store.reading() as s:
            if ids and (s.scalar(select(func.count()).select_from(OutboxItem)
                                 .where(OutboxItem.message_id.in_(ids)))
                        or s.scalar(select(func.count()).select_from(MessageLink)
                                    .where(MessageLink.our_message_id.in_(ids)))):
                return True
            return bool(lookups) and bool(s.scalar(
                select(func.count()).select_from(Alias).where(Alias.lookup.in_(lookups))))

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
    parser = BytesHeaderParser(policy=compat32)
    gone: list[int] = []
    for start in range(0, len(uids), FETCH_BATCH):
        batch = uids[start:start + FETCH_BATCH]
        for uid, data in client.fetch(batch, [_FETCH_ITEM]).items():
            if doomed(traces(parser.parsebytes(_headers(data)))):
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


def _failed(store: Store, rows: list[MailboxCleanup], exc: Exception, now: datetime,
            volunteer_id: int) -> None:
    """Record a failure: the next try later and later, the kind of error for `status`."""
    attempts = max(r.attempts for r in rows) + 1
    delay = min(RETRY_FIRST * 2 ** (attempts - 1), RETRY_MAX)
    log.warning("volunteer %d: mailbox not cleaned (%s), trying again in %d min",
                volunteer_id, _describe(exc), delay.total_seconds() // 60)
    with store.transaction() as s:
        s.execute(update(MailboxCleanup).where(MailboxCleanup.id.in_([r.id for r in rows]))
                  .values(attempts=attempts, next_attempt_at=now + delay,
                          last_error=_describe(exc)[:80]))


def clean_volunteer_mailboxes(store: Store, cfg: Config, now: datetime | None = None,
                              due_only: bool = True) -> dict[str, int]:
    """Clean every mailbox whose record is due (every one waiting, with due_only False: a
    purge or wipe tries them all); failures stay recorded for a later try."""
    mb = cfg.volunteer_mailboxes
    if mb is None:
        return {}
    now = now or utcnow()
    query = select(MailboxCleanup).order_by(MailboxCleanup.id)
    if due_only:
        query = query.where(MailboxCleanup.next_attempt_at <= now)
    with store.reading() as s:
        rows = list(s.scalars(query))
        team = {v.id: (v.address, v.active) for v in s.scalars(select(Volunteer).where(
            Volunteer.id.in_({r.volunteer_id for r in rows})))}
    by_volunteer: dict[int, list[MailboxCleanup]] = defaultdict(list)
    for row in rows:
        by_volunteer[row.volunteer_id].append(row)
    counts = {"volunteer_mailboxes_cleaned": 0, "volunteer_mails_removed": 0,
              "volunteer_mailboxes_failed": 0}
    still_stored = _still_stored(store, cfg)
    for volunteer_id, mine in by_volunteer.items():
        ids = [r.id for r in mine]
        needles = {n for r in mine for n in json.loads(r.needles or "[]")}
        address, active = team[volunteer_id]
        try:
            removed = clean_mailbox(mb, cfg, address, needles,
                                    any(r.job == "wipe" for r in mine), still_stored)
        except Exception as exc:
            if not active and isinstance(exc, LoginError) and _no_such_user(exc):
                # A removed volunteer whose account is gone from the server: no copy is left
                # there to clean, and trying for ever would hide real failures in `status`.
                log.warning("volunteer %d was removed and has no mailbox on the server any "
                            "more: nothing left to clean there", volunteer_id)
                with store.transaction() as s:
                    s.execute(delete(MailboxCleanup).where(MailboxCleanup.id.in_(ids)))
                continue
            counts["volunteer_mailboxes_failed"] += 1
            _failed(store, mine, exc, now, volunteer_id)
            continue
        with store.transaction() as s:
            s.execute(delete(MailboxCleanup).where(MailboxCleanup.id.in_(ids)))
        log.info("volunteer %d: mailbox cleaned, %d mail(s) removed", volunteer_id, removed)
        counts["volunteer_mailboxes_cleaned"] += 1
        counts["volunteer_mails_removed"] += removed
    return counts


def pending_cleanups(s: Session, now: datetime) -> tuple[int, int, datetime | None]:
    """For `status`: mailboxes waiting to be cleaned, of which failed before, oldest since."""
    pending = int(s.scalar(select(func.count(func.distinct(MailboxCleanup.volunteer_id)))) or 0)
    failing = int(s.scalar(select(func.count(func.distinct(MailboxCleanup.volunteer_id)))
                           .where(MailboxCleanup.attempts > 0)) or 0)
    oldest = s.scalar(select(func.min(MailboxCleanup.created_at)))
    return pending, failing, oldest


def probe_mailboxes(cfg: Config) -> str:
    """For `check-config`: the server answers, and the master user may log in as a volunteer
    whose mailbox is there (the first one registered), when there is one."""
    from mailhandler.imap_login import connect
    from mailhandler.store.db import open_database, session_factory

    mb = cfg.volunteer_mailboxes
    assert mb is not None
    engine = open_database(cfg.storage.database)
    try:
        with session_factory(engine)() as s:
            volunteers = _mailbox_volunteers(s, mb)
    finally:
        engine.dispose()
    where = f"{mb.host}:{mb.port}"
    if not volunteers:
        client = connect(mb.host, mb.port, mb.tls, read_timeout=10)
        try:
            client.capabilities()
        finally:
            client.shutdown()
        return f"{where} answers (no volunteer with a mailbox there yet: login not tried)"
    with imap_session(mb.host, mb.port, mb.tls, mb.login_of(volunteers[0].address),
                      mb.master_password, read_timeout=10) as client:
        client.list_folders()
    return f"{where}, the master user logs in as volunteer {volunteers[0].id}"
