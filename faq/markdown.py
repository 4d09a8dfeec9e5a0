"""Markdown written by content editors, turned into HTML that is safe to show to patients.

Editors paste text from anywhere (Word, web pages, e-mail), so the HTML that Markdown produces
is passed through an allow-list sanitiser (nh3): only the tags and attributes below survive, links
may only use the schemes below, and the content of script-like elements is dropped entirely.
Nothing that can run code, load a frame, change styling or submit a form gets through.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
        "strong", "em", "b", "i", "code", "pre", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tr", "th", "td",
        "a", "abbr", "sub", "sup",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Removed together with everything inside them, so no script text or frame fallback leaks out.
DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
        "noscript", "noembed", "noframes", "template", "svg", "math", "title", "textarea",
        "select", "xmp", "head", "button",
    }
)  # fmt: skip
MARKDOWN_EXTENSIONS = ["sane_lists", "tables"]

_WHITESPACE = re.compile(r"\s+")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _TopHeadingIsH2(Treeprocessor):
    """The page's own <h1> is the question, so a `# Heading` in the answer becomes an <h2>."""

    def run(self, root: ET.Element) -> None:
        for element in root.iter("h1"):
            element.tag = "h2"


class _ClinicMarkdown(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_TopHeadingIsH2(md), "faq_top_heading_is_h2", 0)


def sanitise_html(fragment: str) -> str:
    """Keep only allow-listed tags, attributes and URL schemes; links get rel=noopener."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Editor Markdown (which may contain pasted HTML) as sanitised HTML."""
    converted = markdown.markdown(
        text, extensions=[*MARKDOWN_EXTENSIONS, _ClinicMarkdown()], output_format="html"
    )
    return sanitise_html(converted)


def html_to_text(fragment: str) -> str:
    """Plain text of sanitised HTML, for search and snippets: tags dropped, entities decoded."""
    # A space before every tag keeps words in neighbouring blocks ("<li>a</li><li>b</li>") apart.
    spaced = fragment.replace("<", " <")
    without_tags = nh3.clean(spaced, tags=set(), clean_content_tags=set(DROPPED_WITH_CONTENT))
    text = _CONTROL_CHARACTERS.sub(" ", html.unescape(without_tags))
    return _WHITESPACE.sub(" ", text).strip()
