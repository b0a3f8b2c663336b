"""Make the HTML part of a relayed mail safe to cross to the other side.

A help-seeker's mail goes to a volunteer, a volunteer's answer goes back to the help-seeker,
and neither may learn anything about the other from the HTML: no address or name, no image
that phones home when the mail is opened, nothing that runs. Three steps, all pure (no I/O,
no logging, nothing that could copy a body somewhere):

- `sanitise_html` keeps an allowlist of tags and attributes (nh3, i.e. Rust's ammonia, does
  the parsing and the cleaning), removes every remote image (tracking pixels silently, other
  images with a short note so the reader knows something was there) and keeps only inline
  images the mail itself carries (`cid:`);
- `scrub_html` removes an identity from sanitised HTML: attribution lines and quoted header
  blocks are rewritten as text, then the identity's addresses and names are replaced in
  text (also where a name or address is split over several tags) and in attribute values;
- `html_to_text` renders a text/plain alternative.

Every public function returns a result for any input and never raises: when something
unexpected happens the result falls back to plain, escaped text, scrubbed as text.

After the steps of our own the markup goes through nh3 once more with the final allowlist,
so what leaves this module is always within the allowlist, whatever a bug above did.
"""

from __future__ import annotations

import bisect
import difflib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote, unquote, unquote_plus

import nh3

from mailhandler.core.scrub import Identity, replace_identity, rewrite_attributions, scrub_text

__all__ = ["html_to_text", "sanitise_html", "scrub_html", "too_complex"]

# --------------------------------------------------------------------------- allowlists

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# fmt: off
KEPT_TAGS = frozenset({
    "p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "strike", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "caption", "pre", "code", "hr", "sub", "sup", "small", "font", "center",
}) | _HEADINGS
# Removed together with everything inside them: code, styles (which can load url()s),
# embedded documents and media, form controls whose text means nothing without the form.
_DROPPED_WITH_CONTENT = frozenset({
    "script", "style", "title", "head", "template", "noscript", "iframe", "frame", "frameset",
    "noframes", "object", "embed", "applet", "video", "audio", "canvas", "svg", "math",
    "textarea", "select", "xml",
})
# fmt: on
KEPT_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
# The first pass also keeps an image's style: "width:1px;height:1px" marks a tracking pixel.
_FIRST_PASS_ATTRIBUTES: dict[str, set[str]] = {
    **KEPT_ATTRIBUTES,
    "img": KEPT_ATTRIBUTES["img"] | {"style"},
}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# The first pass lets every image source through that we may want to recognise (and so
# note or drop silently); our own pass then keeps only cid: images.
_FIRST_PASS_SCHEMES = LINK_SCHEMES | {"cid", "data", "ftp", "ftps", "file", "blob", "ws", "wss"}
_FINAL_SCHEMES = LINK_SCHEMES | {"cid"}
# fmt: off
_VOID = frozenset({
    "br", "hr", "img", "wbr", "area", "base", "col", "embed", "input", "link", "meta", "param",
    "source", "track",
})
# fmt: on
_MAX_DEPTH = 200  # deeper elements are flattened into their ancestor: keeps recursion bounded

_DIMENSION = re.compile(r"\d{1,4}%?")
_SPAN = re.compile(r"\d{1,3}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates cannot cross into nh3 (Rust strings are UTF-8)."""
    return _SURROGATE.sub("\ufffd", text)


def _final_attribute(tag: str, name: str, value: str) -> str | None:
    """The last word on every attribute: images only from cid:, sizes only as numbers."""
    if tag == "img" and name == "src":
        return value if _strip_url(value).lower().startswith("cid:") else None
    if tag == "a" and name == "href":
        return value if _scheme(value) in LINK_SCHEMES else None
    if name in ("width", "height"):
        return value if _DIMENSION.fullmatch(value.strip()) else None
    if name in ("colspan", "rowspan"):
        return value if _SPAN.fullmatch(value.strip()) else None
    return value


def _final_clean(markup: str) -> str:
    return nh3.clean(
        _no_surrogates(markup),
        tags=set(KEPT_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in KEPT_ATTRIBUTES.items()},
        attribute_filter=_final_attribute,
        strip_comments=True,
        link_rel="noopener noreferrer",
        url_schemes=set(_FINAL_SCHEMES),
        url_relative="deny",
    )


def _first_clean(markup: str) -> str:
    return nh3.clean(
        _no_surrogates(markup),
        tags=set(KEPT_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _FIRST_PASS_ATTRIBUTES.items()},
        strip_comments=True,
        link_rel=None,
        url_schemes=set(_FIRST_PASS_SCHEMES),
    )


def _text_only(markup: str) -> str:
    """The text of `markup`, decoded: the fallback when anything else went wrong."""
    if too_complex(markup):
        return _scanned_text(markup)
    escaped = nh3.clean(
        _no_surrogates(markup), tags=set(), clean_content_tags=set(_DROPPED_WITH_CONTENT)
    )
    return html.unescape(escaped)


# --------------------------------------------------------------------------- hostile markup

# html5ever (under nh3) takes time quadratic in the nesting depth of block elements: 20 000
# nested <blockquote> take seconds, 100 000 nested <div> minutes. Everything else here is
# at best linear in the size, with a large factor (a 1 MB part takes seconds through the
# three passes, 500 KB of "<" six). Markup over either limit is only read as text, by
# `_scanned_text`. Mail clients nest a few dozen deep; a personal mail's HTML is some tens
# of KB (Gmail clips at 102 KB), a heavy newsletter a few hundred.
MAX_MARKUP_CHARS = 500_000
MAX_MARKUP_NESTING = 1_000
# Elements that never nest (void) or that the parser closes on its own (<p><p>, <li><li>).
_NOT_NESTING = _VOID | frozenset({
    "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
    "colgroup", "caption", "rb", "rt", "rp",
})
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)")


