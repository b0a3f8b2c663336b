"""The configuration: read once from TOML into a frozen value that is passed in explicitly.

There is no global configuration object: every part of the daemon receives the
`Config` (or the piece of it it needs) as an argument, so tests can run several
daemons side by side and nothing changes behind a component's back.

A configuration mistake is reported as one line naming the file and the key,
because the person reading it is an admin at a terminal, not a developer.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mailhandler.config_schema import (
    KEYS,
    REQUIRED,
    TABLE_NAMES,
    default,
    embedded_defaults,
    known_names,
)
from mailhandler.config_urgent import Urgent, parse_urgent
from mailhandler.core.aliases import AliasForm
from mailhandler.core.duty import parse_roster
from mailhandler.core.message import is_one_address, is_own_address
from mailhandler.store.db import check_database_url

DEFAULT_CONFIG_PATH = Path("config/mailhandler.toml")
EMBEDDED = "<embedded defaults>"

_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def _one_slip_apart(a: str, b: str) -> bool:
    """One letter left out, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def looks_like_a_typo_of(domain: str, helpline_domain: str) -> bool:
    """An address's domain one slip from the helpline's own (lumi.exmaple for
    lumi.example): every confirmation would carry it, and every answer sent to it would
    be lost without a bounce reaching the helpline. Two country codes one letter apart
    (lumi.be, lumi.de) are two real domains, not a slip."""
    if not _one_slip_apart(domain, helpline_domain):
        return False
    mine, theirs = domain.rsplit(".", 1), helpline_domain.rsplit(".", 1)
    country_codes = len(mine[1]) == len(theirs[1]) == 2
    return not (mine[0] == theirs[0] and country_codes)


class ConfigError(Exception):
    """A setting is missing or wrong. str() is the one line shown to the admin."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        self.source = source
        self.key = key
        self.problem = problem
        super().__init__(f"{source}: {key}: {problem}")


@dataclass(frozen=True)
class Helpline:
    name: str
    address: str
    privacy_address: str
    domain: str
    language: str
    timezone: str
    secret: bytes = field(repr=False)
    templates_dir: Path | None = None
    alias_form: str = default("helpline.alias_form")  # "domain" | "subaddress"

    @property
    def aliases(self) -> AliasForm:
        """Where aliases live: `c.<token>@domain`, or sub-addresses of the public address."""
        if self.alias_form == "subaddress":
            mailbox, _, address_domain = self.address.lower().rpartition("@")
            return AliasForm(domain=address_domain, message_id_domain=self.domain,
                             mailbox=mailbox)
        return AliasForm(domain=self.domain, message_id_domain=self.domain)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class SmtpInbound:
    host: str
    port: int
    max_message_bytes: int
    max_recipients: int
    hostname: str
    max_connections_per_client: int = default("inbound.smtp.max_connections_per_client")
    max_messages_per_sender: int = default("inbound.smtp.max_messages_per_sender")  # per hour
    timeout_seconds: int = default("inbound.smtp.timeout_seconds")
    tls_cert: Path | None = None
    tls_key: Path | None = None


@dataclass(frozen=True)
class OAuth2:
    """The provider's token endpoint, for XOAUTH2 logins to IMAP and SMTP (mailhandler.oauth2)."""

    token_url: str
    client_id: str
    refresh_token_file: Path
    client_secret: str | None = field(default=None, repr=False)
    scope: str | None = None


@dataclass(frozen=True)
class ImapInbound:
    host: str
    port: int
    tls: bool
    username: str
    password: str = field(repr=False)
    folder: str
    processed_folder: str | None
    poll_seconds: int
    oauth2: OAuth2 | None = None  # set: log in with XOAUTH2 instead of the password

    @property
    def mailbox_key(self) -> str:
        """How fetched messages are recorded: one account's one folder."""
        return f"{self.username}@{self.host}:{self.port}/{self.folder}"


