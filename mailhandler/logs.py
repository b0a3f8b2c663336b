"""All logging set-up, in one place: the format, the level, and what must stay silent.

Logs hold no personal data: libraries that log what they handle (mail content, image
metadata, SQL parameters, client IP addresses) are kept above that level whatever
--verbose says. The command line (cli), the daemon and its processing worker all set
logging up through here.
"""

from __future__ import annotations

import logging
import sys

# Libraries that log what they handle at DEBUG: mail content, image metadata, SQL
# parameters. Even with --verbose they stay above that: logs hold no personal data.
# At WARNING: what they log at INFO is noise in every command's output (Alembic's
# "Context impl SQLiteImpl."; a revision run is logged by store.migrate itself).
_CHATTY_LIBRARIES = ("imapclient", "PIL", "sqlalchemy", "asyncio", "alembic")


def setup_logging(verbose: bool) -> None:
    """Log to stderr, at DEBUG with `verbose` else INFO; chatty libraries at WARNING."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def quiet_aiosmtpd_logs() -> None:
    """aiosmtpd logs client IP addresses at INFO and in its warnings: never let them through."""
    mail_log = logging.getLogger("mail.log")
    mail_log.setLevel(logging.CRITICAL + 1)
    mail_log.propagate = False


def verbose(level: int) -> bool:
    """Whether a process started with this root level (the daemon's, handed to its worker)
    logs verbosely."""
    return level <= logging.DEBUG


def root_level() -> int:
    """The level this process logs at, to hand on to a process it starts."""
    return logging.getLogger().getEffectiveLevel()
