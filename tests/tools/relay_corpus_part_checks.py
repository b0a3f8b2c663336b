"""Checks of one part of a held-out relay-text set, shared by the parts' label tests.

Each part (seeker-nl, seeker-mixed, volunteer) of each held-out set has its own label test; what
those tests check the same way lives here, parametrised by the part (its folder, generator, header,
shape prefix, file-name pattern) and by the figures its brief promised. Each label test keeps what
is particular to its part: its table of new shapes, its promised size and spread, its own checks.
What only the whole set can show is in relay_corpus_set_checks.py.
"""

from __future__ import annotations

import email
import email.policy
import importlib
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType

from tests.tools.relay_corpus_check import check_set, decoded
from tests.tools.relay_corpus_heldout import SHAPES, Case, Rendered, Shape
from tests.tools.relay_corpus_set_checks import (
    ISSUE_NAMES,
    check_part_is_what_its_generator_renders,
)

HELPLINE = "hulp@lumi.example"


def strs(value: object) -> list[str]:
    """A label's list field as strings ([] when the field is not a list)."""
    return [str(item) for item in value] if isinstance(value, list) else []


def whole(item: str, text: str) -> bool:
    """`item` stands in `text` as a whole word (case-folded)."""
    return re.search(rf"(?<!\w){re.escape(item.casefold())}(?!\w)", text.casefold()) is not None


@dataclass(frozen=True)
class LabelledPart:
    """One part of a held-out set: its generator module (OUT, HEADER, EXTRA_SHAPES, build), the
    module of its hand-written cases, the key prefix of its own client shapes and the pattern its
    file names follow."""

    generator: ModuleType
    cases_module: str
    prefix: str
    file_pattern: str

    @property
    def out(self) -> Path:
        return Path(self.generator.OUT)

    @property
    def header(self) -> str:
        return str(self.generator.HEADER)

    @property
    def build(self) -> Callable[[], list[Rendered]]:
        build: Callable[[], list[Rendered]] = self.generator.build
        return build

    @property
    def extra_shapes(self) -> dict[str, Shape]:
        shapes: dict[str, Shape] = self.generator.EXTRA_SHAPES
        return shapes

    def cases(self) -> Sequence[Case]:
        cases: Sequence[Case] = importlib.import_module(self.cases_module).CASES
        return cases

    def labels(self) -> dict[str, dict[str, object]]:
        return tomllib.loads((self.out / "labels.toml").read_text(encoding="utf-8"))

    def message(self, name: str) -> EmailMessage:
        msg = email.message_from_bytes((self.out / name).read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg

    def types(self, name: str) -> list[str]:
        """The content types of the mail's leaves."""
        return [p.get_content_type() for p in self.message(name).walk() if not p.is_multipart()]

    def reader(self, name: str) -> str:
        return decoded(self.message(name))[0]

    def headers(self, name: str) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self.message(name).items())

    def with_tag(self, tag: str) -> list[str]:
        return [name for name, label in self.labels().items() if tag in strs(label["tags"])]

    def tagged(self, tag: str) -> int:
        return len(self.with_tag(tag))

    def tag_counts(self) -> Counter[str]:
        return Counter(t for v in self.labels().values() for t in strs(v["tags"]))


# -- every part -------------------------------------------------------------------------------


def check_labels_agree_with_the_mails(part: LabelledPart) -> None:
    assert check_set(part.out) == []


def check_header_names_the_set_and_part(part: LabelledPart, header_text: str) -> None:
    assert part.header.startswith("# HELD-OUT") and header_text in part.header


def check_files_are_what_the_generator_renders(part: LabelledPart,
                                               header_text: str | None = None) -> None:
    """The folder is what the generator renders (under a header naming set and part if given)."""
    check_part_is_what_its_generator_renders(part.out, part.build, part.header)
    if header_text is not None:
        check_header_names_the_set_and_part(part, header_text)