@dataclass(frozen=True)
class VolunteerMailboxes:
    """The Dovecot holding volunteers' mailboxes, reached as each of them via a master user."""

    host: str
    port: int
    tls: bool
    domains: tuple[str, ...]
    login: str  # "address" or "localpart"
    master_user: str
    master_separator: str
    master_password: str = field(repr=False)
    folders: tuple[str, ...] = ("all",)  # ("all",): every selectable folder

    def holds(self, address: str) -> bool:
        """Whether this volunteer's mailbox is on the server."""
        return address.lower().rpartition("@")[2] in self.domains

    def login_of(self, address: str) -> str:
        """The master login for one volunteer: their name, the separator, the master user."""
        name = address.lower() if self.login == "address" else address.lower().rpartition("@")[0]
        return f"{name}{self.master_separator}{self.master_user}"


@dataclass(frozen=True)
class Outbound:
    """Where the helpline's own mail goes: a smarthost, or a local maildir that never sends."""

    url: str
    scheme: str  # "smtp", "smtps" or "maildir"
    host: str = ""
    port: int = 0
    maildir: Path | None = None
    starttls: bool = False
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout_seconds: int = default("outbound.timeout_seconds")
    notify_after_days: int = default("outbound.notify_after_days")
    oauth2: OAuth2 | None = None  # set: log in as username with XOAUTH2, no password


@dataclass(frozen=True)
class Storage:
    data_dir: Path
    database: str


@dataclass(frozen=True)
class Authentication:
    """How a mail to an alias proves that it comes from the volunteer it names.

    "verify": SPF, DKIM and DMARC alignment are evaluated here, against DNS through
    `nameservers` (empty: the system's resolver). "trusted-mx": the receiving MX did
    that, and only its Authentication-Results header (authserv-id
    `trusted_authserv_id`) is believed; any other is ignored (RFC 8601 §5).
    """

    mode: str = default("authentication.mode")
    trusted_authserv_id: str | None = None
    nameservers: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Dkim:
    """DKIM signing of everything the helpline sends, as helpline.domain."""

    selector: str
    key_file: Path


@dataclass(frozen=True)
class Duty:
    """Who gets a conversation and for how long (core/duty); roster lines already checked."""

    roster: tuple[str, ...] = ()
    max_open_per_volunteer: int = default("duty.max_open_per_volunteer")
    answer_within_hours: int = default("duty.answer_within_hours")
    close_after_days: int = default("duty.close_after_days")


@dataclass(frozen=True)
class Config:
    source: str
    helpline: Helpline
    smtp: SmtpInbound
    imap: ImapInbound | None
    outbound: Outbound
    storage: Storage
    confirmation_interval_days: int
    transcript_days: int
    themes: tuple[str, ...]
    wipe_at: str  # "MM-DD HH:MM" in the helpline's timezone
    purge_at: str = default("retention.purge_at")  # "HH:MM", every day, helpline's timezone
    authentication: Authentication = field(default_factory=Authentication)
    dkim: Dkim | None = None  # None: nothing is signed
    oauth2: OAuth2 | None = None  # None: IMAP and SMTP log in with passwords
    volunteer_mailboxes: VolunteerMailboxes | None = None  # None: no mailboxes of ours

    @property
    def coordinator_addresses(self) -> frozenset[str]:
        """Addresses whose mail reaches coordinators only: the privacy address, and
        postmaster, which RFC 5321 §4.5.1 requires every mail domain to accept (also bare,
        `RCPT TO:<postmaster>`). Mail servers and admins write there about delivery
        problems; it is not a helpline contact."""
        domains = {self.helpline.domain.lower(), self.helpline.address.rsplit("@", 1)[1].lower()}
        return frozenset({self.helpline.privacy_address.lower(), "postmaster"}
                         | {f"postmaster@{domain}" for domain in domains})
    urgent: Urgent = field(default_factory=Urgent)
    coordinators_group: str | None = None  # None: no group check (admin/coordinators.py)
    metrics_listen: tuple[str, int] | None = None  # None: no metrics endpoint (metrics.py)
    duty: Duty = field(default_factory=Duty)
    workers: int = default("processing.workers")  # processing worker processes (daemon.py)

    @property
    def own_addresses(self) -> frozenset[str]:
        return frozenset({self.helpline.address.lower()}) | self.coordinator_addresses

    def is_own(self, address: str) -> bool:
        """Whether `address` is the helpline's (core.message.is_own_address, the one rule)."""
        return is_own_address(address, self.own_addresses, self.helpline.domain)


