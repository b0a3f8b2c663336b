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

from sqlalchemy.orm import Session

from mailhandler.core import aliases
from mailhandler.core.authentication import AuthResults, domain_of, volunteer_verdict
from mailhandler.core.compose import Outgoing, compose
from mailhandler.core.message import addresses, header, referenced_ids
from mailhandler.core.relay import (
    DETAIL_PLACEHOLDER,
    RelayedBody,
    Replacement,
    answer_body,
    header_identity,
)
from mailhandler.core.retention import answer_bucket
from mailhandler.core.scrub import Identity, scrub_text
from mailhandler.handlers import Context, Result, duty
from mailhandler.handlers.notices import notify
from mailhandler.handlers.seeker import MACHINE_RULES
from mailhandler.store.models import Contact, Conversation, Volunteer
from mailhandler.store.repository import Envelope
from mailhandler.texts import Texts


def _sender_volunteer(ctx: Context, s: Session, message: EmailMessage,
                      envelope: Envelope) -> Volunteer | None:
    """The registered volunteer who sent this, judged by envelope sender AND From."""
    if not envelope.mail_from:
        return None
    volunteer = ctx.store.volunteer_by_address(s, envelope.mail_from)
    from_addresses = {addr for _, addr in addresses(message, "From")}
    if volunteer is None or from_addresses != {volunteer.address}:
        return None
    return volunteer


