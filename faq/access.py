"""Who may see FAQ articles that are not published: staff allowed to change articles."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

View = Callable[..., HttpResponse]

CHANGE_ARTICLE_PERMISSION = "faq.change_article"


def is_faq_editor(user: Any) -> bool:
    """Content editors (and administrators): active staff with the change-article permission."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.is_staff
        and user.has_perm(CHANGE_ARTICLE_PERMISSION)
    )


def faq_editor_required(view: View) -> View:
    """Anonymous visitors are sent to sign in; signed-in users who are not editors get 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_faq_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
