"""Urgent mail and blocked senders, as the seeker handler applies them.

Urgent: a help-seeker's mail holding an urgent phrase (core/urgent) flags its
conversation; its forwards say so in the subject, and a copy goes at once to the
coordinators on duty, composed like every forward (the relay's cleaning: no word of the
sender's identity). Every confirmation names where to turn when it cannot wait, and,
outside the hours mail is read, says when it will be.

Blocked: a sender a coordinator blocked (store/blocks) gets no confirmation and their
mail reaches no volunteer; it is stored as always. When such a mail is urgent, the
coordinators still get their copy: a block protects volunteers from harassment, it does
not silence someone in danger. Whether a block holds is read with the decision's
snapshot (store/conversations); everything here is pure.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from typing import Any

from mailhandler.core import reading_hours
from mailhandler.core.decision import VolunteerView
from mailhandler.core.message import body_text, header
from mailhandler.core.urgent import is_urgent
from mailhandler.handlers import Settings
from mailhandler.urgent_phrases import crisis_lines, phrase_list


def _crisis_texts(settings: Settings) -> list[str]:
    """The crisis lines of every language, and the configured one: never urgent themselves."""
    folder = settings.texts.folder
    texts = [crisis_lines(folder, t.language) for t in settings.texts.languages()]
    if settings.cfg.urgent.crisis_lines:
        texts.append(settings.cfg.urgent.crisis_lines)
    return texts


def mail_is_urgent(settings: Settings, message: EmailMessage) -> bool:
    """Whether the mail's subject or text (HTML made text) holds an urgent phrase."""
    if not settings.cfg.urgent.detect:
        return False
    phrases = phrase_list(settings.texts.folder, settings.cfg.urgent.phrases)
    return is_urgent(header(message, "Subject"), body_text(message), phrases,
                     _crisis_texts(settings))


def coordinators_on_duty(team: tuple[VolunteerView, ...]) -> list[VolunteerView]:
    """Every coordinator of the team: who is on duty when the snapshot has no duty plan
    (store/duty.forward_plan says who is on duty, all of them when none is)."""
    return [v for v in team if v.coordinator]


def with_urgency(usual: list[VolunteerView], coordinators: list[VolunteerView], urgent: bool,
                 blocked: bool) -> list[VolunteerView]:
    """Who gets this mail's forward: the coordinators on duty first when it is urgent,
    then the usual recipients unless the sender is blocked; each once."""
    chosen = list(coordinators) if urgent else []
    if not blocked:
        chosen += usual
    return list({v.id: v for v in chosen}.values())  # each once, in this order


def confirmation_context(settings: Settings, now: datetime) -> dict[str, Any]:
    """What a confirmation adds: the crisis lines, and when mail is read again if not now."""
    hl = settings.cfg.helpline
    local = settings.local(now)
    windows = settings.cfg.urgent.reading_hours
    upcoming = reading_hours.next_reading(local, windows)
    out_of_hours = upcoming is not None and upcoming != local
    return {
        "crisis_lines": settings.cfg.urgent.crisis_lines or crisis_lines(settings.texts.folder,
                                                                        hl.language),
        "out_of_hours": out_of_hours,
        "reading_day": upcoming.weekday() if out_of_hours and upcoming else 0,
        "reading_time": upcoming.strftime("%H:%M") if out_of_hours and upcoming else "",
        "reading_today": bool(out_of_hours and upcoming and upcoming.date() == local.date()),
    }
