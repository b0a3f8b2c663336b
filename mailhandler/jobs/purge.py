"""The retention purge: transcripts older than `retention.transcript_days` go, for real.

A conversation whose last mail is older than the retention period is removed
whole: its stored mails, the mails the helpline sent in it, its Message-ID map
and the help-seeker's address. Loose mails older than the period go too. The
anonymous contact record stays (marked closed) for the annual report. Where volunteers'
mailboxes are on the helpline's Dovecot, the conversation's mails go from them too
(jobs/mailboxes).
"""

from __future__ import annotations

import logging
from datetime import date

from mailhandler.config import Config
from mailhandler.core.retention import purge_cutoff
from mailhandler.jobs import maildir
from mailhandler.jobs.mailboxes import clean_volunteer_mailboxes, record_purge
from mailhandler.store.compact import compact
from mailhandler.store.inbox import Transaction
from mailhandler.store.repository import Store
from mailhandler.store.retention import purge_older_than

log = logging.getLogger("mailhandler.purge")


def purge(store: Store, cfg: Config, as_of: date, dry_run: bool = False) -> dict[str, int]:
    """Remove what is older than the retention period on `as_of`; return the counts."""
    cutoff = purge_cutoff(as_of, cfg.transcript_days, cfg.helpline.tz)

    def record_mailboxes(s: Transaction, conversation_ids: list[int]) -> None:
        record_purge(s, cfg, conversation_ids)

    counts, sent_ids = purge_older_than(store, cutoff, dry_run, record_mailboxes)
    if dry_run:
        counts["outbox_files"] = maildir.remove_files_of(cfg, sent_ids, dry_run=True)
        return counts
    # After the commit: a file shredded for a purge that then failed would be a lost mail
    # copy; a file left by a crash here goes at the next wipe.
    counts["outbox_files"] = maildir.remove_files_of(cfg, sent_ids)
    compact(store.engine, full=False)
    log.info("purge: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
    if cfg.volunteer_mailboxes is not None:
        # These and the ones an earlier purge or wipe could not clean.
        counts.update(clean_volunteer_mailboxes(store, cfg, due_only=False))
    return counts
