"""The year-end wipe: every mail gone, for real, and the anonymous report left standing.

In order, so that nothing arriving meanwhile is lost and nothing old survives:
1. a new key generation starts, so mail that arrives while the wipe runs is
   written under a key that survives it;
2. everything written under the older keys is deleted: received and sent mail,
   quarantine, conversations and their address mappings, Message-ID maps, the
   confirmation memory; the contact records are closed, not deleted;
3. the older keys are overwritten in the database (for every host at once, in the
   transaction that deletes their data), which makes every copy of that data
   unreadable; the one exception is a backup of the database taken before the wipe,
   read together with the helpline secret (the keys in it are wrapped by a key
   derived from that secret);
4. the outbound maildir (when used) is emptied, and every message in every folder
   of the IMAP mailbox is deleted, except new mail not yet fetched; so is all the
   helpline's mail in the volunteers' mailboxes on its Dovecot (jobs/mailboxes);
5. the database files are rebuilt (VACUUM, log truncated) so no deleted page lingers.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import delete, func, select

from mailhandler.config import Config, ImapInbound
from mailhandler.jobs import maildir
from mailhandler.jobs.mailboxes import (
    clean_volunteer_mailboxes,
    mailboxes_to_wipe,
    record_wipe,
)
from mailhandler.jobs.purge import remove_conversations
from mailhandler.store.compact import compact
from mailhandler.store.db import utcnow
from mailhandler.store.forget import blank_audit_reasons, forget_removed_volunteers
from mailhandler.store.models import (
    Block,
    ClientConfirmations,
    ConfirmationMemo,
    Conversation,
    FetchedMessage,
    InboundMail,
    JobRun,
    MessageLink,
    OutboxItem,
)
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.wipe")


def _imap_wipe(imap: ImapInbound, store: Store, dry_run: bool) -> int:
    """Delete every message in every folder, except unfetched mail in the inbound folder."""
    from mailhandler.imap_login import helpline_mailbox

    removed = 0
    with helpline_mailbox(imap) as client:
        for _flags, _delimiter, folder in client.list_folders():
            name = folder if isinstance(folder, str) else folder.decode()
            try:
                status = client.select_folder(name, readonly=dry_run)
            except Exception:
                continue  # \\Noselect folders hold no messages
            uids = list(client.search(["ALL"]))
            if name == imap.folder:
                # New mail must still be processed: only what we already stored goes.
                uidvalidity = int(status[b"UIDVALIDITY"])
                uids = sorted(store.already_fetched(imap.mailbox_key, uidvalidity, uids))
            removed += len(uids)
            if uids and not dry_run:
                client.delete_messages(uids)
                client.expunge()
    return removed


def wipe(store: Store, cfg: Config, dry_run: bool = False) -> dict[str, int]:
    """The wipe, now. Returns the counts of what went (or would go, with dry_run).

    Mail that arrives meanwhile is never lost: the new key generation starts first,
    then one transaction takes the old keys (waiting for every writer that still
    holds one), moves what is still in flight under the new key, deletes the rest and
    records the old keys as destroyed; only after it commits are their files destroyed.
    """
    survivor = None if dry_run else store.new_generation()
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
                                        .where(InboundMail.status == "quarantined")) or 0),
            "confirmation_memory": count(ConfirmationMemo),
            "keys": len(doomed_keys) if survivor else len(store.vault.key_ids()),
            "outbox_files": len(maildir.files(cfg)),
        }
        if dry_run and cfg.volunteer_mailboxes is not None:
            counts["volunteer_mailboxes"] = mailboxes_to_wipe(s, cfg)
        if not dry_run:
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
            store.mark_destroyed(s, doomed_keys)
            record_wipe(s, cfg)
            # Nothing of a removed volunteer, and no reason typed into the audit log,
            # outlives the wipe (store/forget.py).
            counts["removed_volunteers"] = forget_removed_volunteers(s)
            counts["audit_reasons"] = blank_audit_reasons(s)
            # Recorded with the deletion: a crash after this point must not make the
            # next start wipe again (and take mail that arrived since).
            s.add(JobRun(job="wipe", at=utcnow(), counts=json.dumps(counts)))
    if cfg.imap is not None:
        try:
            counts["mailbox_messages"] = _imap_wipe(cfg.imap, store, dry_run)
        except Exception as exc:
            # The rest of the wipe stands; the mailbox is tried again at the next wipe.
            log.error("wipe: the IMAP mailbox could not be emptied (%s)", type(exc).__name__)
            counts["mailbox_messages"] = -1
    if dry_run:
        return counts
    for key_id in doomed_keys:
        store.vault.destroy(key_id)
    for path in maildir.files(cfg):
        maildir.shred(path)
    compact(store.engine, full=True)
    # Last: a slow or unreachable mailbox server must not hold up the destruction above.
    counts.update(clean_volunteer_mailboxes(store, cfg, due_only=False))
    log.info("wipe: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts


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
    for key_id in unused:
        store.vault.destroy(key_id)  # this process's copy, and a key file of an earlier version
    return len(unused)
