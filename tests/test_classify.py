"""Automatic mail is recognised, so the helpline never answers a machine (DESIGN.md).

Fixtures live in tests/fixtures/auto/: files named ``human-*.eml`` must never count as
automatic, every other file must. The envelope sender of a fixture is taken from its
``Return-Path`` header, which is where the final MTA records it.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.header import Header
from email.message import Message
from email.policy import Policy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailhandler.core.classify import AUTOMATIC_RULES, Rule, automatic_reason

FIXTURES = Path(__file__).parent / "fixtures" / "auto"
OWN_ADDRESSES = frozenset({"hallo@lumi.example", "privacy@lumi.example"})
OWN_DOMAIN = "lumi.example"
HUMAN = "kim@mail.example"
RULE_NAMES = [rule.name for rule in AUTOMATIC_RULES]
POLICIES = {"default": email.policy.default, "compat32": email.policy.compat32}


@pytest.fixture(params=sorted(POLICIES), ids=sorted(POLICIES))
def policy(request: pytest.FixtureRequest) -> Policy:
    return POLICIES[request.param]


def load(name: str, policy: Policy) -> tuple[Message, str]:
    """The parsed fixture and its envelope sender (from Return-Path; "" for ``<>``)."""
    raw = (FIXTURES / name).read_bytes()
    match = re.search(rb"^Return-Path:\s*<([^>]*)>", raw, re.MULTILINE)
    envelope = match.group(1).decode() if match else HUMAN
    return email.message_from_bytes(raw, policy=policy), envelope


def parse(headers: str, policy: Policy = email.policy.default, body: str = "Hoi\n") -> Message:
    return email.message_from_bytes(f"{headers.strip()}\n\n{body}".encode(), policy=policy)


def reason(message: Message, envelope: str = HUMAN) -> str | None:
    return automatic_reason(message, envelope, OWN_ADDRESSES, OWN_DOMAIN)


def matching(message: Message, envelope: str = HUMAN) -> set[str]:
    """Every rule that fires, not only the first (fixtures are realistic: several fire)."""
    return {
        rule.name
        for rule in AUTOMATIC_RULES
        if rule.check(message, envelope, OWN_ADDRESSES, OWN_DOMAIN)
    }


def fixture_fires(name: str, policy: Policy) -> tuple[str | None, set[str]]:
    message, envelope = load(name, policy)
    return reason(message, envelope), matching(message, envelope)


# --- the rule set itself ------------------------------------------------------------------


def test_rule_names_are_unique_kebab_case_ids() -> None:
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) for name in RULE_NAMES)
    assert all(isinstance(rule, Rule) for rule in AUTOMATIC_RULES)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.eml")))
def test_every_fixture_is_classified_as_its_name_says(name: str, policy: Policy) -> None:
    message, envelope = load(name, policy)
    if name.startswith("human-"):
        assert reason(message, envelope) is None
    else:
        assert reason(message, envelope) in RULE_NAMES


def test_every_rule_is_shown_by_at_least_one_fixture() -> None:
    fired: set[str] = set()
    for path in FIXTURES.glob("*.eml"):
        fired |= matching(*load(path.name, email.policy.default))
    assert fired == set(RULE_NAMES)


def test_the_reason_is_the_first_matching_rule_in_order(policy: Policy) -> None:
    message, envelope = load("postfix-dsn.eml", policy)
    fired = matching(message, envelope)
    assert {"auto-submitted", "null-sender", "multipart-report", "mailer-daemon-sender"} <= fired
    assert reason(message, envelope) == next(name for name in RULE_NAMES if name in fired)


# --- Auto-Submitted (RFC 3834) ------------------------------------------------------------


def test_out_of_office_with_auto_submitted_is_never_answered(policy: Policy) -> None:
    first, fired = fixture_fires("exchange-out-of-office.eml", policy)
    assert first == "auto-submitted"
    assert "auto-response-suppress" in fired


def test_vacation_reply_with_a_comment_in_auto_submitted_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("sieve-vacation-auto-replied.eml", policy)
    assert first == "auto-submitted"


def test_auto_submitted_no_is_a_human_mail(policy: Policy) -> None:
    message, envelope = load("human-auto-submitted-no.eml", policy)
    assert reason(message, envelope) is None


@pytest.mark.parametrize(
    ("value", "automatic"),
    [
        ("auto-generated", True),
        ("AUTO-REPLIED", True),
        ('auto-notified; owner-email="els@home.example"', True),
        ("some-future-keyword", True),
        ("", True),
        ("No", False),
        ("no ; x=y", False),
        ("no (written by a person)", False),
    ],
)
def test_auto_submitted_other_than_no_is_automatic_whatever_the_case_or_parameters(
    value: str, automatic: bool, policy: Policy
) -> None:
    message = parse(f"From: {HUMAN}\nAuto-Submitted: {value}", policy)
    assert (reason(message) == "auto-submitted") is automatic


def test_a_second_auto_submitted_header_other_than_no_still_counts() -> None:
    message = parse(f"From: {HUMAN}\nAuto-Submitted: no\nAuto-Submitted: auto-generated")
    assert reason(message) == "auto-submitted"


# --- null sender, reports ---------------------------------------------------------------


def test_mail_with_a_null_envelope_sender_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("old-vacation-null-sender.eml", policy)
    assert first == "null-sender"


def test_the_same_mail_with_a_real_envelope_sender_is_a_human_mail(policy: Policy) -> None:
    message, _ = load("old-vacation-null-sender.eml", policy)
    assert reason(message, "piet@home.example") is None


def test_postfix_bounce_is_never_answered(policy: Policy) -> None:
    _, fired = fixture_fires("postfix-dsn.eml", policy)
    assert "multipart-report" in fired


def test_read_receipt_is_never_answered_even_with_a_real_envelope_sender(policy: Policy) -> None:
    first, _ = fixture_fires("read-receipt-mdn.eml", policy)
    assert first == "multipart-report"


def test_other_multipart_types_are_not_reports(policy: Policy) -> None:
    message, envelope = load("human-gmail.eml", policy)
    assert "multipart-report" not in matching(message, envelope)


# --- our own addresses --------------------------------------------------------------------


def test_mail_from_a_conversation_alias_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("own-conversation-alias.eml", policy)
    assert first == "own-sender"


def test_mail_from_our_own_privacy_address_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("own-privacy-address.eml", policy)
    assert first == "own-sender"


@pytest.mark.parametrize(
    "envelope", ["hallo@lumi.example", "bounces+x7@LUMI.example", "c.abc12@relay.lumi.example"]
)
def test_an_envelope_sender_of_ours_is_never_answered(envelope: str) -> None:
    assert reason(parse(f"From: {HUMAN}"), envelope) == "own-sender"


@pytest.mark.parametrize("address", ["kim@evil-lumi.example", "kim@lumi.example.test"])
def test_a_lookalike_domain_is_not_ours(address: str) -> None:
    assert reason(parse(f"From: {address}"), address) is None


def test_an_empty_own_domain_matches_no_sender() -> None:
    message = parse(f"From: {HUMAN}")
    assert automatic_reason(message, HUMAN, frozenset(), "") is None


# --- mailing lists, bulk, Microsoft --------------------------------------------------------


def test_mailing_list_digest_is_never_answered(policy: Policy) -> None:
    _, fired = fixture_fires("mailing-list-digest.eml", policy)
    assert {"list-header", "precedence", "list-manager-sender"} <= fired


@pytest.mark.parametrize(
    "header",
    [
        "List-Id",
        "list-help",
        "List-Subscribe",
        "List-Unsubscribe",
        "List-Post",
        "List-Owner",
        "List-Archive",
        "List-Unsubscribe-Post",
    ],
)
def test_any_list_header_alone_is_enough(header: str, policy: Policy) -> None:
    message = parse(f"From: {HUMAN}\n{header}: <mailto:x@lists.example>", policy)
    assert reason(message) == "list-header"


def test_bulk_newsletter_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("newsletter-precedence-bulk.eml", policy)
    assert first == "precedence"


@pytest.mark.parametrize(
    ("value", "automatic"),
    [("bulk", True), ("LIST", True), ("junk", True), ("first-class", False), ("normal", False)],
)
def test_precedence_bulk_list_or_junk_is_automatic(value: str, automatic: bool) -> None:
    assert (reason(parse(f"From: {HUMAN}\nPrecedence: {value}")) == "precedence") is automatic


def test_outlook_asking_for_no_auto_reply_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("outlook-suppress-autoreply.eml", policy)
    assert first == "auto-response-suppress"


@pytest.mark.parametrize(
    ("value", "automatic"),
    [
        ("All", True),
        ("oof", True),
        ("DR,AUTOREPLY", True),
        (" dr , RN, OOF ", True),
        ("DR, RN, NRN", False),
        ("None", False),
        ("NDR", False),
    ],
)
def test_auto_response_suppress_all_autoreply_or_oof_is_automatic(
    value: str, automatic: bool
) -> None:
    message = parse(f"From: {HUMAN}\nX-Auto-Response-Suppress: {value}")
    assert (reason(message) == "auto-response-suppress") is automatic


# --- sender local parts (RFC 5230 §4.6) --------------------------------------------------


def test_postmaster_notice_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("postmaster-notice.eml", policy)
    assert first == "mailer-daemon-sender"


def test_list_owner_mail_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("owner-list.eml", policy)
    assert first == "list-manager-sender"


def test_list_request_mail_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("list-request-confirmation.eml", policy)
    assert first == "list-manager-sender"


def test_noreply_notification_with_an_encoded_name_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("noreply-notification.eml", policy)
    assert first == "noreply-sender"


@pytest.mark.parametrize(
    ("address", "rule"),
    [
        ("MAILER-DAEMON@mx.school.example", "mailer-daemon-sender"),
        ("MAILER-DAEMON", "mailer-daemon-sender"),
        ("Postmaster@isp.example", "mailer-daemon-sender"),
        ("LISTSERV@lists.example", "list-manager-sender"),
        ("Majordomo@lists.example", "list-manager-sender"),
        ("owner-jongeren@lists.example", "list-manager-sender"),
        ("jongeren-REQUEST@lists.example", "list-manager-sender"),
        ("jongeren-bounces+kim=mail.example@lists.example", "list-manager-sender"),
        ("noreply@accounts.example", "noreply-sender"),
        ("No-Reply@accounts.example", "noreply-sender"),
        ("no_reply@accounts.example", "noreply-sender"),
        ("DoNotReply@accounts.example", "noreply-sender"),
        ("do-not-reply@accounts.example", "noreply-sender"),
        ("noreply-dmarc-support@accounts.example", "noreply-sender"),
        ('"noreply"@accounts.example', "noreply-sender"),
    ],
)
def test_role_senders_are_recognised_in_the_envelope_and_in_from(address: str, rule: str) -> None:
    assert reason(parse(f"From: {HUMAN}"), address) == rule
    assert reason(parse(f"From: Iemand <{address}>"), HUMAN) == rule


@pytest.mark.parametrize(
    "address",
    [
        "noreen@mail.example",
        "owner@mail.example",
        "requester@mail.example",
        "jan.request@mail.example",
        "replyto@mail.example",
        "noreplying@mail.example",
        "daemon@mail.example",
    ],
)
def test_people_whose_name_resembles_a_role_are_answered(address: str) -> None:
    assert reason(parse(f"From: {address}"), address) is None


# --- other autoresponder headers ----------------------------------------------------------


def test_procmail_reply_with_x_loop_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("x-loop-procmail.eml", policy)
    assert first == "x-loop"


def test_autoresponder_with_x_autoreply_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("x-autoreply-cpanel.eml", policy)
    assert first == "x-autoreply"


def test_autoresponder_with_x_autorespond_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("x-autorespond.eml", policy)
    assert first == "x-autorespond"


def test_ticket_system_with_x_autogenerated_is_never_answered(policy: Policy) -> None:
    first, _ = fixture_fires("x-autogenerated.eml", policy)
    assert first == "x-autogenerated"


# --- human mail ---------------------------------------------------------------------------


def test_ordinary_gmail_mail_is_a_human_mail(policy: Policy) -> None:
    message, envelope = load("human-gmail.eml", policy)
    assert reason(message, envelope) is None


def test_subject_saying_out_of_office_is_not_enough(policy: Policy) -> None:
    """We don't guess from the subject: a help-seeker may write exactly that."""
    message, envelope = load("human-subject-out-of-office.eml", policy)
    assert reason(message, envelope) is None


# --- malformed input never crashes --------------------------------------------------------


def test_a_mail_without_any_header_is_a_human_mail(policy: Policy) -> None:
    assert reason(email.message_from_bytes(b"\n\njust a body", policy=policy)) is None


def test_every_from_header_is_checked_when_there_are_several(policy: Policy) -> None:
    message = parse(f"From: {HUMAN}\nFrom: noreply@accounts.example", policy)
    assert reason(message) == "noreply-sender"


def test_a_from_header_that_crashes_the_default_parser_is_survived() -> None:
    # message["From"] raises IndexError here with email.policy.default on CPython 3.11.7.
    message = parse("From: a <\nMessage-ID: <")
    assert reason(message) is None
    assert reason(parse("From: noreply@accounts.example <")) == "noreply-sender"


def test_undecodable_bytes_in_headers_do_not_hide_an_automatic_mail(policy: Policy) -> None:
    raw = b"From: \xff\xfe <kim\xff@mail.example>\nAuto-Submitted: auto-generated \xff\n\nhoi"
    assert reason(email.message_from_bytes(raw, policy=policy)) == "auto-submitted"


def test_garbage_structured_headers_are_not_a_crash(policy: Policy) -> None:
    message = parse(
        'From: <<<@@,,;;"\nContent-Type: multipart/\nPrecedence: ;;;\n'
        "X-Auto-Response-Suppress: ,,,\nAuto-Submitted: no;;;(((",
        policy,
    )
    assert reason(message) is None


def test_compat32_header_objects_are_read() -> None:
    message = Message()
    message["From"] = Header("Jörg <noreply@accounts.example>", "utf-8")
    message["Subject"] = Header("\udcff", "unknown-8bit")
    assert reason(message) == "noreply-sender"


HEADER_NAMES = st.sampled_from(
    [
        "From",
        "Auto-Submitted",
        "Precedence",
        "X-Auto-Response-Suppress",
        "Content-Type",
        "List-Id",
        "X-Loop",
        "Sender",
        "Return-Path",
        "To",
        "Message-ID",
    ]
)
TEXT = st.text(st.characters(codec="utf-8"), max_size=80) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=600), envelope=TEXT, domain=TEXT)
def test_arbitrary_bytes_never_crash(raw: bytes, envelope: str, domain: str) -> None:
    for policy in POLICIES.values():
        message = email.message_from_bytes(raw, policy=policy)
        result = automatic_reason(message, envelope, frozenset({envelope}), domain)
        assert result is None or result in RULE_NAMES


@settings(max_examples=300, deadline=None)
@given(
    headers=st.lists(st.tuples(HEADER_NAMES, TEXT), max_size=6),
    envelope=TEXT,
    domain=TEXT,
)
def test_arbitrary_header_values_never_crash(
    headers: list[tuple[str, str]], envelope: str, domain: str
) -> None:
    # Values go in as bytes, lone surrogates become undecodable bytes and line breaks
    # become folding or broken headers: all of it must be survived.
    raw = b"".join(
        f"{name}: {value}\r\n".encode("utf-8", "surrogatepass") for name, value in headers
    )
    for policy in POLICIES.values():
        message = email.message_from_bytes(raw + b"\r\nbody\r\n", policy=policy)
        result = automatic_reason(message, envelope, frozenset({"hallo@lumi.example"}), domain)
        assert result is None or result in RULE_NAMES
    # compat32 also lets a program set any value directly, unchecked.
    message = Message()
    for name, value in headers:
        message[name] = value
    assert automatic_reason(message, envelope, OWN_ADDRESSES, domain) in [None, *RULE_NAMES]