def check_part_is_one_folder_with_one_labels_file(part: LabelledPart,
                                                  folder: tuple[str, str] | None = None,
                                                  header_text: str | None = None) -> None:
    """One folder, no subfolder, one labels.toml; in the set's folder `folder` (parent, name)
    and under a header naming set and part, if given."""
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in part.out.iterdir() if p.is_dir()] == []
    assert sorted(p.name for p in part.out.iterdir() if p.suffix != ".eml") == ["labels.toml"]
    if folder is not None:
        assert (part.out.parent.name, part.out.name) == folder
    if header_text is not None:
        check_header_names_the_set_and_part(part, header_text)


def check_own_client_shapes_are_prefixed_and_registered(part: LabelledPart) -> None:
    # The shared table is only extended (setdefault): under a plain key, another part's shape of
    # the same name could dress these mails; a shape of this part never replaces anyone else's.
    assert part.extra_shapes
    for key, shape in part.extra_shapes.items():
        assert key.startswith(part.prefix), key
        assert SHAPES[key] is shape, key


def check_cases_use_only_the_shared_shapes_or_their_own(part: LabelledPart) -> None:
    # Never another part's shape: only the shapes of the first two sets' generators and this
    # part's own.
    for case in part.cases():
        assert case.shape.startswith(part.prefix) or not re.match(r"v\d+", case.shape), case.slug


def check_file_names(part: LabelledPart, first_number: int | None = None,
                     number_at: int = 2) -> None:
    """Every file name follows the part's pattern; numbered on from `first_number` if given, by
    the four digits at `number_at`."""
    names = sorted(part.labels())
    for name in names:
        assert re.fullmatch(part.file_pattern, name), name
    if first_number is not None:
        numbers = [int(name[number_at:number_at + 4]) for name in names]
        assert numbers == list(range(first_number, first_number + len(names))), numbers


def check_names_no_one_from_the_issue(part: LabelledPart, places: Sequence[str] = (),
                                      labels_too: bool = False) -> None:
    # The set is worth something only if its people are new: the issue's examples must not recur
    # (in the mails read as strict UTF-8, and with `labels_too` in the labels).
    raw = "\n".join(p.read_text(encoding="utf-8")
                    for p in part.out.glob("*.eml")).casefold()
    texts = [raw]
    if labels_too:
        texts.append((part.out / "labels.toml").read_text(encoding="utf-8").casefold())
    for name in (*ISSUE_NAMES, *places):
        for text in texts:
            assert re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is None, name


# -- help-seekers' parts ------------------------------------------------------------------------


def check_every_mail_is_a_help_seeker_writing_to_the_helpline(part: LabelledPart) -> None:
    for name, label in part.labels().items():
        assert label["direction"] == "seeker", name
        assert "volunteer" not in label and "nickname" not in label, name
        assert str(part.message(name)["To"]) == HELPLINE, name


def check_new_shapes_each_name_what_is_new(part: LabelledPart) -> None:
    # Every mail tagged "new-shape" says which shape with one more tag that no other mail has.
    counts = part.tag_counts()
    for name, label in part.labels().items():
        tags = strs(label["tags"])
        if "new-shape" in tags:
            assert any(counts[t] == 1 for t in tags), name


def check_replies_quote_the_helpline_and_html_only_mails_have_no_text_part(
        part: LabelledPart) -> None:
    for name, label in part.labels().items():
        tags = strs(label["tags"])
        msg = part.message(name)
        types = part.types(name)
        if "reply-with-quote" in tags:
            texts = "\n".join(p.get_content() for p in msg.walk()
                              if p.get_content_maintype() == "text")
            assert msg["In-Reply-To"] and HELPLINE in texts, name
            assert str(msg["Subject"]).lower().startswith("re:"), name
        if "html-only" in tags:
            assert "text/html" in types and "text/plain" not in types, name


