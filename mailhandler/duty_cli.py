"""The duty commands: `volunteer on|off|roster ADDRESS`, `queue`, `queue assign CONV ADDRESS`.

Apart from cli.py so the command table there grows by a few lines only. `queue`
shows pseudonyms, waiting times, nicknames and flags: never an address, a subject or
a word of any mail, because it is what a coordinator looks at on a shared screen.
"""

from __future__ import annotations

import argparse
import sys

from mailhandler.config import Config
from mailhandler.core.duty import Waiting, queue_order, waiting_for
from mailhandler.store import audit, volunteers
from mailhandler.store import duty as store_duty
from mailhandler.store.db import utcnow

EXIT_CONFIG = 2


def _operator() -> str:
    """Who is at the keyboard: the real uid, taken before privileges were dropped
    (admin/operator.py), as every other audited command records it."""
    from mailhandler.admin.operator import remember

    return remember().audit_name


def add_parsers(vsub: argparse._SubParsersAction,  # type: ignore[type-arg]
                sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                common: argparse.ArgumentParser) -> None:
    for action, text in (("on", "put a volunteer (or coordinator) on duty"),
                         ("off", "take a volunteer (or coordinator) off duty"),
                         ("roster", "let the roster decide a volunteer's duty again")):
        parser = vsub.add_parser(action, parents=[common], help=text)
        parser.add_argument("address")
    queue = sub.add_parser("queue", parents=[common],
                           help="coordinators: open conversations, urgent and longest waiting "
                                "first (never content)")
    queue.add_argument("--closed", action="store_true", help="closed conversations as well")
    qsub = queue.add_subparsers(dest="action")
    assign = qsub.add_parser("assign", parents=[common],
                             help="give a conversation to a volunteer (audited)")
    assign.add_argument("conversation")
    assign.add_argument("address")
    queue.set_defaults(func=cmd_queue)


def cmd_volunteer_duty(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.context import open_context
    from mailhandler.jobs.duty import run_duty

    ctx = open_context(cfg)
    try:
        address = args.address.strip().lower()
        nickname = volunteers.set_duty(ctx.store, address,
                                       {"on": True, "off": False}.get(args.action))
        if nickname is None:
            print(f"mailhandler: no volunteer {address}", file=sys.stderr)
            return 1
        state = {"on": "on duty", "off": "off duty"}.get(args.action, "following the roster")
        print(f"{nickname} is {state}")
        # Whoever comes on duty gets waiting conversations now, not at the next tick.
        run_duty(ctx, utcnow())
        with ctx.store.reading() as s:
            if args.action == "off" and not _anyone_on_duty(ctx, s):
                print("nobody is on duty now: new conversations wait in the queue "
                      "(see `mailhandler queue`)", file=sys.stderr)
        return 0
    finally:
        ctx.store.engine.dispose()


def _anyone_on_duty(ctx, s) -> bool:  # type: ignore[no-untyped-def]
    from mailhandler.handlers.duty import Duty

    duty = Duty(ctx, s, utcnow())
    return any(m.on_duty(duty.roster, duty.local) for m in duty.team)


def _flags(row: store_duty.QueueRow) -> str:
    flags = []
    if row.urgent:
        flags.append("urgent")
    if row.kind != store_duty.HELP:
        flags.append(row.kind)
    if row.escalation == 1:
        flags.append("escalated")
    elif row.escalation >= 2:
        flags.append("escalated:coordinators")
    if row.closed:
        flags.append("closed")
    elif row.owner is None and row.waiting_since is not None and row.escalation < 2:
        flags.append("queued")
    if row.waiting_since is None and not row.closed:
        flags.append("answered")
    return ",".join(flags) or "-"


def cmd_queue(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.context import open_context

    ctx = open_context(cfg)
    try:
        if args.action == "assign":
            return _assign(ctx, args)
        now = utcnow()
        with ctx.store.reading() as s:
            rows = store_duty.queue_rows(s, include_closed=args.closed)
        by_id = {row.id: row for row in rows}
        order = queue_order(Waiting(r.id, r.urgent, r.waiting_since, r.created_at)
                            for r in rows)
        print("conversation\twaiting\towner\tflags")
        for item in order:
            row = by_id[item.id]
            print(f"{row.pseudonym}\t{waiting_for(now, row.waiting_since)}\t"
                  f"{row.owner or '-'}\t{_flags(row)}")
        return 0
    finally:
        ctx.store.engine.dispose()


def _assign(ctx, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from mailhandler.handlers.duty import reassign

    now = utcnow()
    with ctx.store.transaction() as s:
        conv = store_duty.by_pseudonym(s, args.conversation)
        if conv is None:
            print(f"mailhandler: no conversation {args.conversation} (purged or never existed)",
                  file=sys.stderr)
            return 1
        if conv.kind != store_duty.HELP:
            print("mailhandler: a privacy question stays with the coordinators",
                  file=sys.stderr)
            return EXIT_CONFIG
        address = args.address.strip().lower()
        volunteer = volunteers.active_by_address(s, address)
        if volunteer is None:
            print(f"mailhandler: no volunteer {address}", file=sys.stderr)
            return 1
        sent = reassign(ctx, s, conv, volunteer, now)
        # The audit names the pseudonym and the nickname, never an address.
        audit.record(s, now, _operator(), "assign", conv.pseudonym, f"to {volunteer.nickname}")
        print(f"{conv.pseudonym} is now with {volunteer.nickname}; "
              f"{sent} earlier mails forwarded to them")
    return 0
