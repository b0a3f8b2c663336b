"""`mailhandler block` and `unblock`: coordinators keep a harassing sender from volunteers.

Registered by cli.build_parser; the work is in store/blocks.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC

from mailhandler.config import Config


def cmd_block(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.cli import EXIT_CONFIG, _local, _no_conversation, _operator
    from mailhandler.context import open_store
    from mailhandler.store import blocks

    store = open_store(cfg)
    if args.conversation is None:  # `block` alone: the blocks holding now
        holding = blocks.blocks(store)
        if not holding:  # said, like the other lists: an empty answer looks like a failure
            print("none: no sender is blocked", file=sys.stderr)
        for item in holding:
            print(f"{item.conversation}\tuntil {_local(cfg, item.until)}")
        return 0
    if args.length is None:
        print("mailhandler: block CONV needs --for (24h, 7d, 5y ...)", file=sys.stderr)
        return EXIT_CONFIG
    try:
        length = blocks.period(args.length)
        done = blocks.block(store, args.conversation, length, _operator(), args.reason or "")
    except ValueError as exc:  # a period that is no period, or no reason
        print(f"mailhandler: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if done is None:
        return _no_conversation(args.conversation)
    until = done.until.replace(tzinfo=UTC).astimezone(cfg.helpline.tz)
    print(f"{done.conversation}: sender blocked until {until:%Y-%m-%d %H:%M} "
          "(or the year-end wipe, which forgets every sender)")
    return 0


def cmd_unblock(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.cli import EXIT_CONFIG, _no_conversation, _operator
    from mailhandler.context import open_store
    from mailhandler.store import blocks

    try:
        lifted = blocks.unblock(open_store(cfg), args.conversation, _operator(),
                                args.reason or "")
    except ValueError as exc:
        print(f"mailhandler: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if lifted is None:
        return _no_conversation(args.conversation)
    print(f"{args.conversation.upper()}: {lifted} block(s) lifted")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    block = sub.add_parser(
        "block", parents=[common],
        help="coordinators: keep a conversation's sender from volunteers for a while "
        "(mail kept, no confirmation; audited); without CONV: the blocks holding now")
    block.add_argument("conversation", metavar="CONV", nargs="?")
    block.add_argument("--for", dest="length", metavar="PERIOD",
                       help="how long: 24h, 7d, 2w, 5y (1h to 5y)")
    block.add_argument("--reason", help="why, for the audit log (required)")
    block.set_defaults(func=cmd_block)
    unblock = sub.add_parser("unblock", parents=[common],
                             help="coordinators: lift the block on a conversation's sender "
                             "(audited)")
    unblock.add_argument("conversation", metavar="CONV")
    unblock.add_argument("--reason", help="why, for the audit log (required)")
    unblock.set_defaults(func=cmd_unblock)