def check_no_identity_in_body_content(part: LabelledPart) -> None:
    # "no-identity-in-body": the writer's own words carry no name, address or phone of theirs,
    # so every identity string is in the headers (or a signature), none inside a content span.
    for name, label in part.labels().items():
        if "no-identity-in-body" not in strs(label["tags"]):
            continue
        content = " ".join(strs(label["content"])).casefold()
        for item in strs(label["identity"]):
            assert re.search(rf"(?<!\w){re.escape(item.casefold())}(?!\w)", content) is None, name


def check_own_name_in_text_cases(part: LabelledPart, exclusive: bool = True,
                                 body_and_sig: bool = True, contact: str | None = None) -> None:
    # "own-name-in-text": some identity string sits inside the writer's own text, between the
    # content spans, not only in the headers or the signature. With `exclusive`, no case is both
    # that and "no-identity-in-body"; with `body_and_sig`, "no-identity-in-body" mails have no
    # marked identity in their own text at all and a "signature" case marks one in its signature.
    # With `contact`, a "contact-in-text" case marks an identity matching it in its own text.
    from tests.tools.relay_corpus_heldout import marked_identity

    for case in part.cases():
        if exclusive:
            assert not ("own-name-in-text" in case.tags and "no-identity-in-body" in case.tags)
        if "own-name-in-text" in case.tags:
            assert marked_identity(case.body), case.slug
        if body_and_sig and "no-identity-in-body" in case.tags:
            assert not marked_identity(case.body), case.slug
        if body_and_sig and "signature" in case.tags:
            assert marked_identity(case.sig), case.slug
        if contact is not None and "contact-in-text" in case.tags:
            assert any(re.search(contact, item)
                       for item in marked_identity(case.body)), case.slug


# -- seeker-mixed parts -------------------------------------------------------------------------


def check_ages_from_10_to_19_once_a_mail(part: LabelledPart) -> None:
    labels = part.labels()
    ages = Counter(tag for v in labels.values() for tag in strs(v["tags"])
                   if re.fullmatch(r"age-\d+", tag))
    assert set(ages) == {f"age-{n}" for n in range(10, 20)}, ages
    for name, label in labels.items():  # every mail says whose age it is about, once
        assert len([t for t in strs(label["tags"]) if re.fullmatch(r"age-\d+", t)]) == 1, name


def check_french_regions(part: LabelledPart, regions: Sequence[str], least: int) -> None:
    fr = Counter(tag for v in part.labels().values() if v["language"] == "fr"
                 for tag in strs(v["tags"]))
    for region in regions:
        assert fr[region] >= least, (region, fr[region])


def check_promised_clients(part: LabelledPart, least: int) -> None:
    clients = {str(v["client"]) for v in part.labels().values()}
    assert len(clients) >= least, clients
    used_new = clients & {shape.label for shape in part.extra_shapes.values()}
    assert len(used_new) == len(part.extra_shapes), used_new
    assert all(key.startswith(part.prefix) for key in part.extra_shapes)


def check_every_client_shape_of_the_part_is_used(part: LabelledPart) -> None:
    assert set(part.extra_shapes) <= {case.shape for case in part.cases()}


def check_html_only_mails_have_no_text_part(part: LabelledPart, least: int) -> None:
    names = part.with_tag("html-only")
    assert len(names) >= least
    for name in names:
        types = set(part.types(name))
        assert "text/html" in types and "text/plain" not in types, name


def check_other_accounts(part: LabelledPart, kinds_wanted: Sequence[str]) -> None:
    """Every kind of someone else's account in `kinds_wanted` occurs among "not-own-account"."""
    labels = part.labels()
    kinds = Counter(tag for name in part.with_tag("not-own-account")
                    for tag in strs(labels[name]["tags"]) if tag.endswith("-account"))
    for kind in kinds_wanted:
        assert kinds[kind] >= 1, kinds


