"""The `mailhandler` command.

Configuration problems end the command with one line naming the file and the key,
and exit status 2: an admin fixing a typo needs the key, not a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import smtplib
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from mailhandler import __version__, duty_cli
from mailhandler.admin import coordinators
from mailhandler.admin.privileges import WrongUser
from mailhandler.config import Config, ConfigError, load_config, resolve_config_path
from mailhandler.context import open_plain_store, open_store
from mailhandler.core.message import is_one_address
from mailhandler.logs import setup_logging
from mailhandler.store import volunteers
from mailhandler.store.db import database_name, database_problem, open_database, utcnow
from mailhandler.store.errors import DatabaseFailure
from mailhandler.store.repository import Store

EXIT_CONFIG = 2


def cmd_serve(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.daemon import serve

    return serve(cfg, accept_only=args.accept_only)


def cmd_volunteer(cfg: Config, args: argparse.Namespace) -> int:
    if args.action in ("on", "off", "roster"):
        return duty_cli.cmd_volunteer_duty(cfg, args)
    store = open_plain_store(cfg)
    try:
        return _volunteer(cfg, args, store)
    finally:
        store.engine.dispose()


def _volunteer(cfg: Config, args: argparse.Namespace, store: Store) -> int:
    if args.action == "list":
        rows = volunteers.active_list(store)
        for v in rows:
            role = "coordinator" if v.coordinator else "volunteer"
            flag = "\tno-dmarc-alignment" if v.unaligned_ok else ""
            if v.on_duty is not None:  # pinned by `volunteer on|off`; else the roster's
                flag += "\ton-duty" if v.on_duty else "\toff-duty"
            print(f"{v.address}\t{v.nickname}\t{role}{flag}")
        if not rows:
            print("no volunteers registered: new conversations reach nobody", file=sys.stderr)
        return 0
    address = args.address.strip().lower()
    if args.action == "add":
        # The rule compose writes addresses by: what it would refuse, every forward to
        # this volunteer would fail on. (remove takes any stored address, bad ones too.)
        if not is_one_address(address):
            print("mailhandler: not one mail address (like vera@example.org); nothing added",
                  file=sys.stderr)
            return EXIT_CONFIG
        if cfg.is_own(address):
            print("mailhandler: a volunteer needs their own address, not the helpline's",
                  file=sys.stderr)
            return EXIT_CONFIG
        from mailhandler.admin import roster

        unaligned_ok = True if args.no_dmarc_alignment else None
        # Never silent: the exception weakens what proves an answer is theirs.
        what = ("answers need SPF or DKIM of any domain, not aligned with the "
                "address" if unaligned_ok else "answers need DMARC alignment again")
        done = volunteers.register(
            store, address, args.nickname, args.coordinator, unaligned_ok,
            refuse=lambda before, taken: roster.add_problem(
                before, taken, address, args.nickname, args.coordinator),
            operator=_operator(), exception_reason=f"{args.nickname}: {what}")
        if done.refused:
            print(f"mailhandler: {done.refused}", file=sys.stderr)
            return EXIT_CONFIG
        print(roster.changes(done.before, args.nickname, args.coordinator))
        if done.exception_changed:
            print(f"exception recorded in the audit log: {args.nickname}: {what}",
                  file=sys.stderr)
        return 0
    # Their conversations go back to the team, their reply addresses end (550 from
    # now on), and their address is deleted (store/forget.py).
    removed = volunteers.unregister(store, address)
    if removed is None:
        print(f"mailhandler: no volunteer {address}", file=sys.stderr)
        return 1
    print(f"volunteer {removed.nickname} removed; {removed.ended} reply addresses ended")
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
    from mailhandler.admin import checks
    from mailhandler.store.db import probe_database
    from mailhandler.texts import MAIL_TEMPLATES, Texts

    print(f"ok    configuration {checks.configuration(cfg)}")
    if not _check("data_dir", lambda: checks.data_dir(cfg)):
        return 1

    def database() -> str:
        return f"{probe_database(cfg.storage.database)} {checks.database(cfg)}"

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
        from mailhandler.outbound.transport import smtp_login

        cls = smtplib.SMTP_SSL if out.scheme == "smtps" else smtplib.SMTP
        with cls(out.host, out.port, timeout=10) as smtp:
            smtp.ehlo()
            if out.starttls:
                smtp.starttls()
                smtp.ehlo()
            smtp_login(smtp, out)
            smtp.noop()
        return f"{out.host}:{out.port}"

    def roster() -> str:
        from mailhandler.core.duty import lines_naming_nobody, parse_roster

        store = open_plain_store(cfg)
        try:
            team = volunteers.active_list(store)
        finally:
            store.engine.dispose()
        shifts = parse_roster(cfg.duty.roster)
        nobody = lines_naming_nobody(shifts, [name for v in team
                                              for name in (v.address, v.nickname)])
        if nobody:
            raise LookupError(
                f"duty.roster line {', '.join(map(str, nobody))} names no active volunteer "
                "(volunteer add, or correct the address or nickname): those shifts "
                "are empty")
        return f"{len(shifts)} shifts"

    results = [_check("database", database), _check("templates", templates),
               _check("outbound", outbound)]
    if cfg.duty.roster and results[0]:
        results.append(_check("roster", roster))
    if cfg.dkim is not None:
        dkim = cfg.dkim

        def signing_key() -> str:
            from mailhandler.outbound.signing import read_key

            read_key(cfg)  # the same check `serve` makes before it starts
            return f"{dkim.key_file} (selector {dkim.selector})"

        results.append(_check("dkim key", signing_key))
    if cfg.imap is not None:
        imap = cfg.imap

        def imap_probe() -> str:
            from mailhandler.imap_login import helpline_mailbox

            with helpline_mailbox(imap, read_timeout=10) as client:
                client.select_folder(imap.folder, readonly=True)
            return f"{imap.host}:{imap.port}"

        results.append(_check("imap", imap_probe))
    if cfg.volunteer_mailboxes is not None:
        from mailhandler.jobs.mailboxes import probe_mailboxes

        results.append(_check("volunteer mailboxes", lambda: probe_mailboxes(cfg)))
    # Advisory: the records are the DNS admin's, and mail flows (less well) without them.
    _check_dns_records(cfg)
    return 0 if all(results) else 1


def _check_dns_records(cfg: Config) -> bool:
    """Print the records the domain needs; ok when each is published as expected."""
    from mailhandler.outbound.dns_records import expected_records

    everything = True
    for record in expected_records(cfg):
        if record.published is None:
            state, everything = "WARN ", False
            seen = "DNS did not answer"
        elif record.ok:
            state, seen = "ok   ", "published"
        else:
            state, everything = "WARN ", False
            seen = f"published: {record.published!r}" if record.published else "not published"
        print(f"{state} dns {record.kind}: {record.name} ({seen})")
        if not record.ok:
            print(f'      publish: {record.name}. IN TXT "{record.value}"')
    return everything


def _print_counts(title: str, counts: dict[str, int]) -> None:
    print(title)
    for key, value in counts.items():
        print(f"  {key.replace('_', ' ')}: {'unreachable' if value < 0 else value}")


def cmd_purge(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.core.retention import local_day
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
    from mailhandler.jobs.wipe import wipe

    if not args.yes and not args.dry_run:
        print("mailhandler: the wipe deletes every stored mail for good; "
              "confirm with --yes (or look first with --dry-run)", file=sys.stderr)
        return EXIT_CONFIG
    counts = wipe(open_store(cfg), cfg, dry_run=args.dry_run)
    _print_counts("would be wiped:" if args.dry_run else "wiped:", counts)
    return 0


def _year(value: str) -> int:
    if not re.fullmatch(r"\d{4}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a year like 2026")
    return int(value)


def cmd_report(cfg: Config, args: argparse.Namespace) -> int:
    from pathlib import Path

    from mailhandler.admin.notes import empty_year
    from mailhandler.core.retention import local_day
    from mailhandler.report import build_report
    from mailhandler.report.render import render
    from mailhandler.report.wording import load_wording
    from mailhandler.store.contacts import year_facts

    year = args.year or local_day(utcnow(), cfg.helpline.tz).year
    engine = open_database(cfg.storage.database)
    try:
        report = build_report(engine, cfg, year)
        note = empty_year(year_facts(engine, year), year)
    finally:
        engine.dispose()
    if note:
        print(f"mailhandler: {note}", file=sys.stderr)
    hl = cfg.helpline
    output = render(report, args.format, load_wording(hl.language, hl.templates_dir),
                    helpline=hl.name, theme_order=cfg.themes, exact=args.exact,
                    admin_folder=hl.templates_dir)
    if not args.output:
        sys.stdout.flush()
        sys.stdout.buffer.write(output.encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    try:
        Path(args.output).write_text(output, encoding="utf-8", newline="")
    except OSError as exc:
        print(f"mailhandler: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"report {year} ({args.format}) written to {args.output}")
    return 0


def cmd_register(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.core.retention import local_day
    from mailhandler.store.contacts import register_contact

    known = {t.lower(): t for t in cfg.themes}
    keys = list(dict.fromkeys(k.strip().lower() for k in args.themes.split(",") if k.strip()))
    unknown = [k for k in keys if k not in known]
    if unknown or not keys:
        what = f"unknown theme {', '.join(repr(k) for k in unknown)}" if unknown \
            else "--themes needs at least one theme"
        print(f"mailhandler: {what}; the themes are {', '.join(cfg.themes)} "
              f"([metadata] themes in {cfg.source})", file=sys.stderr)
        return EXIT_CONFIG
    today = local_day(utcnow(), cfg.helpline.tz)
    try:
        day = date.fromisoformat(args.date) if args.date else today
    except ValueError:
        print(f"mailhandler: --date {args.date!r} is not a date like 2026-06-30", file=sys.stderr)
        return EXIT_CONFIG
    if day > today:
        print(f"mailhandler: --date {day} is in the future", file=sys.stderr)
        return EXIT_CONFIG
    language = (args.language or cfg.helpline.language).strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}", language):
        print(f"mailhandler: --language {args.language!r} is not a language code like nl",
              file=sys.stderr)
        return EXIT_CONFIG
    themes = [known[k] for k in keys]
    store = open_plain_store(cfg)
    try:
        # Nothing but what the report counts: no time of day, no caller, no volunteer.
        register_contact(store, args.channel, day, language, themes)
    finally:
        store.engine.dispose()
    print(f"{args.channel} contact of {day} registered: {', '.join(themes)}")
    return 0


def _operator() -> str:
    """Who is at the keyboard, for the audit log: the real uid (admin/operator.py)."""
    from mailhandler.admin.operator import remember

    return remember().audit_name


def _local(cfg: Config, at: datetime) -> str:
    return at.replace(tzinfo=UTC).astimezone(cfg.helpline.tz).strftime("%Y-%m-%d %H:%M")


def _no_conversation(pseudonym: str) -> int:
    print(f"mailhandler: no conversation {pseudonym} (purged or never existed)", file=sys.stderr)
    return 1


def cmd_transcript(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler import transcripts
    store = open_store(cfg)
    if args.action == "list":
        for line in transcripts.conversations(store):
            print(f"{line.pseudonym}\t{line.kind}\tstarted {_local(cfg, line.started)}\t"
                  f"last {_local(cfg, line.last_activity)}\tin {line.received}\t"
                  f"out {line.sent}\towner {line.owner or '-'}")
        return 0
    entries = transcripts.transcript(store, args.conversation,
                                     transcripts.Read(_operator(), args.reason))
    if entries is None:
        return _no_conversation(args.conversation)
    for entry in entries:
        arrow = "<<" if entry.direction == "in" else ">>"
        print(f"{arrow} {_local(cfg, entry.at)} {entry.kind}\n   {entry.headline}\n")
        print("   " + entry.headers.strip().replace("\n", "\n   ") + "\n")
        print("   " + entry.text.strip().replace("\n", "\n   ") + "\n")
    return 0


def cmd_reveal(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler import transcripts
    try:
        address = transcripts.reveal(open_store(cfg), args.conversation,
                                     transcripts.Read(_operator(), args.reason))
    except transcripts.ReasonRequired as exc:
        print(f"mailhandler: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if address is None:
        return _no_conversation(args.conversation)
    print(address)
    return 0


def cmd_fragment(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler import transcripts
    messages = transcripts.fragment(open_store(cfg), args.conversation,
                                    transcripts.Read(_operator(), args.reason))
    if messages is None:
        return _no_conversation(args.conversation)
    numbered = list(enumerate(messages, start=1))
    if args.message is not None:
        numbered = [(n, m) for n, m in numbered if n == args.message]
        if not numbered:
            print(f"mailhandler: conversation {args.conversation} has no message "
                  f"{args.message} (it has {len(messages)})", file=sys.stderr)
            return 1
    for number, (who, words) in numbered:
        print(f"--- {number} ({who})\n{words}\n")
    return 0


def cmd_redact(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.core.redact import redact_line

    # Line by line, flushed: one line out for every line in, usable in a pipe.
    try:
        for line in sys.stdin:
            body = line.rstrip("\r\n")
            sys.stdout.write(redact_line(body) + line[len(body):])
            sys.stdout.flush()
    except BrokenPipeError:  # `| head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def cmd_audit(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler import transcripts
    entries = transcripts.audit_log(open_store(cfg))
    if not entries:
        print("none: nothing has been read, revealed or fragmented", file=sys.stderr)
    for entry in entries:
        print(f"{_local(cfg, entry.at)}\t{entry.operator}\t{entry.action}\t"
              f"{entry.conversation or '-'}\t{entry.reason or '-'}")
    return 0


def cmd_quarantine(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler import transcripts
    from mailhandler.store.errors import KeyDestroyed, KeyMissing

    store = open_store(cfg)
    if args.action == "list":
        waiting = transcripts.quarantined(store)
        if not waiting:
            print("none: no mail in quarantine", file=sys.stderr)
        for number, at, size, outcome in waiting:
            print(f"{number}\t{at:%Y-%m-%d %H:%M} UTC\t{size} bytes\t{outcome}")
        return 0
    if args.action == "show":
        try:
            raw = transcripts.quarantined_raw(store, args.number,
                                              transcripts.Read(_operator(), args.reason))
        except KeyMissing as exc:
            print(f"mailhandler: mail {args.number} cannot be read now: {exc}", file=sys.stderr)
            return 1
        except KeyDestroyed:
            print(f"mailhandler: mail {args.number} can no longer be read: its key was "
                  "destroyed (by the wipe)", file=sys.stderr)
            return 1
        if raw is None:
            print(f"mailhandler: mail {args.number} is not in quarantine", file=sys.stderr)
            return 1
        sys.stdout.buffer.write(raw)
        return 0
    if args.action == "discard":
        if not transcripts.discard_quarantined(store, args.number,
                                               transcripts.Read(_operator(), args.reason)):
            print(f"mailhandler: mail {args.number} is not in quarantine", file=sys.stderr)
            return 1
        print(f"mail {args.number} deleted from quarantine (on the audit log)")
        return 0
    if not transcripts.retry_quarantined(store, args.number):
        print(f"mailhandler: mail {args.number} is not in quarantine", file=sys.stderr)
        return 1
    print(f"mail {args.number} will be processed again by the running daemon")
    return 0


def _age(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 60:
        return f"{seconds} s"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {rest // 60} min" if hours else f"{rest // 60} min"


def cmd_status(cfg: Config, args: argparse.Namespace) -> int:
    import json

    from mailhandler.status import read_status

    # Not open_store(): it may write (an upgrade's bookkeeping), and status must never
    # wait for the write lock of a busy daemon.
    store = open_plain_store(cfg)
    try:
        st = read_status(store, cfg, _database_name(cfg))
    finally:
        store.engine.dispose()
    problems = st.problems()
    jobs = {job.job: job for job in st.jobs}
    if args.format == "json":
        def moment(at: datetime | None) -> str | None:
            return None if at is None else at.replace(tzinfo=UTC).isoformat()

        mailboxes = {"volunteer_mailboxes": {
            "to_clean": st.mailboxes_pending, "failing": st.mailboxes_failing,
            "oldest_seconds": st.mailboxes_oldest_seconds,
        }} if cfg.volunteer_mailboxes is not None or st.mailboxes_pending else {}
        print(json.dumps({
            "database": st.database,
            "inbound": {"new": st.inbound_new, "forwarding": st.inbound_forwarding,
                        "quarantined": st.quarantined, "held_answers": st.held_answers},
            "outbox": {"pending_confirmations": st.pending_confirmations,
                       "pending_other": st.pending_other,
                       "oldest_pending_seconds": st.oldest_pending_seconds,
                       "failed_last_7_days": st.failed_recently,
                       "bounced_last_7_days": st.bounced_recently,
                       "lost_notices": st.lost_notices},
            "conversations": {"open": st.conversations_open,
                              "unanswered": st.conversations_unanswered,
                              "oldest_unanswered": st.oldest_unanswered,
                              "oldest_unanswered_seconds": st.oldest_unanswered_seconds},
            "jobs": {name: {"last_run": moment(job.last_run), "next_due": moment(job.next_due),
                            "overdue": job.overdue} for name, job in jobs.items()},
            "keys": {"live": st.live_keys, "missing": st.missing_keys},
            **mailboxes,
            "problems": problems,
        }, indent=2))
        return 1 if problems else 0
    print(f"database        {st.database}")
    print(f"inbound         {st.inbound_new} to process, {st.inbound_forwarding} to forward, "
          f"{st.quarantined} quarantined ({st.held_answers} held answers)")
    print(f"outbox          {st.pending_confirmations} confirmations and {st.pending_other} "
          f"others pending (oldest {_age(st.oldest_pending_seconds)}); last 7 days: "
          f"{st.failed_recently} failed, {st.bounced_recently} bounced; "
          f"{st.lost_notices} lost notices to the team")
    oldest = (f"; oldest {st.oldest_unanswered}, waiting {_age(st.oldest_unanswered_seconds)}"
              if st.oldest_unanswered else "")
    print(f"conversations   {st.conversations_open} open, {st.conversations_unanswered} "
          f"not answered yet{oldest}")
    for job in st.jobs:
        last = _local(cfg, job.last_run) if job.last_run else "never"
        flag = "  OVERDUE" if job.overdue else ""
        print(f"{job.job:<16}last {last}, next due {_local(cfg, job.next_due)}{flag}")
    print(f"keys            {st.live_keys} live"
          + (f", {st.missing_keys} MISSING" if st.missing_keys else ""))
    if cfg.volunteer_mailboxes is not None or st.mailboxes_pending:
        print(f"mailboxes       {st.mailboxes_pending} volunteer mailboxes to clean "
              f"({st.mailboxes_failing} failing, oldest {_age(st.mailboxes_oldest_seconds)})")
    print(f"needs attention: {', '.join(problems)}" if problems else "all well")
    return 1 if problems else 0


def cmd_dkim_key(cfg: Config, args: argparse.Namespace) -> int:
    from mailhandler.outbound.dns_records import dkim_record
    from mailhandler.outbound.signing import create_key

    if cfg.dkim is None:
        print("mailhandler: set [dkim] selector and key_file in the configuration first",
              file=sys.stderr)
        return EXIT_CONFIG
    try:
        public = create_key(cfg.dkim.key_file)
    except FileExistsError:
        print(f"mailhandler: {cfg.dkim.key_file} exists; not replaced (remove it to rotate, "
              "with a new selector)", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"mailhandler: dkim.key_file: cannot write {cfg.dkim.key_file} ({exc.strerror}; "
              "`mailhandler init` makes it where the service user may read it)",
              file=sys.stderr)
        return EXIT_CONFIG
    name, value = dkim_record(cfg, public)
    print(f"key written to {cfg.dkim.key_file} (mode 0600); publish:")
    print(f'{name}. IN TXT "{value}"')
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from mailhandler.admin.install import InitError, init
    from mailhandler.config import DEFAULT_CONFIG_PATH

    path = Path(args.config or os.environ.get("MAILHANDLER_CONFIG") or DEFAULT_CONFIG_PATH)
    try:
        lines = init(path, args.user, args.data_dir)
    except InitError as exc:
        print(f"mailhandler: init: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    print("\n".join(lines))
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
    add.add_argument("--no-dmarc-alignment", action="store_true",
                     help="exception for a provider that does not align: accept SPF or DKIM "
                     "of any domain for their answers (recorded in the audit log)")
    vsub.add_parser("list", parents=[common], help="list volunteers")
    rem = vsub.add_parser("remove", parents=[common], help="unregister a volunteer")
    rem.add_argument("address")
    vol.set_defaults(func=cmd_volunteer)
    duty_cli.add_parsers(vsub, sub, common)  # volunteer on|off|roster, queue

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

    report = sub.add_parser(
        "report", parents=[common], help="the anonymous annual report, from the metadata alone",
        description="json and csv are data for internal use and always exact; md and html are "
        "the public formats and show counts from 1 to 4 as <5, unless --exact.")
    report.add_argument("--year", type=_year, metavar="YYYY",
                        help="the helpline's calendar year (default: this year)")
    report.add_argument("--format", choices=("json", "csv", "md", "html"), default="json")
    report.add_argument("--output", metavar="FILE", help="write here instead of to stdout")
    report.add_argument("--exact", action="store_true",
                        help="md and html: show counts under 5 as they are (internal use only)")
    report.set_defaults(func=cmd_report)

    register = sub.add_parser("register", parents=[common],
                              help="record a contact from another channel in the anonymous "
                              "metadata")
    register.add_argument("--channel", choices=("chat", "phone"), required=True)
    register.add_argument("--themes", required=True, metavar="KEY[,KEY...]",
                          help="theme keys from [metadata] themes")
    register.add_argument("--date", metavar="YYYY-MM-DD",
                          help="the day of the contact (default: today)")
    register.add_argument("--language", metavar="CODE",
                          help="the language of the contact (default: helpline.language)")
    register.set_defaults(func=cmd_register)

    transcript = sub.add_parser("transcript", parents=[common],
                                help="coordinators: the stored conversations (within retention)")
    tsub = transcript.add_subparsers(dest="action", required=True)
    tsub.add_parser("list", parents=[common], help="the stored conversations")
    show = tsub.add_parser("show", parents=[common],
                           help="one conversation, mails in and out, original headers included "
                           "(audited)")
    show.add_argument("conversation", metavar="CONV", help="its pseudonym, e.g. K7Q2MX")
    show.add_argument("--reason", help="why you read it, for the audit log")
    transcript.set_defaults(func=cmd_transcript)

    reveal = sub.add_parser("reveal", parents=[common],
                            help="coordinators: the help-seeker's real address, only in a very "
                            "serious situation (audited)")
    reveal.add_argument("conversation", metavar="CONV")
    reveal.add_argument("--reason", required=True, help="why secrecy is broken (required, audited)")
    reveal.set_defaults(func=cmd_reveal)

    fragment = sub.add_parser("fragment", parents=[common],
                              help="coordinators: a conversation redacted for training (audited)")
    fragment.add_argument("conversation", metavar="CONV")
    fragment.add_argument("--message", type=int, metavar="N", help="only the N-th message")
    fragment.add_argument("--reason", help="what it is for, for the audit log")
    fragment.set_defaults(func=cmd_fragment)

    redact = sub.add_parser("redact", parents=[common],
                            help="Dutch text on stdin, names, places, dates, ages ... replaced "
                            "by placeholders, to stdout; one line out per line in")
    redact.set_defaults(func=cmd_redact)

    audit = sub.add_parser("audit", parents=[common],
                           help="coordinators: every transcript read, reveal and fragment")
    audit.set_defaults(func=cmd_audit)

    quarantine = sub.add_parser("quarantine", parents=[common],
                                help="coordinators: mail that could not be processed")
    qsub = quarantine.add_subparsers(dest="action", required=True)
    qsub.add_parser("list", parents=[common], help="quarantined mail")
    for action, description in (("show", "write the raw mail to stdout"),
                                ("retry", "process it again (after a fix)"),
                                ("discard", "delete it for good (a forged answer, junk)")):
        qparser = qsub.add_parser(action, parents=[common], help=description)
        qparser.add_argument("number", type=int, metavar="N", help="the mail's number")
        if action in ("show", "discard"):
            qparser.add_argument("--reason", help="why, for the audit log")
    quarantine.set_defaults(func=cmd_quarantine)

    status = sub.add_parser(
        "status", parents=[common],
        help="the daemon's state: queues, oldest unanswered, outbox failures, jobs, keys; "
        "exit status 1 when something needs the admin",
        description="Counts, ages and pseudonyms only. Exit status 0 when all is well, 1 when "
        "something needs the admin (a job overdue, quarantined mail, failed outbox items, a "
        "missing key): usable from cron and monitoring.")
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(func=cmd_status)

    dkim_key = sub.add_parser("dkim-key", parents=[common],
                              help="make the DKIM signing key (dkim.key_file, mode 0600) and "
                              "print the DNS record to publish")
    dkim_key.set_defaults(func=cmd_dkim_key)

    from mailhandler.cli_blocks import add_commands as add_block_commands

    add_block_commands(sub, common)
    init = sub.add_parser("init", parents=[common],
                          help="install: the configuration (from the example), the secret "
                          "(0600) and data_dir (0700), owned by the service user")
    init.add_argument("--user", help="the service user that will own them (default: you)")
    init.add_argument("--data-dir", metavar="DIR",
                      help="storage.data_dir for a new configuration (default: var, next to "
                      "it), e.g. /var/lib/mailhandler")
    init.set_defaults(func=cmd_init)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from mailhandler.admin.notes import unknown_option

    parser = build_parser()
    unknown = unknown_option(parser, sys.argv[1:] if argv is None else argv)
    if unknown:
        parser.error(f"unknown option {unknown} (see mailhandler --help)")
    args = parser.parse_args(argv)
    setup_logging(bool(args.verbose))
    # Whatever this command creates (the database, its journal, keys, the data folder)
    # is for this user only: 0600 files, 0700 folders, whichever command runs first.
    # Restored at the end: main() also runs inside other programs (the tests).
    previous_umask = os.umask(0o077)
    try:
        if args.func is cmd_init:
            return cmd_init(args)
        path = resolve_config_path(args.config, os.environ)
        if args.func is not cmd_redact:
            from mailhandler.admin.privileges import ensure_data_dir, run_as_owner

            run_as_owner(path)  # before anything is opened: never a file the service can't use
        cfg = load_config(path)
        if args.func is not cmd_redact:
            ensure_data_dir(cfg.storage.data_dir, cfg.source)
        coordinators.check(cfg, args)  # the group, and a real --reason for reading content
        status = int(args.func(cfg, args))
        sys.stdout.flush()  # a reader gone away shows here, not in Python's exit-time flush
        return status
    except BrokenPipeError:
        # The reader of the output went away (`mailhandler status | head -1`): nothing is
        # wrong with the command and nothing is lost; no traceback, and Python's exit-time
        # flush must not write into the closed pipe again.
        _output_to_nowhere()
        return 1
    except (WrongUser, coordinators.NotAllowed) as exc:
        print(f"mailhandler: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except ConfigError as exc:
        print(f"mailhandler: configuration error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except DatabaseFailure as exc:
        # One line an admin can act on, and exit 1 (for `serve`, systemd restarts and
        # reports it). Never the statement or its parameters: they may hold an address.
        print(f"mailhandler: the database {_database_name(cfg)} cannot be used: "
              f"{database_problem(exc)}", file=sys.stderr)
        return 1
    finally:
        os.umask(previous_umask)


def _output_to_nowhere() -> None:
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (output captured inside another program): nothing to flush
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def _database_name(cfg: Config) -> str:
    return database_name(cfg.storage.database)


if __name__ == "__main__":
    sys.exit(main())