def _note_openings(ctx: Context, conv: Conversation) -> frozenset[str]:
    """The first line of the forward's note to volunteers, in both its forms and in every
    language: a helpline that changed its language still has forwards in the old one."""
    hl = ctx.cfg.helpline
    openings: set[str] = set()
    for texts in ctx.texts.languages():
        for is_new in (True, False):
            _, note = texts.mail(
                "forward_note", helpline=hl.name, helpline_address=hl.address,
                pseudonym=conv.pseudonym, new=is_new, themes=list(ctx.cfg.themes),
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
    subject = header(message, "Subject").replace(f"[{pseudonym}]", "")
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


def _thread_under_seeker(ctx: Context, s: Session, conv: Conversation,
                         message: EmailMessage) -> tuple[str | None, tuple[str, ...]]:
    """In-Reply-To and References in the help-seeker's terms: their own Message-IDs."""
    seeker_ids: list[str] = []
    for link in ctx.store.links(s, conv, "volunteer"):
        their = ctx.store.their_message_id(link)
        if their and their not in seeker_ids:
            seeker_ids.append(their)
    in_reply_to = None
    found = ctx.store.conversation_of_reply(s, referenced_ids(message), side="volunteer")
    if found is not None and found[0].id == conv.id:
        in_reply_to = ctx.store.their_message_id(found[1])
    if in_reply_to is None and seeker_ids:
        in_reply_to = seeker_ids[-1]
    return in_reply_to, tuple(seeker_ids[-10:])


HELD_NOTICE_INTERVAL = timedelta(hours=1)


def _hold(ctx: Context, s: Session, conv: Conversation, volunteer: Volunteer, why: str,
          now: datetime) -> Result:
    """Keep an answer that failed authentication where coordinators look, never relay it,
    and tell the genuine volunteer once (an hour) that something in their name was held:
    if it was them, their provider needs an exception; if not, someone tried."""
    if ctx.store.may_confirm(s, f"held-notice:{volunteer.address}", HELD_NOTICE_INTERVAL, now):
        notify(ctx, s, "notice_held", volunteer.address, conv.id, now,
               pseudonym=conv.pseudonym)
    return Result(f"auth-held:{why}", conv.pseudonym, conv.id)


def handle_volunteer_reply(ctx: Context, s: Session, message: EmailMessage, envelope: Envelope,
                           token: str, automatic: str | None, now: datetime,
                           auth: AuthResults) -> Result:
    hl = ctx.cfg.helpline
    alias_row = (ctx.store.alias_by_lookup(s, aliases.token_lookup(hl.secret, token))
                 if aliases.token_is_authentic(hl.secret, token) else None)
    conv = s.get(Conversation, alias_row.conversation_id) if alias_row is not None else None
    if alias_row is None or conv is None:
        return Result("dropped:unknown-alias")
    if alias_row.revoked_at is not None:
        # Its volunteer was removed: whatever comes to it now reaches nobody.
        return Result("dropped:revoked-alias", conv.pseudonym, conv.id)
    volunteer = _sender_volunteer(ctx, s, message, envelope)
    if volunteer is None or (conv.kind == "privacy" and not volunteer.coordinator):
        return Result("dropped:stranger", conv.pseudonym, conv.id)
    refused = volunteer_verdict(auth, domain_of(volunteer.address),
                                bool(volunteer.unaligned_ok))
    if alias_row.volunteer_id is not None and alias_row.volunteer_id != volunteer.id:
        # Another volunteer's alias: it speaks for the one it was given to, nobody else.
        # Only a proven sender is told (once an hour), so a forger cannot make us mail them.
        if refused is None and ctx.store.may_confirm(
                s, f"other-alias-notice:{volunteer.address}", HELD_NOTICE_INTERVAL, now):
            notify(ctx, s, "notice_not_your_alias", volunteer.address, conv.id, now,
                   pseudonym=conv.pseudonym)
        return Result("dropped:not-their-alias", conv.pseudonym, conv.id)
    if refused is not None:
        return _hold(ctx, s, conv, volunteer, refused, now)
    if automatic in MACHINE_RULES:
        # A volunteer's out-of-office must never reach the help-seeker.
        return Result(f"dropped:automatic:{automatic}", conv.pseudonym, conv.id)
    if not ctx.store.claim_ownership(s, conv, volunteer.id):
        notify(ctx, s, "notice_taken", volunteer.address, conv.id, now,
               pseudonym=conv.pseudonym)
        return Result("held:not-owner", conv.pseudonym, conv.id)

    alias = aliases.alias_address(token, hl.domain)
    body, subject = answer_content(
        message, envelope, volunteer.address, volunteer.nickname, alias, conv.pseudonym,
        hl.name, hl.address, hl.domain, _note_openings(ctx, conv), ctx.texts)
    body, commands = duty.take_answer_commands(body)  # #teruggeven, #sluiten (handlers/duty)
    # An answer of nothing but commands (and theme tags) sends the help-seeker nothing.
    relay = not (commands and not body.text.strip() and not body.attachments)

    if relay:
        in_reply_to, references = _thread_under_seeker(ctx, s, conv, message)
        message_id = aliases.new_message_id(hl.domain)
        ctx.store.enqueue(s, compose_answer(
            body, subject, hl.name, hl.address if conv.kind == "help" else hl.privacy_address,
            ctx.store.seeker_address(conv), message_id,
            aliases.bounce_address(message_id, hl.domain), ctx.local(now), hl.language,
            in_reply_to, references,
        ), conv.id)
        ctx.store.link(s, conv, message_id, side="seeker")

    if body.removed_lines and relay:
        # More than names went (lines of a signature block): the volunteer sees exactly
        # what the help-seeker received, so a wrongly removed line can be sent again.
        notify(ctx, s, "notice_answer_cleaned", volunteer.address, conv.id, now,
               pseudonym=conv.pseudonym, removed_lines=body.removed_lines,
               sent_text=body.text)
    conv.last_activity_at = now
    # Theme keys come lowercased; they are stored as the configuration spells them.
    theme_keys = {t.lower(): t for t in ctx.cfg.themes}
    unknown = [t for t in body.themes if t not in theme_keys]
    if unknown:
        # Never dropped silently: the volunteer learns which keys did not count.
        notify(ctx, s, "notice_unknown_theme", volunteer.address, conv.id, now,
               pseudonym=conv.pseudonym, unknown_themes=unknown, themes=list(ctx.cfg.themes))
    contact = s.get(Contact, conv.contact_id) if conv.contact_id else None
    if contact is not None:
        known = [theme_keys[t] for t in body.themes if t in theme_keys]
        contact.themes = ",".join(dict.fromkeys([t for t in contact.themes.split(",") if t]
                                                + known))
        if relay:
            contact.messages_out += 1
            if contact.first_answer is None:
                contact.first_answer = answer_bucket(conv.created_at, now)
    duty.after_answer(ctx, s, conv, volunteer, commands, relayed=relay, now=now)
    if not relay:
        return Result("duty:" + ",".join(sorted(commands)), conv.pseudonym, conv.id)
    return Result("relayed", conv.pseudonym, conv.id)