def check_the_account_holders_name_in_the_text_is_identity(part: LabelledPart) -> None:
    labels = part.labels()
    for name in part.with_tag("not-own-account"):
        content = " ".join(strs(labels[name]["content"]))
        for item in strs(labels[name]["identity"]):
            assert len(item) < 3 or not whole(item, content), (name, item)
    for name in part.with_tag("account-holder-named"):
        display = str(part.message(name)["From"].addresses[0].display_name)
        named = [i for i in strs(labels[name]["identity"])
                 if len(i) >= 3 and i in display and whole(i, part.reader(name))]
        assert named, name


def check_people_write_for_young_people(part: LabelledPart, adults: int, kids: int,
                                        who: Sequence[str], named: bool = True) -> None:
    assert len(part.with_tag("adult-writes")) >= adults
    assert len(part.with_tag("writes-for-kid")) >= kids
    for tag in who:
        assert part.with_tag(tag), tag
    if named:  # the young person written for is named, and labelled
        labels = part.labels()
        for name in part.with_tag("writes-for-kid"):
            assert any(whole(i, part.reader(name)) for i in strs(labels[name]["identity"])), name


def check_replies_carry_the_helplines_history(part: LabelledPart, least: int) -> None:
    names = part.with_tag("reply-quoted")
    assert len(names) >= least
    for name in names:
        msg = part.message(name)
        assert msg["In-Reply-To"] and str(msg["Subject"]).lower().startswith(("re:", "re :")), name
        assert HELPLINE in part.reader(name), name


def check_contact_details_are_offered_in_the_text(part: LabelledPart, least: int,
                                                  offered: str = r"[\d@._/+-]") -> None:
    names = part.with_tag("contact-offered")
    assert len(names) >= least
    labels = part.labels()
    for name in names:
        reader = part.reader(name)
        items = [i for i in strs(labels[name]["identity"]) if re.search(offered, i)]
        assert any(whole(i, reader) for i in items), name


def check_identity_in_text(part: LabelledPart, least: int) -> None:
    names = part.with_tag("identity-in-text")
    assert len(names) >= least
    labels = part.labels()
    for name in names:
        assert any(whole(i, part.reader(name)) for i in strs(labels[name]["identity"])), name


def check_no_identity_in_the_body(part: LabelledPart, least: int) -> None:
    names = part.with_tag("no-identity-in-body")
    assert len(names) >= least
    labels = part.labels()
    for name in names:
        reader = part.reader(name)
        for item in strs(labels[name]["identity"]):
            assert not whole(item, reader), (name, item)


def check_identity_only_in_headers_is_labelled(part: LabelledPart, least: int) -> None:
    names = part.with_tag("identity-in-header")
    assert len(names) >= least
    labels = part.labels()
    for name in names:
        reader, headers = part.reader(name), part.headers(name)
        hidden = [i for i in strs(labels[name]["identity"])
                  if not whole(i, reader) and i.casefold() in headers.casefold()
                  and i.casefold() not in str(part.message(name)["From"]).casefold()]
        assert hidden, name


def check_pasted_cards_carry_the_writers_name(part: LabelledPart, least: int) -> None:
    # Things pasted from apps and papers: the writer's own name or handle is in them, and labelled.
    labels = part.labels()
    names = [n for n in labels if any(t.startswith("pasted-") for t in strs(labels[n]["tags"]))]
    assert len(names) >= least
    for name in names:
        assert any(whole(i, part.reader(name)) for i in strs(labels[name]["identity"])), name


# -- volunteers' parts --------------------------------------------------------------------------


def check_every_answer_is_a_volunteers_reply_to_its_forward(part: LabelledPart) -> None:
    for name, label in part.labels().items():
        assert re.fullmatch(part.file_pattern, name), name
        assert label["direction"] == "volunteer", name
        msg = part.message(name)
        assert str(msg["To"]).strip() == "{alias}", name
        assert str(msg["In-Reply-To"]).strip() == "{forward_id}", name
        assert str(msg["References"]).strip() == "{forward_id}", name