def too_complex(markup: str) -> bool:
    """Whether `markup` is too large or nests too deep to be handed to nh3 (see above).

    One linear scan over the tags; the depth is an upper bound (unknown and misnested end
    tags are not matched up), which errs towards reading the markup as text."""
    if len(markup) > MAX_MARKUP_CHARS:
        return True
    depth = 0
    for match in _TAG_NAME.finditer(markup):
        name = match.group(2).lower()
        if name in _NOT_NESTING:
            continue
        if match.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > MAX_MARKUP_NESTING:
                return True
    return False


# A comment (unclosed: to the end), a tag with its attributes (quoted values may hold ">";
# unclosed: up to the next quote), or a doctype, processing instruction or bogus "</ >".
_SCAN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(/?)([a-zA-Z][^\s/>]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>?"
    r"|<[!?/][^>]*>?",
    re.DOTALL,
)
_SCAN_LINES = frozenset({
    "p", "div", "br", "tr", "li", "dt", "dd", "pre", "blockquote", "table", "hr", "ul", "ol",
    "dl", "center", "caption",
}) | _HEADINGS
# As _DROPPED_WITH_CONTENT, except <head>: a missing </head> would drop the whole mail.
_SCAN_DROPPED = _DROPPED_WITH_CONTENT - {"head"}


def _scanned_text(markup: str) -> str:
    """The text of any markup in one linear pass, without nh3 and without html.parser
    (whose handling of unclosed "<a " or "<!--" is quadratic: 30 KB of "<a " take 15 s).

    Tags go, block tags end lines, the content of scripts, styles and the other elements
    dropped with their content goes too (unclosed: to the end), entities are decoded."""
    pieces: list[str] = []
    lowered = markup.lower()
    position = 0
    length = len(markup)
    while position < length:
        start = markup.find("<", position)
        if start < 0:
            start = length
        pieces.append(html.unescape(markup[position:start]))
        if start == length:
            break
        match = _SCAN.match(markup, start)
        if match is None:  # a "<" that starts nothing: text
            pieces.append("<")
            position = start + 1
            continue
        position = match.end()
        name = (match.group(2) or "").lower()
        if name in _SCAN_LINES:
            pieces.append("\n")
        if name in _SCAN_DROPPED and not match.group(1):
            end = lowered.find("</" + name, position)
            position = length if end < 0 else end
    lines = [" ".join(line.split()) for line in "".join(pieces).split("\n")]
    text = re.sub(r"\n{4,}", "\n\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


# --------------------------------------------------------------------------- a small tree


@dataclass(eq=False)
class _Text:
    text: str
    note: bool = False  # a removed-image note we inserted


@dataclass(eq=False)
class _Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Text | _Element] = field(default_factory=list)
    # For <br>: what it stands for once names and addresses were replaced across it
    # (None: still just a line break).
    text: str | None = None


