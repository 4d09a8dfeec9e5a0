"""The client's IP address, taken the one way both the audit log and sign-in lockout trust.

Behind TRUSTED_PROXY_COUNT reverse proxies, each proxy appends the address it received the request
from to X-Forwarded-For, so the right-most N entries were written by our proxies and the N-th from
the right is the client as our outermost proxy saw it. Everything to the left of that was sent by
the client and can be forged, so it is ignored. Without proxies (the default), REMOTE_ADDR is the
client.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _normalise(value: str | None) -> str | None:
    if not value:
        return None
    candidate = value.strip()
    if candidate.startswith("[") and "]" in candidate:  # "[::1]:443"
        candidate = candidate[1 : candidate.index("]")]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, or None if it cannot be told (never a value the client chose)."""
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0))
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            address = _normalise(forwarded[-proxies])
            if address:
                return address
        # No usable header: the request did not come through our proxy chain. The peer address is
        # the only value the client cannot choose.
    return _normalise(request.META.get("REMOTE_ADDR"))
