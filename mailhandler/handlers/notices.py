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

from sqlalchemy.orm import Session

from mailhandler.core import aliases
from mailhandler.core.compose import compose
from mailhandler.handlers import Context


def notify(ctx: Context, s: Session, template: str, to_address: str,
           conversation_id: int | None, now: datetime, **context: Any) -> None:
    """Queue templates/<language>/<template>.txt.j2 for one volunteer or coordinator."""
    hl = ctx.cfg.helpline
    subject, text = ctx.texts.mail(template, helpline=hl.name, **context)
    ctx.store.enqueue(s, compose(
        kind="notice", envelope_from="", from_name=hl.name, from_address=hl.address,
        to_address=to_address, subject=subject, text=text,
        message_id=aliases.new_message_id(hl.domain), date=ctx.local(now),
        language=hl.language, automatic="auto-generated",
    ), conversation_id)
