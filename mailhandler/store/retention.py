"""The deletes of the retention purge and the year-end wipe, and destroying keys.

jobs/purge and jobs/wipe decide when and tell the outside world (the maildir, the
mailboxes, the log); what goes from the database, in which transaction and in which
order with the keys, is here. The order is what keeps mail arriving meanwhile: the
wipe's new key generation starts first (Store.new_generation), then one transaction
takes the old keys, moves what is in flight under the new one, deletes the rest and
records the old keys destroyed; only after it commits are the keys destroyed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, select, update

from mailhandler.core.decision import InboxState
from mailhandler.store.forget import blank_audit_reasons, forget_removed_volunteers
from mailhandler.store.inbox import Transaction
from mailhandler.store.models import (
    Alias,
    Block,
    ClientConfirmations,
    ConfirmationMemo,
    Contact,
    Conversation,
    FetchedMessage,
    InboundMail,
    InboundRaw,
    MessageLink,
    OutboxItem,
    OutboxMessage,
)
from mailhandler.store.repository import Store
from mailhandler.store.schedule import record_run

# What the purge or the wipe records in its own transaction (jobs/mailboxes): the
# volunteers' mailboxes to clean, given the conversations that go (purge).
RecordPurge = Callable[[Transaction, list[int]], object]
RecordWipe = Callable[[Transaction], object]


def _count(s: Transaction, query: Select[Any]) -> int:
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def drop_orphaned_mail(s: Transaction) -> None:
    """Delete the stored and outgoing mails whose row is gone. Their foreign keys cascade
    (ON DELETE CASCADE) already; this is for a row deleted where they did not (a SQLite
    connection without foreign_keys=ON): no mail outlives its row. Deleted, never set to
    NULL: with secure_delete and the compaction after the purge and the wipe, its bytes
    are then gone from the files too."""
    s.execute(delete(InboundRaw).where(InboundRaw.inbound_id.not_in(select(InboundMail.id))))
    s.execute(delete(OutboxMessage).where(OutboxMessage.outbox_id.not_in(select(OutboxItem.id))))


def remove_conversations(s: Transaction, ids: Sequence[int]) -> None:
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


def purge_older_than(store: Store, cutoff: datetime, dry_run: bool,
                     record_mailboxes: RecordPurge) -> tuple[dict[str, int], list[str]]:
    """Remove what is older than `cutoff` (nothing with dry_run), in one transaction
    that also records the run; the counts and the Message-IDs of the sent mails that
    went (their maildir copies go after the commit)."""
    with store.transaction() as s:
        old_conversations = select(Conversation.id).where(Conversation.last_activity_at < cutoff)
        old_ids = list(s.scalars(old_conversations))
        loose_inbound = select(InboundMail.id).where(
            InboundMail.received_at < cutoff, InboundMail.status != InboxState.NEW,
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
            return counts, sent_ids
        record_mailboxes(s, old_ids)  # before the Message-IDs go
        remove_conversations(s, old_ids)
        loose = list(s.scalars(loose_inbound))
        s.execute(update(FetchedMessage).where(FetchedMessage.inbound_id.in_(loose))
                  .values(inbound_id=None))
        s.execute(delete(InboundMail).where(InboundMail.id.in_(loose)))
        s.execute(delete(OutboxItem).where(OutboxItem.id.in_(list(s.scalars(loose_outbox)))))
        s.execute(delete(FetchedMessage).where(FetchedMessage.fetched_at < cutoff))
        drop_orphaned_mail(s)
        forget_removed_volunteers(s)  # stubs kept only for the conversations just purged
        record_run(s, "purge", counts)
    return counts, sent_ids


def wipe_older_keys(store: Store, survivor: int | None, outbox_files: int,
                    count_mailboxes: Callable[[Transaction], int] | None,
                    record_mailboxes: RecordWipe) -> tuple[dict[str, int], list[int]]:
    """Everything not under the `survivor` key goes, in one transaction that records the
    old keys destroyed and the run; None (a dry run) only counts. The counts, and the
    keys to destroy once this has committed."""
    with store.transaction() as s:
        doomed_keys = [k for k in store.lock_live_keys(s) if k != survivor] if survivor \
            else []
        kept = store.rekey_in_flight(s, survivor) if survivor is not None else 0

        def count(model: type) -> int:
            query = select(func.count()).select_from(model)
            if survivor is not None:
                query = query.where(model.key_id != survivor)  # type: ignore[attr-defined]
            return int(s.scalar(query) or 0)

        counts = {
            "mails_received": count(InboundMail),
            "mails_sent": count(OutboxItem),
            "conversations": count(Conversation),
            "quarantined": int(s.scalar(select(func.count()).select_from(InboundMail)
                                        .where(InboundMail.status == InboxState.QUARANTINED))
                               or 0),
            "confirmation_memory": count(ConfirmationMemo),
            "keys": len(doomed_keys) if survivor else len(store.vault.key_ids()),
            "outbox_files": outbox_files,
        }
        if survivor is None and count_mailboxes is not None:
            counts["volunteer_mailboxes"] = count_mailboxes(s)
        if survivor is not None:
            counts["kept_in_flight"] = kept
            ids = list(s.scalars(select(Conversation.id).where(Conversation.key_id != survivor)))
            remove_conversations(s, ids)
            # Blocks name senders by a keyed hash: an address mapping, gone with the rest.
            for model in (MessageLink, OutboxItem, ConfirmationMemo, ClientConfirmations, Block):
                s.execute(delete(model).where(model.key_id != survivor))  # type: ignore[attr-defined]
            s.execute(delete(FetchedMessage).where(FetchedMessage.inbound_id.in_(
                select(InboundMail.id).where(InboundMail.key_id != survivor))))
            s.execute(delete(FetchedMessage).where(FetchedMessage.inbound_id.is_(None)))
            s.execute(delete(InboundMail).where(InboundMail.key_id != survivor))
            drop_orphaned_mail(s)
            store.mark_destroyed(s, doomed_keys)
            record_mailboxes(s)
            # Nothing of a removed volunteer, and no reason typed into the audit log,
            # outlives the wipe (store/forget.py).
            counts["removed_volunteers"] = forget_removed_volunteers(s)
            counts["audit_reasons"] = blank_audit_reasons(s)
            # Recorded with the deletion: a crash after this point must not make the
            # next start wipe again (and take mail that arrived since).
            record_run(s, "wipe", counts)
    return counts, doomed_keys


def destroy_keys(store: Store, key_ids: Sequence[int]) -> None:
    """Destroy keys recorded as destroyed: this process's copy, and a key file of an
    earlier version."""
    for key_id in key_ids:
        store.vault.destroy(key_id)


def destroy_unused_keys(store: Store) -> int:
    """Destroy every key that no stored row needs any more, except the current one.

    After a purge an old year's key often protects nothing; after an interrupted
    wipe the old generation may still be on disk. Either way it goes: a key that
    protects nothing can only ever help someone read an old backup.
    """
    current = store.newest_key()
    with store.transaction() as s:
        # Taken FOR UPDATE: a writer holding one of these keys finishes first. Keys
        # newer than the current one (a new year starting this very moment) stay.
        live = [k for k in store.lock_live_keys(s) if k < current]
        used: set[int] = set()
        for model in (InboundMail, OutboxItem, Conversation, MessageLink, ConfirmationMemo,
                      Block):
            used.update(s.scalars(select(model.key_id).distinct()))  # type: ignore[attr-defined]
        unused = [k for k in live if k not in used]
        store.mark_destroyed(s, unused)  # overwritten in the database, for every host
    destroy_keys(store, unused)
    return len(unused)