def check_tags_at_least(part: LabelledPart, present: Collection[str],
                        least: Mapping[str, int]) -> None:
    """Every tag in `present` occurs at least once, every tag in `least` that often."""
    tags = part.tag_counts()
    for tag in present:
        assert tags[tag] >= 1, tag
    for tag, n in least.items():
        assert tags[tag] >= n, (tag, tags[tag])


def check_share_in_new_shapes(part: LabelledPart, new_shapes: Collection[str], share: int,
                              fr: int = 1, en: int = 1) -> None:
    """At least 1/`share` of the mails are "new-shape", each carrying one of `new_shapes` (and
    every mail carrying one is "new-shape"), in all three languages, with at least `fr` French
    and `en` English ones."""
    labels = part.labels()
    new = [name for name, v in labels.items() if "new-shape" in strs(v["tags"])]
    assert share * len(new) >= len(labels), len(new)
    for name in new:
        assert set(strs(labels[name]["tags"])) & set(new_shapes), name
    for name, v in labels.items():
        if set(strs(v["tags"])) & set(new_shapes):
            assert "new-shape" in strs(v["tags"]), name
    languages = Counter(str(labels[name]["language"]) for name in new)
    assert {"nl", "fr", "en"} <= set(languages), languages
    assert languages["fr"] >= fr and languages["en"] >= en, languages


@dataclass(frozen=True)
class Answer:
    """One volunteer's answer as the tag checks see it."""

    name: str
    label: dict[str, object]
    raw: bytes
    msg: EmailMessage
    tags: set[str]
    types: list[str]
    dispositions: list[str | None]
    reader: str
    everything: str
    identity: list[str]
    content: list[str]


# The strings a client's own line ("Verstuurd vanaf mijn iPhone", ...) holds; from the ninth set
# on, also Outlook's "Get Outlook for ...".
CLIENT_LINE = r"Verstuurd|Verzonden|Envoy|Sent|downloaden|Télécharger"
CLIENT_LINE_WITH_OUTLOOK = CLIENT_LINE + "|Get Outlook"


# The headers an answer tagged so carries the volunteer's own (registered) address in.
OWN_ADDRESS_HEADERS = {"cc-own-address": "Cc", "reply-to-private": "Reply-To"}


