"""The retention purge: transcripts older than `retention.transcript_days` go, for real.

A conversation whose last mail is older than the retention period is removed
whole: its stored mails, the mails the helpline sent in it, its Message-ID map
and the help-seeker's address. Loose mails older than the period go too. The
anonymous contact record stays (marked closed) for the annual report. Where volunteers'
mailboxes are on the helpline's Dovecot, the conversation's mails go from them too
(jobs/mailboxes).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from mailhandler.config import Config
from mailhandler.core.retention import purge_cutoff
from mailhandler.jobs import maildir
from mailhandler.jobs.mailboxes import clean_volunteer_mailboxes, record_purge
from mailhandler.store.compact import compact
from mailhandler.store.db import utcnow
from mailhandler.store.forget import forget_removed_volunteers
from mailhandler.store.models import (
    Alias,
    Contact,
    Conversation,
    FetchedMessage,
    InboundMail,
    JobRun,
    MessageLink,
    OutboxItem,
)
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.purge")


def _count(s: Session, query: Select[Any]) -> int:
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def remove_conversations(s: Session, ids: Sequence[int]) -> None:
    """Delete conversations with everything that names their help-seeker; close their contacts."""
    if not ids:
        return
    contact_ids = select(Conversation.contact_id).where(Conversation.id.in_(ids))
    s.execute(update(Contact).where(Contact.id.in_(contact_ids)).values(closed=True))
    s.execute(delete(MessageLink).where(MessageLink.conversation_id.in_(ids)))
    s.execute(delete(Alias).where(Alias.conversation_id.in_(ids)))
    s.execute(delete(OutboxItem).where(OutboxItem.conversation_id.in_(ids)))
    doomed = select(InboundMail.id).where(InboundMail.conversation_id.in_(ids))
    s.execute(update(FetchedMessage).where(FetchedMessage.inbound_id.in_(doomed))
              .values(inbound_id=None))
    s.execute(delete(InboundMail).where(InboundMail.conversation_id.in_(ids)))
    s.execute(delete(Conversation).where(Conversation.id.in_(ids)))


def purge(store: Store, cfg: Config, as_of: date, dry_run: bool = False) -> dict[str, int]:
    """Remove what is older than the retention period on `as_of`; return the counts."""
    cutoff = purge_cutoff(as_of, cfg.transcript_days, cfg.helpline.tz)
    with store.transaction() as s:
        old_conversations = select(Conversation.id).where(Conversation.last_activity_at < cutoff)
        old_ids = list(s.scalars(old_conversations))
        loose_inbound = select(InboundMail.id).where(
            InboundMail.received_at < cutoff, InboundMail.status != "new",
            InboundMail.conversation_id.is_(None))
        loose_outbox = select(OutboxItem.id).where(
            OutboxItem.created_at < cutoff, OutboxItem.conversation_id.is_(None))
        in_old = select(InboundMail.id).where(InboundMail.conversation_id.in_(old_ids))
        out_old = select(OutboxItem.id).where(OutboxItem.conversation_id.in_(old_ids))
        counts = {
            "conversations": len(old_ids),
            "mails_received": _count(s, in_old) + _count(s, loose_inbound),
            "mails_sent": _count(s, out_old) + _count(s, loose_outbox),
        }
        # Their copies in the outbound maildir go with them (jobs/maildir.py).
        sent_ids = [m for m in s.scalars(select(OutboxItem.message_id).where(
            OutboxItem.conversation_id.in_(old_ids) | OutboxItem.id.in_(loose_outbox))) if m]
        if dry_run:
            counts["outbox_files"] = maildir.remove_files_of(cfg, sent_ids, dry_run=True)
            return counts
        record_purge(s, cfg, old_ids)  # before the Message-IDs go
        remove_conversations(s, old_ids)
        loose = list(s.scalars(loose_inbound))
        s.execute(update(FetchedMessage).where(FetchedMessage.inbound_id.in_(loose))
                  .values(inbound_id=None))
        s.execute(delete(InboundMail).where(InboundMail.id.in_(loose)))
        s.execute(delete(OutboxItem).where(OutboxItem.id.in_(list(s.scalars(loose_outbox)))))
        s.execute(delete(FetchedMessage).where(FetchedMessage.fetched_at < cutoff))
        forget_removed_volunteers(s)  # stubs kept only for the conversations just purged
        s.add(JobRun(job="purge", at=utcnow(), counts=json.dumps(counts)))
    # After the commit: a file shredded for a purge that then failed would be a lost mail
    # copy; a file left by a crash here goes at the next wipe.
    counts["outbox_files"] = maildir.remove_files_of(cfg, sent_ids)
    compact(store.engine, full=False)
    log.info("purge: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
    if cfg.volunteer_mailboxes is not None:
        # These and the ones an earlier purge or wipe could not clean.
        counts.update(clean_volunteer_mailboxes(store, cfg, due_only=False))
    return counts
