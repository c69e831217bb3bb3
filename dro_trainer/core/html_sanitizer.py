"""An allow-list sanitizer for the HTML that Markdown produces.

Content is data from anyone who can hand over a USB stick, so whatever it holds,
what reaches the screen has no scripts, frames, forms, event handlers or addresses
that the app could fetch. Allowed links point inside the course; allowed images
are relative paths inside it.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em",
    "b", "i", "u", "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
    "a", "img", "span", "sup", "sub", "dl", "dt", "dd",
}
VOID_TAGS = {"br", "hr", "img"}
# Their content is dropped too, not just the tags.
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "form", "textarea", "select", "button", "template", "svg", "math", "noscript", "frame", "frameset", "applet", "audio", "video"}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
INTERNAL_SCHEMES = ("lesson:", "term:", "module:")
WEB_ADDRESS = re.compile(r"^(https?|ftp)://", re.IGNORECASE)
HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def is_internal_link(href: str) -> bool:
    return href.startswith(INTERNAL_SCHEMES) or (href.startswith("#") and len(href) > 1)


IMAGE_PATH = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*(?:/[A-Za-z0-9_][A-Za-z0-9._-]*)*\.(?:png|jpe?g|gif)$", re.IGNORECASE)


def is_safe_image_source(src: str) -> bool:
    """A plain relative path to a PNG, JPEG or GIF inside the course, in letters, digits and
    . _ - only: nothing percent-encoded, no scheme, no root, no '..', no control characters."""
    return bool(IMAGE_PATH.match(src))


class _Sanitizer(HTMLParser):
    def __init__(self, allow_images: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.allow_images = allow_images
        self.out: list[str] = []
        self.drop_depth = 0
        # Per open <a>: None for a kept link, else (web address or "", where its text starts).
        self.open_links: list[tuple[str, int] | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_WITH_CONTENT:
            self.drop_depth += tag not in VOID_TAGS
            return
        if self.drop_depth or tag not in ALLOWED_TAGS:
            return
        kept = {name: value or "" for name, value in attrs if name in ALLOWED_ATTRIBUTES.get(tag, ())}
        if tag == "a":
            self._start_link(kept)
        elif tag == "img":
            self._image(kept)
        else:
            self.out.append(f"<{tag}{_attributes(kept)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and tag not in DROPPED_WITH_CONTENT:
            self.handle_endtag(tag)

    def _start_link(self, attrs: dict[str, str]) -> None:
        href = attrs.get("href", "").strip()
        if is_internal_link(href):
            self.out.append(f"<a{_attributes({'href': href})}>")
            self.open_links.append(None)
        else:
            # Unwrapped: the words stay, and a web address is shown but never opened.
            self.open_links.append((href if WEB_ADDRESS.match(href) else "", len(self.out)))

    def _image(self, attrs: dict[str, str]) -> None:
        if self.allow_images and is_safe_image_source(attrs.get("src", "")):
            self.out.append(f"<img{_attributes(attrs)}>")
        elif attrs.get("alt"):
            self.out.append(f"[{html.escape(attrs['alt'])}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_WITH_CONTENT:
            self.drop_depth = max(0, self.drop_depth - 1)
            return
        if self.drop_depth or tag not in ALLOWED_TAGS or tag in VOID_TAGS:
            return
        if tag == "a":
            if not self.open_links:
                return
            unwrapped = self.open_links.pop()
            if unwrapped is None:
                self.out.append("</a>")
                return
            address, text_start = unwrapped
            if address and html.escape(address, quote=False) not in "".join(self.out[text_start:]):
                self.out.append(f" ({html.escape(address, quote=False)})")
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.drop_depth:
            self.out.append(html.escape(data, quote=False))


def _attributes(attrs: dict[str, str]) -> str:
    return "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs.items())


def sanitize_html(markup: str, *, allow_images: bool = True) -> str:
    """Safe HTML from any input. allow_images=False for places that cannot vet images (labels)."""
    parser = _Sanitizer(allow_images)
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser rejects some malformed input; show it as text rather than fail
        return "<p>" + html.escape(markup) + "</p>"
    return "".join(parser.out)
