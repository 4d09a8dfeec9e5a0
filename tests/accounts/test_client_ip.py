"""The client address used by lockout and the audit log cannot be chosen by the client."""

from __future__ import annotations

import pytest
from django.test import RequestFactory, override_settings

from accounts.client_ip import client_ip

rf = RequestFactory()


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded_for", "expected"),
    [
        (0, "192.0.2.10", None, "192.0.2.10"),
        (0, "192.0.2.10", "203.0.113.5", "192.0.2.10"),  # no proxy: the header is the client's
        (1, "10.0.0.2", "203.0.113.5", "203.0.113.5"),
        (1, "10.0.0.2", "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # forged left-most ignored
        (1, "10.0.0.2", "6.6.6.6,7.7.7.7 , 203.0.113.5", "203.0.113.5"),
        (2, "10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (1, "10.0.0.2", None, "10.0.0.2"),  # bypassed the proxy: the peer is all we know
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),
        (2, "10.0.0.2", "203.0.113.5", "10.0.0.2"),  # fewer entries than proxies
        (1, "10.0.0.2", "2001:db8::1", "2001:db8::1"),
        (1, "10.0.0.2", "[2001:db8::2]", "2001:db8::2"),
        (0, "garbage", None, None),
    ],
)
def test_client_ip(
    proxies: int, remote_addr: str, forwarded_for: str | None, expected: str | None
) -> None:
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded_for
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_ip(rf.get("/", **meta)) == expected  # type: ignore[arg-type]


def test_axes_and_allauth_use_the_same_address() -> None:
    from allauth.account.adapter import get_adapter
    from axes.helpers import get_client_ip_address

    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5")
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert get_client_ip_address(request) == "203.0.113.5"
        assert get_adapter(request).get_client_ip(request) == "203.0.113.5"
