"""Who may run the coordinators' commands, and with what reason.

`[coordinators] group`, when set, is the system group whose members may read: every
other user is refused before anything is opened (root is let through: it can read every
file anyway, and sudo's user is checked and recorded for it). Every read of content
(`transcript show`, `quarantine show`, `reveal`, `fragment`), and the discarding of a
quarantined mail, needs a reason the audit log can be judged by (admin/reasons.py); a
read without one is refused here, before the database is touched, and again where the
audit row is written (transcripts.py), so no other caller can skip it.
"""

from __future__ import annotations

import argparse

from mailhandler.admin.operator import Operator, remember
from mailhandler.admin.reasons import reason_problem
from mailhandler.config import Config

# (command, action): what reads content, and what only shows that there is content.
CONTENT_READS = frozenset({("transcript", "show"), ("quarantine", "show"), ("reveal", None),
                           ("fragment", None)})
# A mail destroyed before its time is put on the audit log with a reason, like a read.
AUDITED = CONTENT_READS | {("quarantine", "discard")}
COORDINATOR_COMMANDS = AUDITED | {("transcript", "list"), ("quarantine", "list"),
                                  ("quarantine", "retry"), ("audit", None), ("queue", None)}


class NotAllowed(Exception):
    """One line: why this user, or this reason, may not read."""


def check(cfg: Config, args: argparse.Namespace, operator: Operator | None = None) -> None:
    """Raise NotAllowed when the command must not run for this user or without a reason."""
    what = (getattr(args, "command", None), getattr(args, "action", None))
    if what not in COORDINATOR_COMMANDS:
        return
    who = operator or remember()
    group = cfg.coordinators_group
    checked = bool(group) and (who.uid != 0 or who.sudo_user is not None)
    if group and checked and not who.in_group(group):
        person = who.sudo_user or who.name
        raise NotAllowed(f"{person} is not in the coordinators' group {group} "
                         f"([coordinators] group in {cfg.source}): not allowed")
    if what in AUDITED:
        problem = reason_problem(getattr(args, "reason", None))
        if problem:
            raise NotAllowed(problem)