# The configuration without a file: the schema's defaults (config_schema.embedded_defaults).
EMBEDDED_DEFAULTS: dict[str, Any] = embedded_defaults()


def resolve_config_path(cli_path: str | None, environ: Mapping[str, str]) -> Path | None:
    """--config, then $MAILHANDLER_CONFIG, then config/mailhandler.toml; None means embedded."""
    if cli_path:
        return Path(cli_path)
    if environ.get("MAILHANDLER_CONFIG"):
        return Path(environ["MAILHANDLER_CONFIG"])
    if DEFAULT_CONFIG_PATH.exists():
        return DEFAULT_CONFIG_PATH
    return None


def load_config(path: Path | None) -> Config:
    """Read and validate the configuration; raise ConfigError naming the key on any mistake."""
    if path is None:
        return parse_config(EMBEDDED_DEFAULTS, EMBEDDED, create_secret=True)
    source = str(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(source, "(file)", "not found") from None
    except PermissionError:
        raise ConfigError(source, "(file)", "not readable") from None
    except UnicodeDecodeError:
        raise ConfigError(source, "(file)", "not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(source, "(file)", f"not readable ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, "(syntax)", str(exc)) from None
    return parse_config(data, source)


class _Reader:
    """Typed access to one TOML table, as the schema describes it; mistakes name the dotted key."""

    def __init__(self, data: Mapping[str, Any], prefix: str, source: str) -> None:
        if not isinstance(data, Mapping):
            raise ConfigError(source, prefix, "must be a table")
        self.data, self.prefix, self.source = data, prefix, source

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str, problem: str) -> ConfigError:
        return ConfigError(self.source, self.key(name), problem)

    def path(self, name: str) -> Path:
        """A path setting, relative ones against the configuration file's folder."""
        return resolve_path(self.text(name), self.source)

    def table(self, name: str) -> _Reader | None:
        """A sub-table, or None when the file does not have it."""
        if name not in self.data:
            return None
        return _Reader(self.data[name], self.key(name), self.source)

    def get(self, name: str) -> Any:
        """The value of `name`: checked against its schema entry, or its default when absent.

        None for an optional key without a default (off, or derived by the caller)."""
        spec = KEYS[self.key(name)]
        if name not in self.data:
            if spec.default is REQUIRED:
                raise self.fail(name, "missing")
            return list(spec.default) if isinstance(spec.default, list) else spec.default
        value = self.data[name]
        if spec.kind == "text":
            if not isinstance(value, str) or not value.strip():
                raise self.fail(name, "must be a non-empty string")
            value = value.strip()
        elif spec.kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.fail(name, "must be a whole number")
            if spec.minimum is not None and value < spec.minimum:
                raise self.fail(name, f"must be at least {spec.minimum}")
            if spec.maximum is not None and value > spec.maximum:
                raise self.fail(name, f"must be at most {spec.maximum}")
        elif spec.kind == "bool" and not isinstance(value, bool):
            raise self.fail(name, "must be true or false")
        elif spec.kind == "list" and (not isinstance(value, list)
                                      or not all(isinstance(v, str) for v in value)):
            raise self.fail(name, "must be a list of strings, like [\"a\", \"b\"]")
        if spec.choices and value not in spec.choices:
            raise self.fail(name, f"must be one of {', '.join(spec.choices)}")
        return value

    def text(self, name: str) -> str:
        value = self.get(name)
        assert isinstance(value, str), self.key(name)  # the schema gives it a default
        return value

    def number(self, name: str) -> int:
        value = self.get(name)
        assert isinstance(value, int), self.key(name)
        return value

    def flag(self, name: str) -> bool:
        value = self.get(name)
        assert isinstance(value, bool), self.key(name)
        return value

    def opt_text(self, name: str) -> str | None:
        value = self.get(name)
        return value if isinstance(value, str) else None

    def address(self, name: str) -> str:
        value = self.text(name).lower()
        if not is_one_address(value):
            raise self.fail(name, "must be a plain mail address like hulp@lumi.example")
        return value

    def secret(self, name: str, create_missing_file: bool, min_length: int = 16) -> bytes:
        """The value of `name`, or the contents of `name_file`; never shown in messages.

        `min_length` is for secrets mailhandler makes (the helpline's); a provider's
        password is taken as the provider gave it (min_length 1)."""
        file_key = f"{name}_file"
        if name in self.data and file_key in self.data:
            raise self.fail(name, f"set either {name} or {file_key}, not both")
        if name in self.data:
            value = self.text(name)
        elif file_key in self.data:
            path = self.path(file_key)
            if create_missing_file and not path.exists():
                try:
                    _create_secret_file(path)
                except OSError as exc:
                    raise self.fail(file_key, f"cannot create {path} ({exc.strerror})") from None
            value = self._read_secret_file(file_key, path)
        else:
            raise self.fail(name, f"missing (set {name} or {file_key})")
        if not value:
            raise self.fail(file_key if file_key in self.data else name, "empty")
        if len(value) < min_length:
            raise self.fail(name, f"too short: use at least {min_length} random characters")
        return value.encode()

    def _read_secret_file(self, file_key: str, path: Path) -> str:
        """Its text; a missing file and an unreadable one are different mistakes."""
        try:
            return path.read_text().strip()
        except FileNotFoundError:
            hint = " (mailhandler init creates it)" if file_key == "secret_file" else ""
            raise self.fail(file_key, f"{path} does not exist{hint}") from None
        except PermissionError:
            raise self.fail(file_key, f"{path} is not readable by user {_user_name()} "
                            "(check its owner and mode)") from None
        except IsADirectoryError:
            raise self.fail(file_key, f"{path} is a folder, not a file") from None
        except UnicodeDecodeError:
            raise self.fail(file_key, f"{path} is not UTF-8 text") from None
        except OSError as exc:
            raise self.fail(file_key, f"{path} cannot be read ({exc.strerror})") from None


