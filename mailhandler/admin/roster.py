"""`volunteer add` on someone already registered: never a silent change of role.

Adding a coordinator again without --coordinator used to demote them and print
"added"; two volunteers with one nickname made every owner line and notice ambiguous.
"""

from __future__ import annotations

from mailhandler.store.volunteers import Registered


def add_problem(existing: Registered | None, nickname_taken: bool, address: str,
                nickname: str, coordinator: bool) -> str | None:
    """Why this `volunteer add` must not happen, in one line; None when it may.

    nickname_taken: another active volunteer has this nickname (in any case)."""
    if nickname_taken:
        return (f"the nickname {nickname} is taken by another volunteer; choose another "
                "(nicknames name owners and notices)")
    if existing is not None and existing.active and existing.coordinator and not coordinator:
        return (f"{address} is a coordinator ({existing.nickname}); add --coordinator to keep "
                "that, or `volunteer remove` them first to make them a volunteer only")
    return None


def changes(existing: Registered | None, nickname: str, coordinator: bool) -> str:
    """What `volunteer add` did, for its one line of output."""
    role = "coordinator" if coordinator else "volunteer"
    if existing is None or not existing.active:
        return f"{role} {nickname} added"
    what = []
    if existing.nickname != nickname:
        what.append(f"nickname {existing.nickname} -> {nickname}")
    if existing.coordinator != coordinator:
        what.append("now a coordinator")
    return (f"{role} {nickname} updated: {', '.join(what)}" if what
            else f"{role} {nickname} already registered, nothing changed")
