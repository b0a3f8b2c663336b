"""Every configuration key, once: its table, name, type, default, help text and validation.

config.py parses with it (types, defaults, minimums, choices, "unknown key" errors),
the dataclasses take their defaults from it, the embedded configuration is built from it,
and config/mailhandler.example.toml is written from it (render_example; a test keeps the
shipped file equal to that). A key added here is documented, defaulted and checked
everywhere at once; a key that is not here is an error naming it, because a misspelt
`transcript_dayz` silently keeping the default is a broken privacy promise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

REQUIRED: Any = type("Required", (), {"__repr__": lambda self: "REQUIRED"})()
"""The default of a key that must be set (when its table is there)."""


@dataclass(frozen=True)
class Key:
    """One setting. `default` None: optional, absent means off or derived (see help)."""

    table: str
    name: str
    kind: str  # "text", "int", "bool" or "list" (of strings)
    default: Any
    help: str
    minimum: int | None = None
    maximum: int | None = None  # a promise made to help-seekers, not a taste
    choices: tuple[str, ...] = ()
    example: Any = None  # the value the example file shows, when not the default
    commented: bool = False  # the example shows it commented out
    embedded: Any = None  # the value in the embedded configuration, when not the default

    @property
    def dotted(self) -> str:
        return f"{self.table}.{self.name}"


@dataclass(frozen=True)
class Table:
    name: str
    help: str
    optional: bool = False  # off unless the admin writes it (the example shows it commented)


_THEMES = ["coming-out", "genderidentiteit", "relaties", "pesten", "welzijn", "familie", "andere"]

TABLES: tuple[Table, ...] = (
    Table("helpline", ""),
    Table("inbound.smtp", ""),
    Table("inbound.imap", "Optional: fetch from an existing mailbox as well (or instead).",
          optional=True),
    Table("outbound", ""),
    Table("storage", ""),
    Table("processing", ""),
    Table("confirmation", ""),
    Table("retention", ""),
    Table("metadata", ""),
    Table("wipe", ""),
    Table("duty", "Who gets a new conversation: one volunteer on duty at a time, never the "
                  "whole team\n(README: \"A volunteer's day\"). Without a roster, everybody "
                  "not put off duty\n(`mailhandler volunteer off`) is on duty."),
    Table("authentication", ""),
    Table("volunteer_mailboxes",
          "Optional: volunteers' mailboxes on a Dovecot server the helpline runs. The retention\n"
          "purge removes a purged conversation's forwards, notices and answers from them, the\n"
          "year-end wipe all the helpline's mail, in every folder (Sent and Trash too).\n"
          "mailhandler logs in as each volunteer through a Dovecot master user\n"
          "(login \"volunteer*master\"). See the README, \"Volunteers' mailboxes\".",
          optional=True),
    Table("urgent", "Urgent mail and where to turn when it cannot wait (README: \"Urgent mail\")."),
    Table("coordinators", "Who may read conversations (transcript, quarantine show, reveal, "
                          "fragment, audit).\nWithout this table anyone who can run the "
                          "commands as the owner of data_dir may.", optional=True),
    Table("metrics", "Metrics in the Prometheus text format (counts and ages only, never "
                     "personal data),\nfor a monitoring agent on this host: "
                     "http://<listen>/metrics. Off without this table.", optional=True),
    Table("dkim", "Everything the helpline sends is DKIM-signed as helpline.domain with this "
                  "key.\nMake the key with `mailhandler dkim-key` (written 0600) and publish the "
                  "record it prints;\n`mailhandler check-config` shows the SPF, DKIM and DMARC "
                  "records and whether they are out.\nWithout this table nothing is signed."),
    Table("oauth2", "Optional: OAuth2 for a hosted mailbox whose IMAP and SMTP take no passwords "
                    "(Microsoft 365,\nGoogle Workspace). Register an app with the provider, get "
                    "a refresh token once with its\nconsent flow, and set auth = \"oauth2\" in "
                    "[inbound.imap] and/or [outbound].", optional=True),
)

SCHEMA: tuple[Key, ...] = (
    # [helpline]
    Key("helpline", "name", "text", REQUIRED,
        "Shown as the sender name of every mail the helpline sends.", example="Lumi",
        embedded="Lumi"),
    Key("helpline", "address", "text", REQUIRED,
        "The public address help-seekers write to.", example="hulp@lumi.example",
        embedded="hulp@lumi.example"),
    Key("helpline", "privacy_address", "text", REQUIRED,
        "Privacy questions: mail to this address goes to coordinators only.",
        example="privacy@lumi.example", embedded="privacy@lumi.example"),
    Key("helpline", "domain", "text", REQUIRED,
        "Conversation aliases (c.<token>@domain) live in this domain: route it to mailhandler.",
        example="lumi.example", embedded="lumi.example"),
    Key("helpline", "alias_form", "text", "domain",
        "How conversation aliases are written. \"domain\": c.<token>@domain (route the whole\n"
        "domain to mailhandler, or a catch-all at your provider). \"subaddress\": hulp+c.<token>@\n"
        "the public address's domain, for a hosted mailbox without a catch-all (the provider\n"
        "must deliver hulp+anything@ to hulp@; the IMAP fetcher reads it).",
        choices=("domain", "subaddress")),
    Key("helpline", "language", "text", "nl",
        "Language of the mail texts: nl, fr or en (templates/<language>/).",
        choices=("nl", "fr", "en")),
    Key("helpline", "timezone", "text", "Europe/Brussels",
        "Used for dates in mails, the yearly encryption key and the year-end wipe."),
    Key("helpline", "secret", "text", None,
        "Key for the unguessable alias tokens and the stored encryption keys: at least 16\n"
        "random characters, the same on every host. Keep it secret and stable (changing it\n"
        "invalidates every alias and locks stored mail away). Either inline...",
        example="change-me-to-a-long-random-string", commented=True),
    Key("helpline", "secret_file", "text", None,
        "...or in a file readable only by mailhandler (preferred): `mailhandler init` makes it\n"
        "(0600, owned by the service user). The embedded configuration creates var/secret on\n"
        "its first start.",
        example="/etc/mailhandler/secret", embedded="var/secret"),
    Key("helpline", "templates_dir", "text", None,
        "Optional: your own copy of the templates folder, to adapt the texts.",
        example="/etc/mailhandler/templates", commented=True),
    # [inbound.smtp]
    Key("inbound.smtp", "listen", "text", "127.0.0.1:2525",
        "Where the SMTP listener binds (host:port). Behind Postfix keep it on loopback."),
    Key("inbound.smtp", "max_message_bytes", "int", 26214400,
        "Larger mails are refused with 552 (25 MiB).", minimum=1024),
    Key("inbound.smtp", "max_recipients", "int", 20,
        "More recipients in one transaction get 452.", minimum=1),
    Key("inbound.smtp", "max_connections_per_client", "int", 20,
        "More simultaneous connections from one client address get 421 (behind Postfix all\n"
        "connections come from 127.0.0.1: keep Postfix's destination concurrency below this).",
        minimum=1),
    Key("inbound.smtp", "max_messages_per_sender", "int", 30,
        "More messages from one envelope sender within an hour get 451 (they retry later).",
        minimum=1),
    Key("inbound.smtp", "timeout_seconds", "int", 60,
        "A client that says nothing for this long is disconnected.", minimum=1),
    Key("inbound.smtp", "hostname", "text", None,
        "The name the server gives in its greeting (default: helpline.domain).",
        example="mx.lumi.example", commented=True),
    Key("inbound.smtp", "tls_cert", "text", None,
        "STARTTLS for inbound mail (tls_cert and tls_key both or neither):",
        example="/etc/mailhandler/tls/fullchain.pem", commented=True),
    Key("inbound.smtp", "tls_key", "text", None, "",
        example="/etc/mailhandler/tls/privkey.pem", commented=True),
    # [inbound.imap]
    Key("inbound.imap", "host", "text", REQUIRED, "The IMAP server.", example="imap.example"),
    Key("inbound.imap", "port", "int", None, "Default: 993 with tls, else 143.", minimum=1,
        example=993),
    Key("inbound.imap", "tls", "bool", True, "false only for loopback tests."),
    Key("inbound.imap", "username", "text", REQUIRED, "", example="hulp@lumi.example"),
    Key("inbound.imap", "password", "text", None, "Either inline...", example="...",
        commented=True),
    Key("inbound.imap", "password_file", "text", None, "...or in a file (preferred).",
        example="/etc/mailhandler/imap-password"),
    Key("inbound.imap", "auth", "text", "password",
        "\"password\", or \"oauth2\": XOAUTH2 with a token from the [oauth2] table\n"
        "(Microsoft 365, Google Workspace); then leave password out.",
        choices=("password", "oauth2")),
    Key("inbound.imap", "folder", "text", "INBOX", "The folder mail is fetched from."),
    Key("inbound.imap", "processed_folder", "text", None,
        "Move processed mail here instead of deleting it.", example="Processed"),
    Key("inbound.imap", "poll_seconds", "int", 60, "How often to look when the server offers "
        "no IDLE.", minimum=1),
    # [outbound]
    Key("outbound", "url", "text", "maildir:var/outbox",
        "Where the helpline's mail goes: a smarthost (smtp://host:port, smtps://host:port for\n"
        "implicit TLS) or a local maildir that never sends (the default, <data_dir>/outbox).\n"
        "Required when this table is written. For a smarthost: url = \"smtp://127.0.0.1:25\"."),
    Key("outbound", "starttls", "bool", False, "Require STARTTLS before AUTH and MAIL.",
        commented=True, example=True),
    Key("outbound", "username", "text", None, "The smarthost login (or in the url).",
        example="mailhandler", commented=True),
    Key("outbound", "password", "text", None, "Its password, inline...", example="...",
        commented=True),
    Key("outbound", "password_file", "text", None, "...or in a file (preferred).",
        example="/etc/mailhandler/smarthost-password", commented=True),
    Key("outbound", "auth", "text", "password",
        "With a username: \"password\", or \"oauth2\" (XOAUTH2, token from the [oauth2] table).",
        choices=("password", "oauth2"), commented=True),
    Key("outbound", "timeout_seconds", "int", 60,
        "Give up on one attempt after this many seconds (it is retried).", minimum=1,
        commented=True),
    Key("outbound", "notify_after_days", "int", 2,
        "Tell coordinators when a mail could not be delivered for this many days.", minimum=1,
        commented=True),
    # [storage]
    Key("storage", "data_dir", "text", "var",
        "What this host writes: SQLite database, outbox journal, var/secret. One per host.\n"
        "Created 0700; every command runs as its owner (root switches to it, anyone else is\n"
        "refused)."),
    Key("storage", "database", "text", None,
        "SQLite (default: sqlite:///<data_dir>/mailhandler.db) or PostgreSQL:\n"
        "\"postgresql+psycopg://user@host/dbname\".", example="sqlite:///var/mailhandler.db"),
    # [processing]
    Key("processing", "workers", "int", 1,
        "Processes that clean, confirm and forward stored mail, each on a CPU core of its own.\n"
        "More than one helps on PostgreSQL with cores to spare; on SQLite they share one\n"
        "writer, so one is usually enough.", minimum=1, maximum=16, commented=True),
    # [confirmation]
    Key("confirmation", "interval_days", "int", 7,
        "At most one automatic confirmation per sender per this many days (0: every mail).",
        minimum=0),
    # [retention]
    Key("retention", "transcript_days", "int", 183,
        "Transcripts are kept at most this many days (six months: the promise made to\n"
        "help-seekers, so more is refused).", minimum=1, maximum=183),
    Key("retention", "purge_at", "text", "03:30",
        "The daily purge of older transcripts runs at this time (\"HH:MM\", helpline.timezone)."),
    # [metadata]
    Key("metadata", "themes", "list", _THEMES,
        "The theme keys volunteers may tag with \"#thema: key\"."),
    # [wipe]
    Key("wipe", "at", "text", "12-31 23:00",
        "The year-end wipe, \"MM-DD HH:MM\" in helpline.timezone: every stored mail, transcript,\n"
        "address mapping, outbox and quarantine item, the encryption keys, and every message in\n"
        "the IMAP mailbox. Anonymous metadata (the annual report) stays. A wipe missed while the\n"
        "daemon was down runs at its next start."),
    # [duty]
    Key("duty", "roster", "list", [],
        "Weekly shifts, \"WHO DAYS HH:MM-HH:MM\" in helpline.timezone; WHO is a volunteer's "
        "address or\nnickname, DAYS like mon-fri, sat,sun or daily; a shift may run past "
        "midnight (22:00-02:00).\n`volunteer on|off` overrides the roster for that volunteer "
        "until `volunteer roster` gives it back.",
        example=["vera@vrijwilligers.example mon-fri 18:00-22:00",
                 "kobe@vrijwilligers.example sat,sun 14:00-20:00"], commented=True),
    Key("duty", "max_open_per_volunteer", "int", 5,
        "At most this many open conversations per volunteer; more wait in the queue.",
        minimum=1),
    Key("duty", "answer_within_hours", "int", 24,
        "The helpline's promise: a conversation unanswered this long goes to the next volunteer "
        "on\nduty, and when it waits that long again (or nobody is free) to the coordinators.",
        minimum=1),
    Key("duty", "close_after_days", "int", 30,
        "A conversation without mail either way for this many days is closed; a new mail "
        "reopens it.", minimum=1),
    # [authentication]
    Key("authentication", "mode", "text", "verify",
        "How a mail to a conversation alias proves it comes from the volunteer it claims:\n"
        " \"verify\" (default): mailhandler evaluates SPF (against the connecting client's IP "
        "and\n   HELO), DKIM signatures and DMARC alignment of the volunteer's domain itself;\n"
        " \"trusted-mx\": the MX in front of mailhandler did that; only its "
        "Authentication-Results\n   header (authserv-id trusted_authserv_id) is believed, every "
        "other one is ignored.", choices=("verify", "trusted-mx")),
    Key("authentication", "trusted_authserv_id", "text", None,
        "The authserv-id of that MX (required with \"trusted-mx\").",
        example="mx.lumi.example", commented=True),
    Key("authentication", "nameservers", "list", [],
        "DNS servers for those lookups, \"address\" or \"address:port\"; empty: the system "
        "resolver."),
    # [volunteer_mailboxes]
    Key("volunteer_mailboxes", "host", "text", REQUIRED, "The volunteers' IMAP server (Dovecot).",
        example="imap.lumi.example"),
    Key("volunteer_mailboxes", "port", "int", None, "Default: 993 with tls, else 143.",
        minimum=1, example=993),
    Key("volunteer_mailboxes", "tls", "bool", True, "false only for loopback tests."),
    Key("volunteer_mailboxes", "domains", "list", REQUIRED,
        "Volunteers whose address is in one of these domains have their mailbox on this server;\n"
        "the others use personal mailboxes (the note under each forward asks them to delete it).",
        example=["team-lumi.example"]),
    Key("volunteer_mailboxes", "login", "text", "address",
        "The volunteer's login name on the server: their whole \"address\" or its \"localpart\".",
        choices=("address", "localpart")),
    Key("volunteer_mailboxes", "master_user", "text", REQUIRED,
        "A Dovecot master user (passdb with master = yes) that may log in as every volunteer.",
        example="mailhandler"),
    Key("volunteer_mailboxes", "master_separator", "text", "*",
        "Dovecot's auth_master_user_separator: the login is <volunteer><separator><master_user>."),
    Key("volunteer_mailboxes", "master_password", "text", None, "Either inline...",
        example="...", commented=True),
    Key("volunteer_mailboxes", "master_password_file", "text", None,
        "...or in a file readable only by mailhandler (preferred).",
        example="/etc/mailhandler/dovecot-master-password"),
    Key("volunteer_mailboxes", "folders", "list", ["all"],
        "The folders searched: [\"all\"] (every folder: INBOX, Sent, Trash, Archive...) or a\n"
        "list of names."),
    # [urgent]
    Key("urgent", "detect", "bool", True,
        "Flag a help-seeker's mail as urgent when it holds one of the phrases of\n"
        "templates/<lang>/urgent.toml (every language's): its forwards say so in the subject,\n"
        "and a copy goes at once to the coordinators on duty (all coordinators when none is)."),
    Key("urgent", "phrases", "list", [],
        "Phrases of your own, on top of the shipped lists (same syntax: \"wil ~2 dood\").",
        example=["ik ga ervoor springen"], commented=True),
    Key("urgent", "crisis_lines", "text", None,
        "Where to turn when it cannot wait, named in every confirmation. Default: the text\n"
        "in templates/<language>/urgent.toml (nl: Zelfmoordlijn 1813 and 112).",
        example="Kan het niet wachten? Bel de Zelfmoordlijn op 1813, of 112 bij gevaar.",
        commented=True),
    Key("urgent", "reading_hours", "list", [],
        "When mail is read, per weekday, in helpline.timezone (\"mon-fri 09:00-21:00\",\n"
        "\"sat,sun 14:00-18:00\", \"fri 20:00-02:00\" runs past midnight). A confirmation sent\n"
        "outside them says when mail is read again. Empty: confirmations say nothing of hours.",
        example=["mon-fri 09:00-21:00", "sat-sun 14:00-18:00"], commented=True),
    # [coordinators]
    Key("coordinators", "group", "text", None,
        "The system group of the coordinators: everyone else is refused (root is let through, "
        "and\nwith sudo the sudo user must be in it). The audit log names the real user, "
        "never $USER.", example="mailhandler-coordinators"),
    # [metrics]
    Key("metrics", "listen", "text", REQUIRED,
        "A loopback address and port (other addresses are refused).",
        example="127.0.0.1:9310"),
    # [dkim]
    Key("dkim", "selector", "text", REQUIRED, "The DNS label of the key (<selector>._domainkey).",
        example="mh2026"),
    Key("dkim", "key_file", "text", REQUIRED, "The PEM private key.",
        example="/etc/mailhandler/dkim.key"),
    # [oauth2]
    Key("oauth2", "token_url", "text", REQUIRED, "The provider's token endpoint (https).",
        example="https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token"),
    Key("oauth2", "client_id", "text", REQUIRED, "The registered app's client id.",
        example="00000000-0000-0000-0000-000000000000"),
    Key("oauth2", "client_secret", "text", None,
        "The app's client secret, if it has one: inline...", example="...", commented=True),
    Key("oauth2", "client_secret_file", "text", None, "...or in a file (preferred).",
        example="/etc/mailhandler/oauth2-client-secret", commented=True),
    Key("oauth2", "refresh_token_file", "text", REQUIRED,
        "The refresh token, in a file mailhandler can write: a provider that rotates\n"
        "refresh tokens gets its new one stored there.",
        example="/var/lib/mailhandler/oauth2-refresh-token"),
    Key("oauth2", "scope", "text", None, "Scopes to ask for, space-separated (Microsoft needs "
        "them).", example="https://outlook.office.com/IMAP.AccessAsUser.All "
        "https://outlook.office.com/SMTP.Send offline_access", commented=True),
)

KEYS: dict[str, Key] = {key.dotted: key for key in SCHEMA}
TABLE_NAMES: frozenset[str] = frozenset(
    {t.name for t in TABLES} | {t.name.rpartition(".")[0] for t in TABLES if "." in t.name})


def default(dotted: str) -> Any:
    """The default of one key, for the dataclasses that mirror a table."""
    value = KEYS[dotted].default
    assert value is not None and value is not REQUIRED, dotted
    return value


def known_names(table: str) -> list[str]:
    """Keys and sub-tables allowed directly in `table` ("" is the top level)."""
    names = [key.name for key in SCHEMA if key.table == table]
    prefix = f"{table}." if table else ""
    for name in sorted(TABLE_NAMES):
        if name.startswith(prefix) and "." not in name[len(prefix):]:
            names.append(name[len(prefix):])
    return names


def embedded_defaults() -> dict[str, Any]:
    """The configuration used without a file: every default of the tables that are on."""
    tree: dict[str, Any] = {}
    for table in TABLES:
        if table.optional or table.name == "dkim":
            continue
        values = {}
        for key in SCHEMA:
            if key.table != table.name:
                continue
            value = key.embedded if key.embedded is not None else key.default
            if value is not None and value is not REQUIRED:
                values[key.name] = list(value) if isinstance(value, list) else value
        node = tree
        *parents, leaf = table.name.split(".")
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = values
    return tree


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)  # a TOML basic string or array of them


def render_example() -> str:
    """config/mailhandler.example.toml, written from the schema."""
    lines = [
        "# mailhandler configuration. Copy to config/mailhandler.toml (or point --config or",
        "# $MAILHANDLER_CONFIG at it) and adapt. Every key is listed with its default where it",
        "# has one; a key or table not listed here is an error. Relative paths (data_dir, files,",
        "# the SQLite database, the maildir) are relative to the folder this file is in, not to",
        "# the directory a command is started in. (Written from mailhandler/config_schema.py.)",
    ]
    for table in TABLES:
        lines.append("")
        lines.extend(f"# {line}".rstrip() for line in table.help.splitlines())
        off = "# " if table.optional else ""
        lines.append(f"{off}[{table.name}]")
        for key in SCHEMA:
            if key.table != table.name:
                continue
            lines.extend(f"# {line}".rstrip() for line in key.help.splitlines())
            value = key.example if key.example is not None else key.default
            mark = "# " if (key.commented or table.optional) else ""
            lines.append(f"{mark}{key.name} = {_toml(value)}")
    return "\n".join(lines) + "\n"
