"""Finds anything in an HTML fragment that a browser could execute, load or restyle."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that run code, embed other documents, submit data or change the page's look.
FORBIDDEN_TAGS = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
        "input", "button", "textarea", "select", "meta", "link", "base", "svg", "math", "img",
        "video", "audio", "source", "template", "noscript", "html", "body", "head", "title",
    }
)  # fmt: skip
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "srcset"})
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")
# As browsers read a URL (WHATWG URL standard): tabs and newlines anywhere are ignored, and so
# are control characters and spaces at either end.
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_EDGE_CONTROL_OR_SPACE = "".join(chr(c) for c in range(0x21))
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag}[{name}]")
            if name == "style":
                self.problems.append(f"{tag}[style]")
            if name in URL_ATTRIBUTES and value is not None:
                url = _TAB_OR_NEWLINE.sub("", value).strip(_EDGE_CONTROL_OR_SPACE).lower()
                scheme = _SCHEME.match(url)
                if scheme and not url.startswith(SAFE_SCHEMES):
                    self.problems.append(f"{tag}[{name}]={scheme.group(1)}:")

    handle_startendtag = handle_starttag


def executable_markup(fragment: str) -> list[str]:
    """What is wrong with `fragment`; an empty list when nothing could run."""
    checker = _Checker()
    checker.feed(fragment)
    checker.close()
    lowered = fragment.lower()
    if "<script" in lowered:
        checker.problems.append("<script")
    return checker.problems