class _TreeBuilder(HTMLParser):
    """A tree from markup that nh3 already normalised: well nested, no comments, no raw text.

    html.parser decodes character references (convert_charrefs=True) in text and attribute
    values, so "&#64;" and "&lt;" are matched as "@" and "<".
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root")
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = self._append(tag, attrs)
        if tag not in _VOID and len(self._stack) < _MAX_DEPTH:
            self._stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._append(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag == tag:
                del self._stack[index:]
                return

    def handle_data(self, data: str) -> None:
        children = self._stack[-1].children
        if children and isinstance(children[-1], _Text):
            children[-1].text += data
        else:
            children.append(_Text(data))

    def _append(self, tag: str, attrs: list[tuple[str, str | None]]) -> _Element:
        values: dict[str, str] = {}
        for name, value in attrs:
            values.setdefault(name, value or "")
        element = _Element(tag, values)
        self._stack[-1].children.append(element)
        return element


def _parse(normalised: str) -> _Element:
    builder = _TreeBuilder()
    builder.feed(normalised)
    builder.close()
    return builder.root


_NAME = re.compile(r"[a-z][a-z0-9-]*")


def _serialise(root: _Element) -> str:
    out: list[str] = []
    _serialise_into(root, out)
    return "".join(out)


def _serialise_into(element: _Element, out: list[str]) -> None:
    for child in element.children:
        if isinstance(child, _Text):
            out.append(html.escape(child.text))
        elif child.tag == "br" and child.text is not None:
            out.append("<br>".join(html.escape(part) for part in child.text.split("\n")))
        elif child.tag not in KEPT_TAGS:
            _serialise_into(child, out)  # unknown: keep the content, lose the tag
        else:
            attrs = "".join(
                f' {name}="{html.escape(value, quote=True)}"'
                for name, value in child.attrs.items()
                if _NAME.fullmatch(name)
            )
            out.append(f"<{child.tag}{attrs}>")
            if child.tag not in _VOID:
                _serialise_into(child, out)
                out.append(f"</{child.tag}>")


# --------------------------------------------------------------------------- URLs

_URL_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_TRIMMED = "".join(map(chr, range(0x21)))  # C0 controls and space


# "via <a href="https://instagram.com/lore.maes_">mijn insta</a>": a link to someone's profile
# on a social app behind words. Its address is an account, no page to read: the words are
# shown, as the reader saw them, and not the account after them.
_PROFILE_LINK = re.compile(
    r"(?i)https?://(?:www\.|m\.|vm\.)?(?:instagram|tiktok|snapchat|facebook|fb"
    r"|twitter|x|threads|discord|twitch|bereal|vsco|tumblr"
    # "écris-moi sur <a href="https://wa.me/32471234567">WhatsApp</a>": a chat app's link to
    # a number or an account is a contact, no page either; the words are the writer's.
    r"|wa|api\.whatsapp|t|telegram)\.[a-z.]{2,20}/@?[\w.-]{2,40}/?"
    r"(?:[?#][^\s]{0,200})?$")

# "<a href="https://app.example/t/mum">#mum</a>": a hashtag linked to its own tag page (journal,
# Instagram, X, TikTok share their posts so). The page only repeats the tag: the tag is shown as
# written, and a run of tags stays one line of the writer's words.
_HASHTAG = re.compile(r"#(\w{1,60})")


def _tag_page(shown: str, href: str) -> bool:
    """Whether `href` is the tag page of the hashtag `shown` (its last path part is the tag)."""
    tag = _HASHTAG.fullmatch(shown)
    if tag is None:
        return False
    path = re.split(r"[?#]", re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", href, flags=re.I))[0]
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return last.casefold() == tag.group(1).casefold()


def _strip_url(value: str) -> str:
    """A URL as a browser reads it: no tabs or newlines, no leading or trailing controls."""
    return _URL_IGNORED.sub("", value).strip(_URL_TRIMMED)


def _scheme(value: str) -> str | None:
    match = _URL_SCHEME.match(_strip_url(value))
    return match.group(1).lower() if match else None


# --------------------------------------------------------------------------- sanitise_html

# Known tracker URLs: open-tracking endpoints and spacer/pixel images. A false positive
# costs only the note; the image is removed either way.
_TRACKER_URL = re.compile(
    r"""
    (?:^|[/.?&=_-])(?:track(?:ing|er)?|pixel|beacon|spacer|1x1|trk)(?:$|[/.?&=_#-])
    | (?:^|/)(?:open|o|t|p|blank|clear|transparent)\.(?:gif|png|jpe?g|aspx?|php|cgi)(?:$|[?#])
    | /(?:wf|e)/open\b
    | /open\?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PIXEL_NUMBER = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*")
_STYLE_SIZE = re.compile(
    r"(?:^|[;\s])(?:max-|min-)?(?:width|height)\s*:\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*(?:!important\s*)?(?:;|$)",
    re.IGNORECASE,
)
_STYLE_HIDDEN = re.compile(
    r"(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$))",
    re.IGNORECASE,
)
_TINY = 2.0


def sanitise_html(markup: str, inline_cids: frozenset[str], removed_image_note: str) -> str:
    """Keep only harmless HTML: an allowlist of tags and attributes, links to http(s) and
    mailto, and images the mail itself carries (cid: in `inline_cids`).

    Remote images (http, https, protocol-relative, data:, anything else) are removed:
    tracking pixels (at most 2 pixels wide or high, hidden, or a known tracker URL)
    without a trace, other images replaced by `removed_image_note` (one note for a row of
    images). Scripts, styles, forms, frames, objects, media, event handlers, comments and
    every style, class and id attribute are gone; links get rel="noopener noreferrer".
    """
    if too_complex(markup):
        return _fallback(lambda text: text, markup)
    try:
        return _sanitise(markup, inline_cids, removed_image_note)
    except Exception:
        return _fallback(lambda text: text, markup)


def _sanitise(markup: str, inline_cids: frozenset[str], removed_image_note: str) -> str:
    root = _parse(_first_clean(markup))
    cids = frozenset(_bare_cid(cid) for cid in inline_cids)
    _filter(root, cids, removed_image_note)
    return _final_clean(_serialise(root))


def _bare_cid(cid: str) -> str:
    return cid.strip().strip("<>").strip()


def _filter(element: _Element, cids: frozenset[str], note: str) -> None:
    kept: list[_Text | _Element] = []
    for child in element.children:
        if isinstance(child, _Text):
            kept.append(child)
            continue
        if child.tag == "img":
            verdict = _image_verdict(child.attrs, cids)
            if verdict == "keep":
                child.attrs = _kept_attributes(child)
                kept.append(child)
            elif verdict == "note" and note and not _follows_note(kept):
                kept.append(_Text(f" {note} ", note=True))
            continue
        if child.tag == "a":
            href = child.attrs.get("href")
            child.attrs = {}
            # A profile link behind words points at an account (_PROFILE_LINK): the words
            # stay, as html_to_text shows them, without the account.
            if href is not None and _scheme(href) in LINK_SCHEMES \
                    and not _PROFILE_LINK.match(_strip_url(href)):
                child.attrs["href"] = _strip_url(href)
        else:
            child.attrs = _kept_attributes(child)
        _filter(child, cids, note)
        kept.append(child)
    element.children = kept


def _kept_attributes(element: _Element) -> dict[str, str]:
    allowed = KEPT_ATTRIBUTES.get(element.tag, set())
    kept = {}
    for name, value in element.attrs.items():
        if name in allowed and _final_attribute(element.tag, name, value) is not None:
            kept[name] = _strip_url(value) if name == "src" else value.strip()
    return kept


def _follows_note(siblings: list[_Text | _Element]) -> bool:
    """Whether the last sibling that shows anything is already a note."""
    for sibling in reversed(siblings):
        if isinstance(sibling, _Text):
            if sibling.note:
                return True
            if sibling.text.strip():
                return False
        else:
            return False
    return False


def _image_verdict(attrs: dict[str, str], cids: frozenset[str]) -> str:
    """The fate of an image: "keep" (inline, of this mail), "vanish" (a pixel) or "note"."""
    src = _strip_url(attrs.get("src", ""))
    if src[:4].lower() == "cid:":
        return "keep" if _bare_cid(unquote(src[4:])) in cids else "note"
    if _invisible(attrs) or _TRACKER_URL.search(src):
        return "vanish"
    return "note"


def _invisible(attrs: dict[str, str]) -> bool:
    for name in ("width", "height"):
        match = _PIXEL_NUMBER.fullmatch(attrs.get(name, ""))
        if match and float(match.group(1)) <= _TINY:
            return True
    style = attrs.get("style", "")
    if _STYLE_HIDDEN.search(style):
        return True
    return any(float(size) <= _TINY for size in _STYLE_SIZE.findall(style))


# --------------------------------------------------------------------------- scrub_html

# Elements whose text is a unit for attribution lines and header blocks; a matching one has
# its content replaced by the rewritten text. Containers of rows or items become a <div>.
# fmt: off
_CANDIDATES = frozenset({
    "#root", "div", "p", "blockquote", "td", "th", "li", "dl", "dt", "dd", "pre", "table", "ul",
    "ol", "caption", "center",
}) | _HEADINGS
# fmt: on
_BECOME_DIV = frozenset({"table", "ul", "ol", "dl"})
_ROW_PARTS = frozenset({"thead", "tbody", "tfoot"})
# Elements that end a line: names and addresses are matched across inline tags, not these.
_BLOCKS = _CANDIDATES | _ROW_PARTS | {"tr", "hr"}
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_URL_SAFE = ":/?#[]@!$&'()*+,;=~"
_URL_ATTRIBUTES = frozenset({"href", "src"})
_DIFF_LIMIT = 20_000  # longer runs map replacements back with a cheaper, coarser method


# "antwoord naar <a href="mailto:x@y">mijn eigen adres</a>": the address behind a link's words.
_MAILTO = re.compile(r"(?i)mailto:(?:%20|\s){0,3}([^\s\"'<>?&]{1,254})")


def linked_addresses(markup: str) -> tuple[str, ...]:
    """Every address a mailto: link in `markup` points to (percent-decoded), in order: the
    writer offers it as surely as one written in the text, though no reader sees it."""
    found = (unquote(match.group(1)).strip().lower() for match in _MAILTO.finditer(markup))
    return tuple(dict.fromkeys(address for address in found if "@" in address))


def scrub_html(markup: str, who: Identity, address_replacement: str, name_replacement: str) -> str:
    """Remove `who` from sanitised HTML, as `scrub.scrub_text` does for text.

    Blocks that hold an attribution ("Op … schreef …:", "On … wrote:", "Le … a écrit :")
    or a quoted header block (Van:/Verzonden:/Aan:, From:/Sent:/To:, De :/Envoyé :/À :)
    get the rewritten text as their content, so they name nobody but the replacement,
    whoever they named. Then `who`'s addresses and names are replaced in every text (also
    split over tags, as in "Sam <b>Peeters</b>") and in every attribute value (also
    percent-encoded; a mailto: link to a removed address points to the replacement).
    """
    if too_complex(markup):
        return _fallback(
            lambda text: scrub_text(text, who, address_replacement, name_replacement), markup
        )
    try:
        return _scrub(markup, who, address_replacement, name_replacement)
    except Exception:
        return _fallback(
            lambda text: scrub_text(text, who, address_replacement, name_replacement), markup
        )


def _scrub(markup: str, who: Identity, address_replacement: str, name_replacement: str) -> str:
    def replace(text: str) -> str:
        return replace_identity(text, who, address_replacement, name_replacement)

    def rewrite(text: str) -> str:
        return rewrite_attributions(text, who, address_replacement, name_replacement)

    root = _parse(_final_clean(markup))
    _scrub_attributes(root, replace)
    _rewrite_blocks(root, rewrite)
    for run in _runs(root):
        _replace_in_run(run, replace)
    return _final_clean(_serialise(root))


def _fallback(scrub: Callable[[str], str], markup: str) -> str:
    """Escaped text with line breaks: what is left when the markup could not be handled."""
    try:
        text = scrub(_text_only(markup))
        return "<br>".join(html.escape(line) for line in text.split("\n"))
    except Exception:
        return ""


def _scrub_attributes(element: _Element, replace: Callable[[str], str]) -> None:
    # An image that lost its source to the allowlist shows nothing: it goes.
    element.children = [
        child
        for child in element.children
        if not (isinstance(child, _Element) and child.tag == "img" and "src" not in child.attrs)
    ]
    for child in element.children:
        if isinstance(child, _Element):
            child.attrs = {
                name: _scrub_value(value, replace, url=name in _URL_ATTRIBUTES)
                for name, value in child.attrs.items()
            }
            _scrub_attributes(child, replace)


def _scrub_value(value: str, replace: Callable[[str], str], *, url: bool) -> str:
    """`value` without the identity, also where it hides behind percent-encoding."""
    value = replace(value)
    for decode in (unquote, unquote_plus):
        decoded = decode(value)
        if decoded == value:
            continue
        replaced = replace(decoded)
        if replaced != decoded:
            value = quote(replaced, safe=_URL_SAFE) if url else replaced
    return value


def _rewrite_blocks(root: _Element, rewrite: Callable[[str], str]) -> None:
    _block_lines(root, rewrite)


def _block_lines(element: _Element, rewrite: Callable[[str], str]) -> list[str]:
    """The lines of text `element` shows, after rewriting those of its blocks (this one
    included) that hold an attribution or a header block.

    Blocks are rewritten innermost first, so an attribution in its own <div> is replaced
    without touching the quote beside it; an enclosing block is rewritten only when its
    own lines still change (a header block spread over several <p>).
    """
    lines: list[str] = []
    pieces: list[str] = []
    own_text = False
    blocks = 0

    def end_line(force: bool) -> None:
        line = _WHITESPACE.sub(" ", "".join(pieces)).strip()
        if line or force:
            lines.append(line)
        pieces.clear()

    def walk(nodes: list[_Text | _Element], pre: bool) -> None:
        nonlocal own_text, blocks
        for node in nodes:
            if isinstance(node, _Text):
                own_text = own_text or bool(node.text.strip())
                if pre:
                    first, *rest = node.text.split("\n")
                    pieces.append(first)
                    for part in rest:
                        end_line(True)
                        pieces.append(part)
                else:
                    pieces.append(node.text)
            elif node.tag == "br":
                own_text = True
                end_line(True)
            elif node.tag == "tr":
                end_line(False)
                lines.extend(_row_lines(node, rewrite))
                blocks += 1
            elif node.tag in _ROW_PARTS or node.tag == "hr":
                end_line(False)
                walk(node.children, pre)
                end_line(False)
            elif node.tag in _CANDIDATES:
                end_line(False)
                child_lines = _block_lines(node, rewrite)
                if node.tag == "blockquote":
                    child_lines = [f"> {line}" if line else ">" for line in child_lines]
                lines.extend(child_lines)
                blocks += 1
            else:
                walk(node.children, pre)

    walk(element.children, element.tag == "pre")
    end_line(False)
    if (own_text or blocks >= 2) and any(":" in line for line in lines):
        joined = "\n".join(lines)
        rewritten = rewrite(joined)
        if rewritten != joined:
            _replace_content(element, rewritten.split("\n"))
            return rewritten.split("\n")
    return lines


def _row_lines(row: _Element, rewrite: Callable[[str], str]) -> list[str]:
    """A table row as one line, cells separated by a tab ("From:<tab>Sam <sam@…>"), or as
    the lines of its cells when a cell has several."""
    cells: list[list[str]] = []
    stray: list[str] = []
    for node in row.children:
        if isinstance(node, _Element) and node.tag in ("td", "th"):
            cells.append(_block_lines(node, rewrite))
        elif isinstance(node, _Text):
            stray.append(node.text)
    cells.append([_WHITESPACE.sub(" ", "".join(stray)).strip()])
    cells = [[line for line in cell if line] for cell in cells]
    if all(len(cell) <= 1 for cell in cells):
        return ["\t".join(cell[0] for cell in cells if cell)]
    return [line for cell in cells for line in cell]


def _replace_content(element: _Element, lines: list[str]) -> None:
    children: list[_Text | _Element] = []
    for index, line in enumerate(lines):
        if index:
            children.append(_Element("br"))
        if line:
            children.append(_Text(line))
    element.children = children
    if element.tag in _BECOME_DIV:
        element.tag = "div"
        element.attrs = {}


def _runs(root: _Element) -> list[list[_Text | _Element]]:
    """Text nodes and <br>s, grouped into the runs that read as one flow of text."""
    runs: list[list[_Text | _Element]] = [[]]

    def walk(element: _Element) -> None:
        for child in element.children:
            if isinstance(child, _Text) or child.tag == "br":
                runs[-1].append(child)
            elif child.tag in _BLOCKS:
                runs.append([])
                walk(child)
                runs.append([])
            else:
                walk(child)

    walk(root)
    return [run for run in runs if run]


def _segment_text(segment: _Text | _Element) -> str:
    if isinstance(segment, _Text):
        return segment.text
    return "\n" if segment.text is None else segment.text


def _replace_in_run(run: list[_Text | _Element], replace: Callable[[str], str]) -> None:
    """Replace the identity in the run read as one text, so that a name over "<b>Sam</b>
    Peeters" or an address over "sam@<span>x.example</span>" goes as well as one within a
    single text. (Very long runs: each text first, then the run, mapped back coarsely.)"""
    texts = [_segment_text(segment) for segment in run]
    if sum(len(text) for text in texts) > _DIFF_LIMIT:
        texts = [
            replace(text) if isinstance(segment, _Text) else text
            for segment, text in zip(run, texts, strict=True)
        ]
    joined = "".join(texts)
    replaced = replace(joined)
    if replaced != joined:
        texts = _redistribute(texts, replaced)
    for segment, text in zip(run, texts, strict=True):
        if isinstance(segment, _Text):
            segment.text = text
        else:
            segment.text = None if text == "\n" else text


def _redistribute(texts: list[str], replaced: str) -> list[str]:
    """Split `replaced` over the segments whose texts joined to what it replaced.

    Unchanged characters stay in their segment; a replacement goes to the segment where
    the text it replaces starts. Joined again, the result is exactly `replaced`.
    """
    joined = "".join(texts)
    starts = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text)
    out: list[list[str]] = [[] for _ in texts]

    def segment_at(position: int) -> int:
        return max(0, bisect.bisect_right(starts, position) - 1)

    for tag, i1, i2, j1, j2 in _opcodes(joined, replaced):
        if tag != "equal":
            out[segment_at(i1)].append(replaced[j1:j2])
            continue
        position = i1
        while position < i2:
            index = segment_at(position)
            end = min(i2, starts[index] + len(texts[index]))
            out[index].append(joined[position:end])
            position = end
    return ["".join(pieces) for pieces in out]


_Opcode = tuple[str, int, int, int, int]
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def _opcodes(old: str, new: str) -> list[_Opcode]:
    """How `old` became `new`, as equal and replaced stretches of characters.

    Compared word by word, not letter by letter: "<b>Sam</b> Peeters" becomes
    "<b>Lumi</b>" rather than "<b>Lum</b>i", because letters that a replacement happens to
    share with the text it replaces are not taken for text that stayed.
    """
    if len(old) > _DIFF_LIMIT or len(new) > _DIFF_LIMIT:
        return _coarse_opcodes(old, new)
    old_tokens = _TOKEN.findall(old)
    new_tokens = _TOKEN.findall(new)
    old_offsets = _offsets(old_tokens)
    new_offsets = _offsets(new_tokens)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [
        (tag, old_offsets[i1], old_offsets[i2], new_offsets[j1], new_offsets[j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _offsets(tokens: list[str]) -> list[int]:
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    return offsets


def _coarse_opcodes(old: str, new: str) -> list[_Opcode]:
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(new)) - prefix
        and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
    ):
        suffix += 1
    return [
        ("equal", 0, prefix, 0, prefix),
        ("replace", prefix, len(old) - suffix, prefix, len(new) - suffix),
        ("equal", len(old) - suffix, len(old), len(new) - suffix, len(new)),
    ]


# --------------------------------------------------------------------------- html_to_text

_PARAGRAPHS = frozenset({"p", "pre", "table", "dl"}) | _HEADINGS
# fmt: off
_LINES = frozenset({
    "div", "li", "tr", "dt", "dd", "caption", "center", "blockquote", "thead", "tbody", "tfoot",
    "ul", "ol",
    # Only in what _hidden_text reads: the usual rendering drops them with their content.
    "option", "textarea", "title",
})
# fmt: on
_RULE = "_" * 32  # how Outlook's plain text shows the rule above a quoted header block
_MAX_BLANK_LINES = 2
_SPACES = re.compile(r"[ \t\n\r\f\xa0]+")


def html_to_text(markup: str) -> str:
    """A readable text/plain rendering: blocks and <br> end lines, blockquotes are quoted
    with "> ", list items start with "- ", links read "text (https://…)" when the address
    is not the text, images become their alt text; at most two blank lines in a row."""
    if too_complex(markup):
        return _scanned_text(markup)
    try:
        text = _rendered(_parse(_text_clean(markup)))
        return text if _has_word(text) else _hidden_text(markup) or text
    except Exception:
        try:
            return _text_only(markup)
        except Exception:
            return ""


def _rendered(root: _Element) -> str:
    writer = _TextWriter()
    writer.walk(root)
    return writer.finish()


def _has_word(text: str) -> bool:
    return any(char.isalnum() for char in text)


# Never a writer's words, even when nothing else in the markup is: code, styles, and the
# metadata Office writes in <xml> (the document's author among it).
_NEVER_TEXT = frozenset({"script", "style", "xml"})


def _hidden_text(markup: str) -> str:
    """The words of a mail whose rendering shows none: those in elements a mail client does
    not show and the rendering drops on purpose (<title>, <noscript>, <template>,
    <textarea>, <svg>, <select>, <object>, <noframes>). An app that puts the message in the
    page's <title>, a web form's copy in a <textarea>, a newsletter tool's <noscript>: a
    mail forwarded empty loses every word of it, so they are read as its text. The raw
    markup is parsed by html.parser, which, unlike nh3, reads what is inside such elements
    as markup; its text is cleaned by the same rules as any other text."""
    root = _parse(markup)
    pending = [root]
    while pending:
        element = pending.pop()
        element.children = [child for child in element.children
                            if isinstance(child, _Text) or child.tag not in _NEVER_TEXT]
        pending.extend(child for child in element.children if isinstance(child, _Element))
    text = _rendered(root)
    return text if _has_word(text) else ""


def _text_clean(markup: str) -> str:
    return nh3.clean(
        _no_surrogates(markup),
        tags=set(KEPT_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={"a": {"href"}, "img": {"alt"},
                    **{tag: {"id", "class"} for tag in _SIGNATURE_HOLDERS}},
        strip_comments=True,
        link_rel=None,
        url_schemes=set(LINK_SCHEMES),
    )


# Where mail clients put the signature they add: Outlook's <div id="Signature"> (OWA's
# "x_Signature" in a reply), Gmail's class="gmail_signature", Thunderbird's "moz-signature",
# Apple Mail's id="AppleMailSignature", Outlook mobile's "ms-outlook-mobile-signature", Proton's
# "protonmail_signature_block", Yahoo's "signature", Roundcube's id="_rc_sig". The client marks
# the block as the signature, so the text rendering opens it with the "-- " delimiter a
# text/plain client would have written: the text's own rules then judge it like any other.
_SIGNATURE_HOLDERS = frozenset({"div", "table", "span", "p", "section"})
_CLIENT_SIGNATURE = re.compile(r"(?i)signature|(?<![\w-])_rc_sig(?![\w-])")


def _client_signature(element: _Element) -> bool:
    return element.tag in _SIGNATURE_HOLDERS and any(
        _CLIENT_SIGNATURE.search(element.attrs.get(name, "")) for name in ("id", "class"))


@dataclass
class _Line:
    depth: int
    text: str


class _TextWriter:
    """Lines with their quote depth. Block boundaries are requested, not written, so that
    nested blocks give one line break (or one blank line), not a pile of them."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.pieces: list[tuple[str, bool]] = []  # (text, raw: keep its whitespace)
        self.line_depth = 0
        self.depth = 0
        self.lists = 0
        self.pending = 0  # 1: start a new line, 2: leave a blank line
        self.links: list[list[str]] = []

    # -- writing

    def text(self, text: str, *, raw: bool = False) -> None:
        if not text:
            return
        self._apply_pending()
        if not self.pieces:
            self.line_depth = self.depth
        self.pieces.append((text, raw))
        for link in self.links:
            link.append(text)

    def line_break(self) -> None:
        self._apply_pending()
        if not self.pieces:
            self.line_depth = self.depth
        self._end_line(force=True)

    def boundary(self, kind: int) -> None:
        self.pending = max(self.pending, kind)

    def _apply_pending(self) -> None:
        if self.pending and (self.lines or self.pieces):
            self._end_line(force=False)
            if self.pending == 2 and self.lines and self.lines[-1].text:
                self.lines.append(_Line(min(self.lines[-1].depth, self.depth), ""))
        self.pending = 0

    def _end_line(self, *, force: bool) -> None:
        line = ""
        for text, raw in self.pieces:
            if not raw:
                text = _SPACES.sub(" ", text)
                if not line or line.endswith(" "):
                    text = text.lstrip(" ")
            line += text
        line = line.rstrip()
        if line or force:
            self.lines.append(_Line(self.line_depth if line else self.depth, line))
        self.pieces = []

    def finish(self) -> str:
        self._end_line(force=False)
        rendered: list[str] = []
        blanks = 0
        for line in self.lines:
            blanks = blanks + 1 if not line.text else 0
            if blanks > _MAX_BLANK_LINES or (not line.text and not rendered):
                continue
            prefix = "> " * line.depth
            rendered.append(prefix + line.text if line.text else prefix.rstrip())
        while rendered and not rendered[-1].strip("> "):
            rendered.pop()
        return "\n".join(rendered) + "\n" if rendered else ""

    # -- the tree

    def walk(self, element: _Element, pre: bool = False) -> None:
        for child in element.children:
            if isinstance(child, _Text):
                self._write_text(child.text, pre)
            else:
                self._element(child, pre)

    def _write_text(self, text: str, pre: bool) -> None:
        if not pre:
            self.text(text)
            return
        first, *rest = text.split("\n")
        self.text(first, raw=True)
        for part in rest:
            self.line_break()
            self.text(part, raw=True)

    def _element(self, element: _Element, pre: bool) -> None:
        tag = element.tag
        if tag == "br":
            self.line_break()
        elif tag == "hr":
            self.boundary(1)
            self.text(_RULE, raw=True)
            self.boundary(1)
        elif tag == "img":
            self.text(element.attrs.get("alt", ""))
        elif tag == "a":
            self._link(element, pre)
        elif tag == "blockquote":
            self.boundary(1)
            self.depth += 1
            self.walk(element, pre)
            self.boundary(1)
            self.depth -= 1
        elif tag in ("ul", "ol"):
            self.boundary(1 if self.lists else 2)
            self.lists += 1
            self.walk(element, pre)
            self.lists -= 1
            self.boundary(1 if self.lists else 2)
        elif tag == "li":
            self.boundary(1)
            self.text("  " * max(0, self.lists - 1) + "- ", raw=True)
            self.walk(element, pre)
            self.boundary(1)
        elif tag in ("td", "th"):
            if self.pieces:
                self.text(" ", raw=True)
            self.walk(element, pre)
        elif _client_signature(element) and not self._under_delimiter():
            self.boundary(1)
            self.text("-- ", raw=True)
            self.line_break()
            self.walk(element, pre)
            self.boundary(1)
        elif tag in _PARAGRAPHS or tag in _LINES:
            kind = 2 if tag in _PARAGRAPHS else 1
            self.boundary(kind)
            self.walk(element, pre or tag == "pre")
            self.boundary(kind)
        else:
            self.walk(element, pre)

    def _under_delimiter(self) -> bool:
        """Gmail writes "-- " itself above its signature block: one delimiter is enough."""
        self._apply_pending()
        text = "".join(piece for piece, _raw in self.pieces).strip()
        if text:
            return text == "--"
        return bool(self.lines) and self.lines[-1].text.strip() == "--"

    def _link(self, element: _Element, pre: bool) -> None:
        href = _strip_url(element.attrs.get("href", ""))
        self.links.append([])
        self.walk(element, pre)
        shown = _SPACES.sub(" ", "".join(self.links.pop())).strip()
        if _scheme(href) not in ("http", "https") or _same_link(shown, href) \
                or (shown and _PROFILE_LINK.match(href)) or _tag_page(shown, href):
            return
        self.text(f" ({href})" if shown else href, raw=bool(shown))


def _same_link(text: str, href: str) -> bool:
    def bare(url: str) -> str:
        url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower())
        return url.rstrip("/")

    return bare(text) == bare(href)
