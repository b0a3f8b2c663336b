"""The `mailhandler` command.

Configuration problems end the command with one line naming the file and the key,
and exit status 2: an admin fixing a typo needs the key, not a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import smtplib
import sys
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import Engine, select, text, update
from sqlalchemy.orm import Session

from mailhandler import __version__
from mailhandler.config import Config, ConfigError, load_config, resolve_config_path
from mailhandler.store.db import open_database, utcnow
from mailhandler.store.models import Conversation, Volunteer

EXIT_CONFIG = 2
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def cmd_serve(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.daemon import serve

    return serve(cfg, accept_only=args.accept_only)


def cmd_volunteer(cfg: Config, args: argparse.Namespace) -> int:
    engine = open_database(cfg.storage.database)
    try:
        return _volunteer(cfg, args, engine)
    finally:
        engine.dispose()


def _volunteer(cfg: Config, args: argparse.Namespace, engine: Engine) -> int:
    with Session(engine) as s, s.begin():
        if args.action == "list":
            rows = s.scalars(select(Volunteer).where(Volunteer.active.is_(True))
                             .order_by(Volunteer.nickname)).all()
            for v in rows:
                role = "coordinator" if v.coordinator else "volunteer"
                print(f"{v.address}\t{v.nickname}\t{role}")
            if not rows:
                print("no volunteers registered: new conversations reach nobody", file=sys.stderr)
            return 0
        address = args.address.strip().lower()
        if not _ADDRESS.match(address):
            print(f"mailhandler: {args.address!r} is not a mail address", file=sys.stderr)
            return EXIT_CONFIG
        existing = s.scalars(select(Volunteer).where(Volunteer.address == address)).first()
        if args.action == "add":
            if address in cfg.own_addresses or address.endswith("@" + cfg.helpline.domain):
                print("mailhandler: a volunteer needs their own address, not the helpline's",
                      file=sys.stderr)
                return EXIT_CONFIG
            if existing is None:
                s.add(Volunteer(address=address, nickname=args.nickname,
                                coordinator=args.coordinator, active=True, created_at=utcnow()))
            else:
                existing.nickname, existing.coordinator = args.nickname, args.coordinator
                existing.active = True
            print(f"{'coordinator' if args.coordinator else 'volunteer'} {args.nickname} added")
            return 0
        if existing is None or not existing.active:
            print(f"mailhandler: no volunteer {address}", file=sys.stderr)
            return 1
        existing.active = False
        # Their conversations go back to the whole team instead of waiting for them.
        s.execute(update(Conversation).where(Conversation.owner_id == existing.id)
                  .values(owner_id=None))
        print(f"volunteer {existing.nickname} removed")
        return 0


def _check(label: str, probe: Callable[[], str]) -> bool:
    try:
        detail = probe()
    except Exception as exc:
        print(f"FAIL  {label}: {type(exc).__name__}: {exc}")
        return False
    print(f"ok    {label}{': ' + detail if detail else ''}")
    return True


def cmd_check_config(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.texts import MAIL_TEMPLATES, Texts

    print(f"ok    configuration {cfg.source}")

    def database() -> str:
        engine = open_database(cfg.storage.database)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return engine.url.get_backend_name()

    def templates() -> str:
        Texts(cfg.helpline.language, cfg.helpline.templates_dir).check(MAIL_TEMPLATES)
        return cfg.helpline.language

    def outbound() -> str:
        out = cfg.outbound
        if out.scheme == "maildir":
            assert out.maildir is not None
            out.maildir.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not os.access(out.maildir, os.W_OK):
                raise PermissionError("maildir not writable")
            return f"maildir {out.maildir}"
        cls = smtplib.SMTP_SSL if out.scheme == "smtps" else smtplib.SMTP
        with cls(out.host, out.port, timeout=10) as smtp:
            smtp.ehlo()
            if out.starttls:
                smtp.starttls()
                smtp.ehlo()
            if out.username and out.password:
                smtp.login(out.username, out.password)
            smtp.noop()
        return f"{out.host}:{out.port}"

    results = [_check("database", database), _check("templates", templates),
               _check("outbound", outbound)]
    if cfg.imap is not None:
        imap = cfg.imap

        def imap_probe() -> str:
            from imapclient import IMAPClient

            with IMAPClient(imap.host, port=imap.port, ssl=imap.tls, timeout=10) as client:
                client.login(imap.username, imap.password)
                client.select_folder(imap.folder, readonly=True)
            return f"{imap.host}:{imap.port}"

        results.append(_check("imap", imap_probe))
    return 0 if all(results) else 1


def _print_counts(title: str, counts: dict[str, int]) -> None:
    print(title)
    for key, value in counts.items():
        print(f"  {key.replace('_', ' ')}: {'unreachable' if value < 0 else value}")


def cmd_purge(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.core.retention import local_day
    from mailhandler.daemon import open_store
    from mailhandler.jobs.purge import purge

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else local_day(
            utcnow(), cfg.helpline.tz)
    except ValueError:
        print(f"mailhandler: --as-of {args.as_of!r} is not a date like 2026-06-30",
              file=sys.stderr)
        return EXIT_CONFIG
    counts = purge(open_store(cfg), cfg, as_of, dry_run=args.dry_run)
    _print_counts(f"{'would be purged' if args.dry_run else 'purged'} "
                  f"(older than {cfg.transcript_days} days on {as_of}):", counts)
    return 0


def cmd_wipe(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.daemon import open_store
    from mailhandler.jobs.wipe import wipe

    if not args.yes and not args.dry_run:
        print("mailhandler: the wipe deletes every stored mail for good; "
              "confirm with --yes (or look first with --dry-run)", file=sys.stderr)
        return EXIT_CONFIG
    counts = wipe(open_store(cfg), cfg, dry_run=args.dry_run)
    _print_counts("would be wiped:" if args.dry_run else "wiped:", counts)
    return 0


def build_parser() -> argparse.ArgumentParser:
    def options(parser: argparse.ArgumentParser, default: object) -> argparse.ArgumentParser:
        parser.add_argument("--config", default=default,
                            help="configuration file (default: $MAILHANDLER_CONFIG, then "
                            "config/mailhandler.toml, then the embedded defaults)")
        parser.add_argument("-v", "--verbose", action="store_true", default=default)
        return parser

    # Accepted before and after the subcommand; SUPPRESS keeps a subcommand's
    # unset option from overwriting what was given before it.
    common = options(argparse.ArgumentParser(add_help=False), argparse.SUPPRESS)
    parser = options(argparse.ArgumentParser(
        prog="mailhandler", description="Email-first processor for anonymous helplines"), None)
    parser.add_argument("--version", action="version", version=f"mailhandler {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the daemon in the foreground")
    serve.add_argument("--accept-only", action="store_true",
                       help="maintenance: receive and store mail, but neither process nor send")
    serve.set_defaults(func=cmd_serve)

    vol = sub.add_parser("volunteer", parents=[common], help="manage volunteers")
    vsub = vol.add_subparsers(dest="action", required=True)
    add = vsub.add_parser("add", parents=[common], help="register a volunteer")
    add.add_argument("address")
    add.add_argument("--nickname", required=True)
    add.add_argument("--coordinator", action="store_true",
                     help="also receives privacy mail and may read transcripts")
    vsub.add_parser("list", parents=[common], help="list volunteers")
    rem = vsub.add_parser("remove", parents=[common], help="unregister a volunteer")
    rem.add_argument("address")
    vol.set_defaults(func=cmd_volunteer)

    purge = sub.add_parser("purge", parents=[common],
                           help="the retention purge: transcripts older than the retention period")
    purge.add_argument("--as-of", metavar="YYYY-MM-DD",
                       help="purge as if today were this day (default: today)")
    purge.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge.set_defaults(func=cmd_purge)

    wipe = sub.add_parser("wipe", parents=[common],
                          help="the year-end wipe, now: every stored mail, mailbox folder, "
                          "address mapping")
    wipe.add_argument("--yes", action="store_true", help="really wipe")
    wipe.add_argument("--dry-run", action="store_true", help="only count what would go")
    wipe.set_defaults(func=cmd_wipe)

    check = sub.add_parser("check-config", parents=[common],
                           help="validate the configuration and reach the servers it names")
    check.set_defaults(func=cmd_check_config)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging(bool(args.verbose))
    try:
        cfg = load_config(resolve_config_path(args.config, os.environ))
    except ConfigError as exc:
        print(f"mailhandler: configuration error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return int(args.func(cfg, args))


if __name__ == "__main__":
    sys.exit(main())
