"""The time budget of one step for one mail (runners/incoming.py, STEP_SECONDS).

The slow input is real, not a patched function: a Word document of under 1 MB that
unpacks to 200 MB of XML, whose cleaning takes about 25 s (more on a busy machine). With
a budget of one second, its step is undone and the mail quarantined, kept whole for the
coordinators; the mail behind it is processed as usual.
"""

from __future__ import annotations

import base64
import io
import signal
import zipfile

from sqlalchemy import select

from mailhandler import transcripts
from mailhandler.handlers import Context
from mailhandler.runners.incoming import process_pending
from mailhandler.store.models import InboundMail, OutboxItem
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE

SLOW_SEEKER = "robin@seeker.example"
NEXT_SEEKER = "noor@seeker.example"


def _docx_that_unpacks_to(megabytes: int) -> bytes:
    """A valid docx whose one paragraph is repeated until the XML is `megabytes` long."""
    paragraph = "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    body = paragraph * (megabytes * 1024 * 1024 // len(paragraph))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as docx:
        docx.writestr("[Content_Types].xml",
                      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                      'package/2006/content-types"><Default Extension="xml" ContentType='
                      '"application/xml"/></Types>')
        docx.writestr("word/document.xml",
                      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats'
                      f'.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def _mail_with_document(sender: str) -> bytes:
    document = base64.encodebytes(_docx_that_unpacks_to(200)).decode()
    return (f"From: Robin <{sender}>\nTo: {HELPLINE}\nSubject: mijn verslag\n"
            "Message-ID: <verslag@seeker.example>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=B\n\n"
            "--B\nContent-Type: text/plain; charset=utf-8\n\nHier is mijn verslag.\n"
            "--B\nContent-Type: application/vnd.openxmlformats-officedocument."
            "wordprocessingml.document; name=verslag.docx\n"
            "Content-Disposition: attachment; filename=verslag.docx\n"
            f"Content-Transfer-Encoding: base64\n\n{document}--B--\n").encode()


def test_a_mail_past_its_time_budget_is_quarantined_whole_and_the_next_goes_on(
        context: Context) -> None:
    store = context.store
    raw = _mail_with_document(SLOW_SEEKER)
    assert len(raw) < 1024 * 1024  # within what the daemon takes in by default, many times
    slow_id = store.accept(raw, Envelope(SLOW_SEEKER, (HELPLINE,)), "smtp")
    next_id = store.accept(
        f"From: Noor <{NEXT_SEEKER}>\nTo: {HELPLINE}\nSubject: vraag\n"
        "Message-ID: <vraag@seeker.example>\n\nIk heb een vraag.\n".encode(),
        Envelope(NEXT_SEEKER, (HELPLINE,)), "smtp")
    alarm_before = signal.getsignal(signal.SIGALRM)

    process_pending(context, step_seconds=1.0)

    with store.transaction() as s:
        slow = s.get(InboundMail, slow_id)
        following = s.get(InboundMail, next_id)
        assert slow is not None and following is not None
        # Confirmed (the quick first step), then its forward step ran out of time.
        assert (slow.status, slow.outcome) == ("quarantined", "forward too slow")
        assert following.status == "done" and "forwarded:1" in (following.outcome or "")
        forwards = s.scalars(select(OutboxItem).where(OutboxItem.kind == "forward")).all()
        assert len(forwards) == 1, "only the mail behind it is forwarded (to one volunteer)"
        assert slow.conversation_id not in {item.conversation_id for item in forwards}
        s.expunge(slow)
    # Never lost: kept as received, and listed for the coordinators.
    assert store.open_inbound(slow)[0] == raw
    assert slow_id in [row[0] for row in transcripts.quarantined(store)]
    # The timer is gone with the step: nothing else in the process gets its signal.
    assert signal.getsignal(signal.SIGALRM) == alarm_before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
