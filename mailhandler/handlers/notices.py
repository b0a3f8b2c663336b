"""The helpline's own notices to volunteers and coordinators.

Notices are machine mail about the helpline's work: from the helpline, with the
null sender and `Auto-Submitted: auto-generated`, so no autoresponder answers
them, and with nothing in them but pseudonyms and counts. One exception, on purpose:
`notice_answer_cleaned` quotes a volunteer's own answer back to them as the help-seeker
received it (names replaced, signature removed), so they can see what was taken out.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mailhandler.core import aliases
from mailhandler.core.compose import Outgoing, compose
from mailhandler.handlers import Context, Settings
from mailhandler.store.inbox import Transaction


def notice(settings: Settings, template: str, to_address: str, now: datetime,
           **context: Any) -> Outgoing:
    """templates/<language>/<template>.txt.j2 for one volunteer or coordinator, composed."""
    hl = settings.cfg.helpline
    subject, text = settings.texts.mail(template, helpline=hl.name, **context)
    return compose(
        kind="notice", envelope_from="", from_name=hl.name, from_address=hl.address,
        to_address=to_address, subject=subject, text=text,
        message_id=aliases.new_message_id(hl.domain), date=settings.local(now),
        language=hl.language, automatic="auto-generated",
    )


def notify(ctx: Context, s: Transaction, template: str, to_address: str,
           conversation_id: int | None, now: datetime, **context: Any) -> None:
    """Queue a notice in the caller's transaction (for code that still writes as it goes)."""
    ctx.store.enqueue(s, notice(ctx.settings, template, to_address, now, **context),
                      conversation_id)
