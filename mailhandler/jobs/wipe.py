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

import logging

from mailhandler.config import Config, ImapInbound
from mailhandler.jobs import maildir
from mailhandler.jobs.mailboxes import (
    clean_volunteer_mailboxes,
    mailboxes_to_wipe,
    record_wipe,
)
from mailhandler.store.compact import compact
from mailhandler.store.inbox import Transaction
from mailhandler.store.repository import Store
from mailhandler.store.retention import destroy_keys, destroy_unused_keys, wipe_older_keys

__all__ = ["destroy_unused_keys", "wipe"]

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

    def count_mailboxes(s: Transaction) -> int:
        return mailboxes_to_wipe(s, cfg)

    def record_mailboxes(s: Transaction) -> None:
        record_wipe(s, cfg)

    counts, doomed_keys = wipe_older_keys(
        store, survivor, len(maildir.files(cfg)),
        count_mailboxes if cfg.volunteer_mailboxes is not None else None, record_mailboxes)
    if cfg.imap is not None:
        try:
            counts["mailbox_messages"] = _imap_wipe(cfg.imap, store, dry_run)
        except Exception as exc:
            # The rest of the wipe stands; the mailbox is tried again at the next wipe.
            log.error("wipe: the IMAP mailbox could not be emptied (%s)", type(exc).__name__)
            counts["mailbox_messages"] = -1
    if dry_run:
        return counts
    destroy_keys(store, doomed_keys)
    for path in maildir.files(cfg):
        maildir.shred(path)
    compact(store.engine, full=True)
    # Last: a slow or unreachable mailbox server must not hold up the destruction above.
    counts.update(clean_volunteer_mailboxes(store, cfg, due_only=False))
    log.info("wipe: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts
