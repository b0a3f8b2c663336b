"""A volunteer's answer to a conversation alias: relay it to the help-seeker, or drop it.

Only the volunteer an alias was given to may speak through it: each forward carries
its volunteer's own alias, and a colleague's answer to it is dropped (the colleague
is told). The envelope sender and the From address must both be theirs, and the mail
must prove it (SPF or DKIM aligned with their domain, see core/authentication); what
claims to be theirs and cannot prove it is held for coordinators and never relayed.
Anything else, including a volunteer's own out-of-office reply, is accepted and
dropped silently (no bounce, so no backscatter towards a forged sender). The first
volunteer who answers owns the conversation; a second volunteer's answer is held
back and they are told why.

What reaches the help-seeker is rebuilt from the volunteer's text alone, with
the signature, the theme tags, the volunteer's names and addresses, and the
forward's own note to volunteers taken out.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage

from mailhandler.core import aliases
from mailhandler.core.authentication import domain_of, volunteer_verdict
from mailhandler.core.compose import Outgoing, compose
from mailhandler.core.decision import (
    AnswerChange,
    ContactChange,
    ConversationView,
    Decision,
    InboxState,
    Link,
    Mail,
    VolunteerView,
)
from mailhandler.core.duty import take_commands
from mailhandler.core.message import header
from mailhandler.core.relay import (
    DETAIL_PLACEHOLDER,
    RelayedBody,
    Replacement,
    answer_body,
    header_identity,
)
from mailhandler.core.retention import answer_bucket
from mailhandler.core.scrub import Identity, scrub_text
from mailhandler.core.scrub.subject_tags import without_forward_tags, without_tool_tags
from mailhandler.handlers import Settings
from mailhandler.handlers.notices import notice
from mailhandler.handlers.parsed import ParsedMail
from mailhandler.handlers.seeker import MACHINE_RULES
from mailhandler.store.conversations import HELD_NOTICE, OTHER_ALIAS_NOTICE, VolunteerSnapshot
from mailhandler.store.repository import Envelope
from mailhandler.texts import Texts

# A volunteer answers a help-seeker by hand: a mail that only asks not to be answered
# automatically (Exchange's out-of-office says X-Auto-Response-Suppress and Precedence:
# bulk, without Auto-Submitted) is no answer either, and must not reach the help-seeker.
ANSWERED_BY_NO_ONE = MACHINE_RULES | {"list-header", "precedence", "auto-response-suppress",
                                      "x-loop"}


class HeldAnswer(Decision):
    """An answer held for the coordinators: it failed authentication (quarantined).

    A decision of its own type, so the store records the fact (inbound.held_answer) that
    `status` counts, instead of anything reading the outcome text back."""


def _sender_volunteer(mail: ParsedMail, snap: VolunteerSnapshot) -> VolunteerView | None:
    """The registered volunteer who sent this, judged by envelope sender AND From."""
    volunteer = snap.sender
    if volunteer is None or set(mail.from_addresses) != {volunteer.address}:
        return None
    return volunteer


def _note_openings(settings: Settings, conv: ConversationView) -> frozenset[str]:
    """The first line of the forward's note to volunteers, in both its forms and in every
    language: a helpline that changed its language still has forwards in the old one."""
    hl = settings.cfg.helpline
    openings: set[str] = set()
    for texts in settings.texts.languages():
        for is_new in (True, False):
            _, note = texts.mail(
                "forward_note", helpline=hl.name, helpline_address=hl.address,
                pseudonym=conv.pseudonym, new=is_new, themes=list(settings.cfg.themes),
                attachments=0, withheld=0, outcomes=[])
            openings.update(line.strip() for line in note.splitlines()[:1])
    return frozenset(openings)


def volunteer_identity(message: EmailMessage, envelope: Envelope, volunteer_address: str,
                       nickname: str, alias: str) -> Identity:
    """The volunteer's addresses and names, from every header that names them, their
    registration and the envelope; the conversation's alias with them (quoted history
    names it). The pseudonym and the alias's display name are not names to replace: the
    helpline's name must not stand where a volunteer wrote the pseudonym."""
    return header_identity(message, extra_addresses=(volunteer_address, envelope.mail_from,
                                                     alias), extra_names=(nickname,))


def answer_content(message: EmailMessage, envelope: Envelope, volunteer_address: str,
                   nickname: str, alias: str, pseudonym: str, helpline_name: str,
                   helpline_address: str, domain: str, note_openings: frozenset[str],
                   texts: Texts) -> tuple[RelayedBody, str]:
    """The cleaned body and subject of an answer: what the help-seeker may see of it.

    Pure (no database): the benchmark of tests/benchmarks/relay_text runs exactly this.
    """
    who = volunteer_identity(message, envelope, volunteer_address, nickname, alias)
    body = answer_body(message, Replacement(who, helpline_address, helpline_name), domain,
                       note_openings, texts.phrase("removed_signature"), pseudonym,
                       attachment_stem=texts.phrase("attachment_name"))
    if body.withheld:
        # The help-seeker learns that something was held back, in one neutral line.
        withheld = texts.phrase("attachment_withheld")
        body = replace(body, text=f"{body.text.rstrip()}\n\n{withheld}\n")
    subject = without_tool_tags(without_forward_tags(header(message, "Subject"), pseudonym))
    subject = scrub_text(subject, body.who or who, helpline_address, helpline_name,
                         DETAIL_PLACEHOLDER)
    return body, subject


def compose_answer(body: RelayedBody, subject: str, helpline_name: str, from_address: str,
                   seeker_address: str, message_id: str, bounce_address: str, date: datetime,
                   language: str, in_reply_to: str | None,
                   references: tuple[str, ...]) -> Outgoing:
    """The help-seeker's mail: from the helpline, the cleaned text, real attachments."""
    return compose(
        kind="reply", envelope_from=bounce_address, from_name=helpline_name,
        from_address=from_address, to_address=seeker_address, subject=subject,
        text=body.text, attachments=body.attachments, message_id=message_id, date=date,
        language=language, in_reply_to=in_reply_to, references=references,
    )


def _thread_under_seeker(snap: VolunteerSnapshot) -> tuple[str | None, tuple[str, ...]]:
    """In-Reply-To and References in the help-seeker's terms: their own Message-IDs."""
    in_reply_to = snap.replied_to
    if in_reply_to is None and snap.seeker_ids:
        in_reply_to = snap.seeker_ids[-1]
    return in_reply_to, snap.seeker_ids[-10:]


HELD_NOTICE_INTERVAL = timedelta(hours=1)


def _answer_has_words(text: str, removed_signature_note: str) -> bool:
    """Whether `text` holds anything to read besides the note that a signature went."""
    return any(char.isalnum() for char in text.replace(removed_signature_note, ""))


def _lately(last: datetime | None, now: datetime) -> bool:
    return last is not None and now - last < HELD_NOTICE_INTERVAL


def decide_volunteer_reply(settings: Settings, mail: ParsedMail, snap: VolunteerSnapshot,
                           now: datetime) -> Decision:
    """A mail to a conversation alias: relay it, hold it or drop it. Pure: no database."""
    hl = settings.cfg.helpline
    conv = snap.conversation
    if not snap.alias_found or conv is None:
        return Decision(InboxState.DONE, "dropped:unknown-alias")
    if snap.alias_revoked:
        # Its volunteer was removed: whatever comes to it now reaches nobody.
        return Decision(InboxState.DONE, "dropped:revoked-alias", conv)
    volunteer = _sender_volunteer(mail, snap)
    if volunteer is None or (conv.kind == "privacy" and not volunteer.coordinator):
        return Decision(InboxState.DONE, "dropped:stranger", conv)

    def tell(template: str, **context: object) -> Mail:
        return Mail(notice(settings, template, volunteer.address, now,
                           pseudonym=conv.pseudonym, **context))

    refused = volunteer_verdict(mail.auth, domain_of(volunteer.address), volunteer.unaligned_ok)
    if snap.alias_volunteer_id is not None and snap.alias_volunteer_id != volunteer.id:
        # Another volunteer's alias: it speaks for the one it was given to, nobody else.
        # Only a proven sender is told (once an hour), so a forger cannot make us mail them.
        if refused is None and not _lately(snap.last_other_alias_notice, now):
            return Decision(InboxState.DONE, "dropped:not-their-alias", conv,
                            mails=(tell("notice_not_your_alias"),),
                            memos=(OTHER_ALIAS_NOTICE + volunteer.address,))
        return Decision(InboxState.DONE, "dropped:not-their-alias", conv)
    if refused is not None:
        # Kept where coordinators look, never relayed; the genuine volunteer is told once
        # an hour that something in their name was held: if it was them, their provider
        # needs an exception; if not, someone tried.
        if not _lately(snap.last_held_notice, now):
            return HeldAnswer(InboxState.QUARANTINED, f"auth-held:{refused}", conv,
                            mails=(tell("notice_held"),),
                            memos=(HELD_NOTICE + volunteer.address,))
        return HeldAnswer(InboxState.QUARANTINED, f"auth-held:{refused}", conv)
    if mail.automatic in ANSWERED_BY_NO_ONE:
        # A volunteer's out-of-office must never reach the help-seeker.
        return Decision(InboxState.DONE, f"dropped:automatic:{mail.automatic}", conv)
    if conv.owner_id is not None and conv.owner_id != volunteer.id:
        return Decision(InboxState.DONE, "held:not-owner", conv, mails=(tell("notice_taken"),))

    alias = hl.aliases.address(mail.alias_token or "")
    body, subject = answer_content(
        mail.message, mail.envelope, volunteer.address, volunteer.nickname, alias,
        conv.pseudonym, hl.name, hl.address, hl.domain, _note_openings(settings, conv),
        settings.texts)
    text, commands = take_commands(body.text)  # #teruggeven, #sluiten (core/duty)
    body = replace(body, text=text) if commands else body
    # An answer of nothing but commands (and theme tags) sends the help-seeker nothing.
    relay = not (commands and not body.text.strip() and not body.attachments)
    # An answer of which cleaning left none of the volunteer's words (all of it read as
    # quoted history, a forward or a signature) would reach the help-seeker as an empty
    # mail while the volunteer believes they answered. It is not sent; the volunteer is told,
    # so they can write it again (their mail is kept like any other).
    empty = not commands and not body.attachments and not body.withheld \
        and not _answer_has_words(body.text, settings.texts.phrase("removed_signature"))
    relay = relay and not empty
    mails: list[Mail] = []
    if relay:
        in_reply_to, references = _thread_under_seeker(snap)
        message_id = aliases.new_message_id(hl.domain)
        mails.append(Mail(compose_answer(
            body, subject, hl.name, hl.address if conv.kind == "help" else hl.privacy_address,
            snap.seeker_address, message_id, hl.aliases.bounce_address(message_id),
            settings.local(now), hl.language, in_reply_to, references,
        ), Link("seeker")))
    if empty:
        mails.append(tell("notice_answer_empty", themes_only=bool(body.themes)))
    if body.removed_lines and relay:
        # More than names went (lines of a signature block): the volunteer sees exactly
        # what the help-seeker received, so a wrongly removed line can be sent again.
        mails.append(tell("notice_answer_cleaned", removed_lines=body.removed_lines,
                          sent_text=body.text))
    # Theme keys come lowercased; they are stored as the configuration spells them.
    theme_keys = {t.lower(): t for t in settings.cfg.themes}
    unknown = [t for t in body.themes if t not in theme_keys]
    if unknown:
        # Never dropped silently: the volunteer learns which keys did not count.
        mails.append(tell("notice_unknown_theme", unknown_themes=unknown,
                          themes=list(settings.cfg.themes)))
    change = None
    if snap.contact is not None:
        known = [theme_keys[t] for t in body.themes if t in theme_keys]
        change = ContactChange(
            messages_out=1 if relay else 0,
            themes=",".join(dict.fromkeys([t for t in snap.contact.themes.split(",") if t]
                                          + known)),
            first_answer=(answer_bucket(conv.created_at, now)
                          if relay and snap.contact.first_answer is None else None))
    outcome = "relayed" if relay else "held:empty-answer" if empty \
        else "duty:" + ",".join(sorted(commands))
    return Decision(InboxState.DONE, outcome, conv, mails=tuple(mails), touch=True,
                    contact=change,
                    claim_owner=volunteer.id if conv.owner_id is None else None,
                    answer=AnswerChange(volunteer.id, commands, relay))