def resolve_path(value: str, source: str) -> Path:
    """`value` as an absolute path: a relative one lies in the configuration file's folder.

    Not the working directory: an admin running a command from another folder must get
    the same database, not a second, empty one. Without a file (the embedded defaults)
    the working directory is all there is.
    """
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    base = Path.cwd() if source == EMBEDDED else Path(source).absolute().parent
    return base / path


def _user_name() -> str:
    import pwd

    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return str(os.geteuid())


def _check_names(data: Mapping[str, Any], table: str, source: str) -> None:
    """Every key and table at every level must be in the schema; a typo names itself."""
    known = known_names(table)
    for name, value in data.items():
        dotted = f"{table}.{name}" if table else name
        if dotted in TABLE_NAMES:
            if not isinstance(value, Mapping):
                raise ConfigError(source, dotted, "must be a table")
            _check_names(value, dotted, source)
            continue
        if name in known and dotted not in TABLE_NAMES:
            continue
        what = "unknown table" if not table or isinstance(value, Mapping) else "unknown key"
        close = get_close_matches(name, known, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(source, dotted, f"{what}{hint}")


def _create_secret_file(path: Path) -> None:
    """Write a new random secret; two first starts at once agree on one of them."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, (secrets.token_urlsafe(32) + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails instead of replacing a secret someone else just made
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


def _host_port(reader: _Reader, name: str) -> tuple[str, int]:
    value = reader.text(name)
    host, sep, port = value.rpartition(":")
    bracketed = host.startswith("[") and host.endswith("]")
    if (not sep or not host or not port.isdigit() or not 0 < int(port) < 65536
            or (":" in host and not bracketed)):
        raise reader.fail(name, "must be host:port, like 127.0.0.1:2525 or [::1]:2525")
    return host.strip("[]"), int(port)


def _parse_oauth2(reader: _Reader) -> OAuth2:
    token_url = reader.text("token_url")
    parts = urlsplit(token_url)
    loopback = (parts.hostname or "") in ("localhost", "::1") or \
        (parts.hostname or "").startswith("127.")
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        raise reader.fail("token_url", "must be an https:// URL")
    client_secret = None
    if "client_secret" in reader.data or "client_secret_file" in reader.data:
        client_secret = reader.secret("client_secret", create_missing_file=False,
                                      min_length=1).decode()
    return OAuth2(token_url=token_url, client_id=reader.text("client_id"),
                  refresh_token_file=reader.path("refresh_token_file"),
                  client_secret=client_secret, scope=reader.opt_text("scope"))


def _parse_outbound(reader: _Reader, table_written: bool, data_dir: Path,
                    oauth2: OAuth2 | None = None) -> Outbound:
    if table_written and "url" not in reader.data:
        # Written but without a url, the helpline would silently never send: say so.
        raise reader.fail("url", "missing")
    # Not written: the maildir inside data_dir, wherever that is.
    url = reader.text("url") if "url" in reader.data else f"maildir:{data_dir / 'outbox'}"
    timeout = reader.number("timeout_seconds")
    notify = reader.number("notify_after_days")
    if url.startswith("maildir:"):
        path = url[len("maildir:"):]
        if not path:
            raise reader.fail("url", "maildir: needs a folder, like maildir:var/outbox")
        return Outbound(url=url, scheme="maildir", maildir=resolve_path(path, reader.source),
                        timeout_seconds=timeout, notify_after_days=notify)
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise reader.fail("url", "must be smtp://host:port, smtps://host:port or maildir:PATH")
    try:
        port = parts.port or (465 if parts.scheme == "smtps" else 25)
    except ValueError:
        raise reader.fail("url", "port must be a number") from None
    username = reader.opt_text("username") or (unquote(parts.username) if parts.username else None)
    password: str | None = None
    if "password" in reader.data or "password_file" in reader.data:
        password = reader.secret("password", create_missing_file=False, min_length=1).decode()
    elif parts.password:
        password = unquote(parts.password)
    auth = reader.text("auth")
    if auth == "oauth2":
        if oauth2 is None:
            raise reader.fail("auth", "\"oauth2\" needs an [oauth2] table")
        if not username:
            raise reader.fail("username", "missing: auth = \"oauth2\" logs in as this user")
        if password:
            raise reader.fail("password", "not used with auth = \"oauth2\": remove it")
    elif username and not password:
        raise reader.fail("password", "missing for outbound.username")
    starttls = reader.flag("starttls")
    if starttls and parts.scheme == "smtps":
        raise reader.fail("starttls", "smtps:// is already TLS; use smtp:// with starttls")
    loopback = parts.hostname in ("localhost", "::1") or parts.hostname.startswith("127.")
    if username and parts.scheme == "smtp" and not starttls and not loopback:
        raise reader.fail("starttls", "must be true to send a password to a remote smarthost")
    return Outbound(
        url=url, scheme=parts.scheme, host=parts.hostname, port=port,
        starttls=starttls, username=username, password=password,
        timeout_seconds=timeout, notify_after_days=notify,
        oauth2=oauth2 if auth == "oauth2" else None,
    )


def _parse_imap(reader: _Reader, oauth2: OAuth2 | None) -> ImapInbound:
    tls = reader.flag("tls")
    auth = reader.text("auth")
    password = reader.secret("password", create_missing_file=False, min_length=1).decode() \
        if ("password" in reader.data or "password_file" in reader.data) else None
    if auth == "oauth2":
        if oauth2 is None:
            raise reader.fail("auth", "\"oauth2\" needs an [oauth2] table")
        if password is not None:
            raise reader.fail("password", "not used with auth = \"oauth2\": remove it")
        password = ""
    if password is None:
        raise reader.fail("password", "missing (set password or password_file)")
    port = reader.get("port")
    return ImapInbound(
        host=reader.text("host"),
        port=port if port is not None else (993 if tls else 143),
        tls=tls,
        username=reader.text("username"),
        password=password,
        folder=reader.text("folder"),
        processed_folder=reader.opt_text("processed_folder"),
        poll_seconds=reader.number("poll_seconds"),
        oauth2=oauth2 if auth == "oauth2" else None,
    )


def _parse_volunteer_mailboxes(reader: _Reader) -> VolunteerMailboxes:
    tls = reader.flag("tls")
    port = reader.get("port")
    domains = tuple(d.strip().lower() for d in reader.get("domains"))
    if not domains or not all(_DOMAIN.match(d) for d in domains):
        raise reader.fail("domains", "must be a list of domains like [\"team-lumi.example\"]")
    folders = tuple(reader.get("folders"))
    if not folders or any(not f.strip() for f in folders):
        raise reader.fail("folders", "must be [\"all\"] or a list of folder names")
    return VolunteerMailboxes(
        host=reader.text("host"),
        port=port if port is not None else (993 if tls else 143),
        tls=tls,
        domains=domains,
        login=reader.text("login"),
        master_user=reader.text("master_user"),
        master_separator=reader.text("master_separator"),
        master_password=reader.secret("master_password", create_missing_file=False).decode(),
        folders=folders,
    )


def _parse_authentication(reader: _Reader) -> Authentication:
    mode = reader.text("mode")
    authserv_id = reader.opt_text("trusted_authserv_id")
    if authserv_id is not None and not _DOMAIN.match(authserv_id):
        raise reader.fail("trusted_authserv_id", "must be a host name like mx.lumi.example")
    if mode == "trusted-mx" and authserv_id is None:
        raise reader.fail("trusted_authserv_id", "missing: mode \"trusted-mx\" needs it")
    raw = reader.data.get("nameservers", [])
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise reader.fail("nameservers", "must be a list like [\"127.0.0.1:53\"]")
    nameservers: list[tuple[str, int]] = []
    for value in raw:
        host, sep, port = value.strip().rpartition(":")
        if not sep or ":" in host.strip("[]") and not host.startswith("["):
            host, port = value.strip(), "53"  # a bare address, IPv6 without brackets
        try:
            address = str(ipaddress.ip_address(host.strip("[]")))
        except ValueError:
            raise reader.fail("nameservers", f"{value!r} is not an IP address[:port]") from None
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise reader.fail("nameservers", f"{value!r} has no valid port")
        nameservers.append((address, int(port)))
    return Authentication(mode=mode, trusted_authserv_id=authserv_id and authserv_id.lower(),
                          nameservers=tuple(nameservers))


def _parse_dkim(reader: _Reader) -> Dkim:
    selector = reader.text("selector")
    if not re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9-]+)*", selector):
        raise reader.fail("selector", "must be a DNS label like mh2026")
    return Dkim(selector=selector.lower(), key_file=reader.path("key_file"))


def _parse_duty(reader: _Reader) -> Duty:
    roster = reader.get("roster")
    try:
        parse_roster(roster)
    except ValueError as exc:
        raise reader.fail("roster", str(exc)) from None
    return Duty(roster=tuple(roster),
                max_open_per_volunteer=reader.number("max_open_per_volunteer"),
                answer_within_hours=reader.number("answer_within_hours"),
                close_after_days=reader.number("close_after_days"))


def parse_config(data: Mapping[str, Any], source: str, create_secret: bool = False) -> Config:
    """Validate `data` (a parsed TOML document) against the schema into a Config."""
    root = _Reader(data, "", source)
    _check_names(data, "", source)

    def table(name: str) -> _Reader:
        """The table as written, or an empty one: its keys then take their defaults."""
        node: _Reader = root
        for part in name.split("."):
            node = node.table(part) or _Reader({}, node.key(part), source)
        return node

    if "helpline" not in data:
        raise root.fail("helpline", "missing table")
    hl = table("helpline")
    language = hl.text("language")
    timezone = hl.text("timezone")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise hl.fail("timezone", "unknown time zone (use a name like Europe/Brussels)") from None
    domain = hl.text("domain").lower()
    if not _DOMAIN.match(domain):
        raise hl.fail("domain", "must be a domain name like lumi.example")
    templates_dir = hl.path("templates_dir") if hl.opt_text("templates_dir") else None
    if templates_dir and not templates_dir.is_dir():
        raise hl.fail("templates_dir", "not a folder")
    helpline = Helpline(
        name=hl.text("name"),
        address=hl.address("address"),
        privacy_address=hl.address("privacy_address"),
        domain=domain,
        language=language,
        timezone=timezone,
        secret=hl.secret("secret", create_missing_file=create_secret),
        templates_dir=templates_dir,
        alias_form=hl.text("alias_form"),
    )
    if helpline.address == helpline.privacy_address:
        raise hl.fail("privacy_address", "must differ from helpline.address")
    for key in ("address", "privacy_address"):
        written = getattr(helpline, key).rpartition("@")[2]
        if looks_like_a_typo_of(written, domain):
            raise hl.fail(key, f"its domain {written} looks like a typo of helpline.domain "
                               f"{domain}")

    smtp_table = table("inbound.smtp")
    host, port = _host_port(smtp_table, "listen")
    tls_cert = smtp_table.path("tls_cert") if smtp_table.opt_text("tls_cert") else None
    tls_key = smtp_table.path("tls_key") if smtp_table.opt_text("tls_key") else None
    if bool(tls_cert) != bool(tls_key):
        raise smtp_table.fail("tls_key" if tls_cert else "tls_cert",
                              "set tls_cert and tls_key together")
    for key_name, value in (("tls_cert", tls_cert), ("tls_key", tls_key)):
        if value and not value.is_file():
            raise smtp_table.fail(key_name, "file not found")
    smtp = SmtpInbound(
        host=host, port=port,
        max_message_bytes=smtp_table.number("max_message_bytes"),
        max_recipients=smtp_table.number("max_recipients"),
        hostname=smtp_table.opt_text("hostname") or helpline.domain,
        max_connections_per_client=smtp_table.number("max_connections_per_client"),
        max_messages_per_sender=smtp_table.number("max_messages_per_sender"),
        timeout_seconds=smtp_table.number("timeout_seconds"),
        tls_cert=tls_cert,
        tls_key=tls_key,
    )
    oauth2 = _parse_oauth2(table("oauth2")) if "oauth2" in data else None
    imap_written = isinstance(data.get("inbound"), Mapping) and "imap" in data["inbound"]
    imap = _parse_imap(table("inbound.imap"), oauth2) if imap_written else None

    st = table("storage")
    data_dir = st.path("data_dir")
    database = st.opt_text("database") or f"sqlite:///{data_dir / 'mailhandler.db'}"
    try:
        database = check_database_url(database, lambda path: resolve_path(path, source))
    except ValueError as exc:
        raise st.fail("database", str(exc)) from None

    outbound = _parse_outbound(table("outbound"), table_written="outbound" in data,
                               data_dir=data_dir, oauth2=oauth2)

    meta = table("metadata")
    themes = meta.data.get("themes", KEYS["metadata.themes"].default)
    if (not isinstance(themes, list) or not themes
            or not all(isinstance(t, str) and re.fullmatch(r"[\w-]+", t) for t in themes)):
        raise meta.fail("themes", "must be a list of keys like \"coming-out\" (letters, digits, -)")
    ret = table("retention")
    purge_at = ret.text("purge_at")
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", purge_at):
        raise ret.fail("purge_at", "must be \"HH:MM\", like \"03:30\"")
    wipe = table("wipe")
    wipe_at = wipe.text("at")
    if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d", wipe_at):
        raise wipe.fail("at", "must be \"MM-DD HH:MM\", like \"12-31 23:00\"")

    authentication = _parse_authentication(table("authentication"))
    duty = _parse_duty(table("duty"))
    dkim = _parse_dkim(table("dkim")) if "dkim" in data else None
    mailboxes = (_parse_volunteer_mailboxes(table("volunteer_mailboxes"))
                 if "volunteer_mailboxes" in data else None)

    return Config(
        source=source,
        helpline=helpline,
        smtp=smtp,
        imap=imap,
        outbound=outbound,
        storage=Storage(data_dir=data_dir, database=database),
        confirmation_interval_days=table("confirmation").number("interval_days"),
        transcript_days=ret.number("transcript_days"),
        themes=tuple(themes),
        wipe_at=wipe_at,
        purge_at=purge_at,
        authentication=authentication,
        dkim=dkim,
        oauth2=oauth2,
        volunteer_mailboxes=mailboxes,
        urgent=parse_urgent(table("urgent")),
        coordinators_group=table("coordinators").opt_text("group") if "coordinators" in data
        else None,
        metrics_listen=_parse_metrics(table("metrics")) if "metrics" in data else None,
        duty=duty,
        workers=table("processing").number("workers"),
    )


def _parse_metrics(reader: _Reader) -> tuple[str, int]:
    host, port = _host_port(reader, "listen")
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise reader.fail("listen", "must be a loopback address like 127.0.0.1:9310 "
                          "(metrics are for a monitoring agent on this host)")
    return host, port
