"""Access rules for staff pages.

Anonymous visitors are sent to sign in; signed-in users without the role get 403. Every view that
shows protected health information is wrapped in `clinician_required`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from accounts.roles import is_clinician

View = Callable[..., HttpResponse]


def clinician_required(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_clinician(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