def check_volunteer_shapes_the_tags_promise(
        part: LabelledPart, shape_text: Mapping[str, tuple[str, ...]],
        in_headers: Collection[str], client_line: str | None = CLIENT_LINE,
        named_twice: Collection[str] = ("own-name-in-text", "family-named"),
        card_like: Collection[str] = ("advice-like-signature", "content-like-signature"),
        volunteer_in: Mapping[str, str] = OWN_ADDRESS_HEADERS, inline_quotes: int = 2,
        extra: Callable[[Answer], None] | None = None) -> None:
    """Each tag a reader would count on holds in its mail: the shared tags' promises, each shape
    of `shape_text` by one of its strings (in the reader text, or for a tag of `in_headers` in
    the decoded mail with its headers), a client line (unless `client_line` is None) by an
    identity string matching it, and what `extra` checks of the part's own shapes. An
    answer with a tag of `named_twice` shows two of its identity strings in its reader text; one
    with a tag of `card_like` (advice shaped like a card or a signature) has it labelled content,
    in eight spans or more; one with a tag of `volunteer_in` has the registered volunteer's
    address in that header; an "inline-answer" quotes at least `inline_quotes` lines."""
    for name, label in part.labels().items():
        raw = (part.out / name).read_bytes()
        raw_text = raw.decode("utf-8", "replace")
        msg = part.message(name)
        tags = set(strs(label["tags"]))
        types = [p.get_content_type() for p in msg.walk()]
        dispositions = [p.get_content_disposition() for p in msg.walk()]
        reader, everything = decoded(msg)
        identity = strs(label["identity"])
        content = strs(label["content"])
        longest = max(content, key=len).casefold()
        if "vcard" in tags:
            assert "text/x-vcard" in types and "attachment" in dispositions, name
        if "html-only" in tags:
            assert "text/plain" not in types and "text/html" in types, name
        if "logo" in tags:
            assert "image/png" in types, name
        if "logo-attachment" in tags:
            assert "multipart/mixed" in types and "attachment" in dispositions, name
        if "no-quote" in tags or "inline-answer" in tags:
            assert b"gmail_quote" not in raw and b"border-top:solid #E1E1E1" not in raw, name
            assert HELPLINE not in reader, name
        if "inline-answer" in tags:
            assert reader.count("\n> ") >= inline_quotes, name
        if "no-display-name" in tags:
            assert "<" not in str(msg["From"]), name
        if "encoded-display-name" in tags:
            assert re.search(rb"^From: =\?", raw, re.M), name
        if "comment-display-name" in tags:
            assert re.search(rb"^From: \S+@\S+ \(", raw, re.M), name
        if "crlf" in tags:
            assert raw.count(b"\n") == raw.count(b"\r\n") > 0, name
        if "thema-line" in tags:
            own_tags = [ln for ln in reader.splitlines()
                        if "#thema:" in ln and "#thema: ..." not in ln and not ln.startswith(">")]
            assert own_tags, name
            assert not any("#thema" in span for span in content), name
        if "greets-pseudonym" in tags:
            assert "{pseudonym}" in reader.split(HELPLINE)[0] or "bottom-posted" in tags, name
        if "top-posted" in tags or "bottom-posted" in tags:
            text = reader.casefold()
            own, note = text.find(longest), text.find(HELPLINE)
            assert own >= 0 and note >= 0, name
            assert (own < note) == ("top-posted" in tags), name
        if "sig-html-only" in tags:
            assert "text/html" in types and "text/plain" in types, name
            assert any(i not in reader and i in raw_text for i in identity), name
        if "wrong-account" in tags:
            assert str(label["volunteer"]) not in str(msg["From"]), name
        for tag, header in volunteer_in.items():
            if tag in tags:
                value = str(msg[header] or "")
                assert value, (name, header)
                assert str(label["volunteer"]) in value, (name, header)
        if client_line is not None and "client-line" in tags:
            assert any(i in reader for i in identity if re.search(client_line, i)), name
        for tag, texts in shape_text.items():
            if tag in tags:
                where = everything if tag in in_headers else reader
                assert any(t in where for t in texts), (name, tag)
        if "qr-code-alt" in tags:
            assert any(i.startswith("QR-code") for i in identity), name
        if "contact-in-text" in tags:
            # A phone or a second address the writer offers in their own words.
            offered = [i for i in identity if re.search(r"\d{3}|@| arobase ", i)]
            assert any(i in reader and i not in str(msg["From"]) for i in offered), name
        if tags & set(named_twice):
            assert len([i for i in identity if i in reader]) >= 2, name
        if "content-after-name" in tags:
            # The writer's own last line comes after the name they signed with.
            assert content[-1] in reader and any(
                reader.find(i) < reader.find(content[-1]) for i in identity if i in reader), name
        if tags & set(card_like):
            # The advice that looks like a card or a signature is labelled content.
            assert len(content) >= 8, name
        if extra is not None:
            extra(Answer(name, label, raw, msg, tags, types, dispositions, reader, everything,
                         identity, content))


def check_every_answer_names_its_registered_volunteer(part: LabelledPart) -> None:
    for name, label in part.labels().items():
        assert label["volunteer"] and label["nickname"], name
        raw = (part.out / name).read_text(encoding="utf-8")
        assert str(label["volunteer"]) in raw, name


def check_links_the_writers_wrote_are_invented(part: LabelledPart) -> None:
    # Every link in a writer's own words or signature ends in .example or .test (the checker only
    # sees addresses; a shared client line such as BlackBerry's is the client's, not the writer's).
    for name, label in part.labels().items():
        for text in strs(label["content"]) + strs(label["identity"]):
            for host in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
                assert host.rstrip(".").endswith((".example", ".test")), (name, host)
