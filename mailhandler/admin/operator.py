"""Who is at the keyboard, for the audit log and the coordinators' group.

The real uid, looked up in the password database: not $LOGNAME, $USER or $SUDO_USER,
which anyone can set to anything. Only when the real uid is root is $SUDO_USER added
(root can claim anything anyway; sudo sets it, and it says who used root). Taken
once, before the command drops to the owner of data_dir (admin/privileges.py), so the
audit log names the person, not the service user.
"""

from __future__ import annotations

import grp
import os
import pwd
from dataclasses import dataclass


@dataclass(frozen=True)
class Operator:
    uid: int
    name: str
    sudo_user: str | None  # only when uid is 0

    @property
    def audit_name(self) -> str:
        """As the audit log shows it: `cora`, or `root (sudo: cora)`."""
        return f"{self.name} (sudo: {self.sudo_user})" if self.sudo_user else self.name

    def in_group(self, group: str) -> bool:
        """Whether the person (for root via sudo: the sudo user) belongs to `group`."""
        try:
            entry = grp.getgrnam(group)
        except KeyError:
            return False
        who = self.sudo_user or self.name
        try:
            primary = pwd.getpwnam(who).pw_gid
        except KeyError:
            return False
        return entry.gr_gid in os.getgrouplist(who, primary) or who in entry.gr_mem


_current: Operator | None = None


def remember() -> Operator:
    """Take the real user now (call before dropping privileges); later calls return it."""
    global _current
    if _current is None:
        uid = os.getuid()
        try:
            name = pwd.getpwuid(uid).pw_name
        except KeyError:
            name = f"uid {uid}"
        sudo = os.environ.get("SUDO_USER") if uid == 0 else None
        _current = Operator(uid, name, sudo if sudo and sudo != name else None)
    return _current
