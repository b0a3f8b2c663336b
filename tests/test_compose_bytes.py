"""Plain-text mail written straight to bytes is the very mail the email package writes.

core/compose writes a mail without HTML or attachments itself and leaves other
headers and bodies to the email package; the privacy rules (no header of ours spans
lines, nothing outside reaches a header as an encoded word) are the package's output
checked, so the fast way must give the same bytes, for ordinary and for hostile values.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from mailhandler.core import compose as composing
from mailhandler.core.compose import compose

NAMES = ["Lumi", "K7Q2MX via Lumi", "", "Lumi vzw.", 'Zeg "hoi"', "Émile via Lumi",
         "O'Brien via Lumi", "a" * 90, "x=?utf-8?q?y?=", "Lumi (hulplijn)", "Lumi,  team",
         "name\r\nBcc: evil@bad.example", "tab\there"]
ADDRESSES = ["hulp@lumi.example", "k7q2mx.a1b2@alias.lumi.example", "weird+tag@b.example",
             '"quoted local"@b.example', "o'brien@b.example", "a.b-c_d@sub.dom.example",
             "x@bücher.example", "l" * 60 + "@long.example"]
SUBJECTS = ["Je bericht is aangekomen", "[Lumi] Een vraag", "", "  spaces   between  ",
            "héél verdrietig", "=?UTF-8?Q?x=0D=0ABcc:_a@b?=", "line\nbreak\r\nBcc: x@y.example",
            "een lange onderwerpregel die zeker niet op een regel van 78 tekens past, echt niet",
            "emoji 😭 in het onderwerp", "tab\tin subject", "Re: Re: Fwd: hoi"]
TEXTS = ["Hallo\n", "Hallo", "Héllo daar\nregel twee\n", "a" * 200 + "\n",
         "é" * 100 + "\n", "crlf\r\nlines\r\n", "lone\rcr\n", "From the start\n",
         "\n\n\n", "trailing spaces   \n", "tab\tand\x0bcontrol\x00\n", "😭" * 30 + "\n",
         "\n".join(f"regel {i} met wat tekst erin" for i in range(40)) + "\n",
         ". a dot line\n.\n"]
DATES = [datetime(2026, 12, 6, 1, 0, tzinfo=UTC),
         datetime(2026, 7, 1, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))]


def _both(monkeypatch: pytest.MonkeyPatch, **kwargs: object) -> tuple[object, object]:
    """(fast, object model): each a mail's bytes, or the exception it raised."""
    results = []
    for fast in (True, False):
        if not fast:
            monkeypatch.setattr(composing, "_plain_bytes", lambda headers, text: None)
        try:
            results.append(compose(**kwargs).data)  # type: ignore[arg-type]
        except ValueError as exc:
            results.append(f"{type(exc).__name__}: {exc}")
    monkeypatch.undo()
    return results[0], results[1]


def _kwargs(i: int) -> dict[str, object]:
    return dict(
        kind="forward", envelope_from="", from_name=NAMES[i % len(NAMES)],
        from_address=ADDRESSES[i % len(ADDRESSES)],
        to_address=ADDRESSES[(i * 3 + 1) % len(ADDRESSES)],
        reply_to=ADDRESSES[(i + 2) % len(ADDRESSES)] if i % 3 else None,
        reply_to_name=NAMES[(i * 5) % len(NAMES)],
        subject=SUBJECTS[i % len(SUBJECTS)], text=TEXTS[i % len(TEXTS)],
        message_id=f"<m{i}.abc@lumi.example>", date=DATES[i % len(DATES)], language="nl",
        in_reply_to=["<a@b.example>", None, "<bad id>", "<x=?y@b.example>"][i % 4],
        references=tuple(f"<ref{j}.{i}@senders.example>" for j in range(i % 12)),
        automatic="auto-replied" if i % 2 else None,
        loop_markers=(("other@relay.example",), (), ("a@b.example", "x=?@y.example"))[i % 3],
    )


@pytest.mark.parametrize("i", range(300))
def test_a_plain_mail_is_the_same_bytes_either_way(monkeypatch: pytest.MonkeyPatch,
                                                   i: int) -> None:
    fast, model = _both(monkeypatch, **_kwargs(i))
    assert fast == model


def test_ordinary_confirmations_and_forwards_take_the_fast_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes | None] = []
    real = composing._plain_bytes

    def spy(headers: list[tuple[str, object]], text: str) -> bytes | None:
        calls.append(real(headers, text))
        return calls[-1]

    monkeypatch.setattr(composing, "_plain_bytes", spy)
    compose(kind="confirmation", envelope_from="", from_name="Lumi",
            from_address="hulp@lumi.example", to_address="young@senders.example",
            subject="Je bericht is aangekomen", text="Dag,\n\nWe lezen je mail.\n",
            message_id="<c1@lumi.example>", date=DATES[0], language="nl",
            in_reply_to="<a@senders.example>", references=("<a@senders.example>",),
            automatic="auto-replied")
    assert calls and calls[-1] is not None
    assert b"\r\nContent-Transfer-Encoding: 7bit\r\n" in calls[-1]


def test_a_header_that_would_break_a_line_is_refused_both_ways(
        monkeypatch: pytest.MonkeyPatch) -> None:
    kwargs = _kwargs(0)
    kwargs["to_address"] = "a@b.example, c@d.example"
    fast, model = _both(monkeypatch, **kwargs)
    assert fast == model == "ValueError: not a single address"
