"""Keep protected health information out of logs and error reports.

A failing request can carry a patient's name or date of birth in its POST data, its query string,
the local variables of the failing frame, or the exception message itself (PostgreSQL puts the
offending value in an IntegrityError, for instance). Three layers keep those out:

- `RedactExceptionFilter`, a logging filter on the `django.request`/`django.security` loggers and
  on every handler, replaces a record's traceback with one that keeps file, line and function but
  drops every exception message.
- `PHISafeExceptionReporterFilter` (DEFAULT_EXCEPTION_REPORTER_FILTER) hides every POST value,
  every local variable and every cookie in error reports when DEBUG is off.
- `PHISafeExceptionReporter` (DEFAULT_EXCEPTION_REPORTER) also hides the query string and the
  exception message in those reports.

Views that handle PHI should still use `sensitive_post_parameters()`/`sensitive_variables()`:
they protect the same data in development (DEBUG on), where these filters step aside.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType
from typing import Any

from django.http import HttpRequest
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

REDACTED = "[redacted]"
# Request headers and variables that can repeat the query string (a search for a patient's name).
QUERY_BEARING_META = ("QUERY_STRING", "HTTP_REFERER", "REQUEST_URI", "RAW_URI")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def redacted_traceback(exc_info: ExcInfo) -> str:
    """The traceback with its frames and exception types, without any exception message."""
    blocks: list[str] = []
    exc: BaseException | None = exc_info[1]
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
        blocks.append(
            "Traceback (most recent call last):\n"
            f"{frames}{type(exc).__module__}.{type(exc).__qualname__}: {REDACTED}"
        )
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "\n\nThe above exception was caused by or raised while handling:\n\n".join(blocks)


class RedactExceptionFilter(logging.Filter):
    """Swap the record's exception for a message-free traceback. Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redacted_traceback(record.exc_info)
            # Handlers that build their own report from exc_info (the admin email) would bring
            # the message back; the formatted text above is all any handler may use.
            record.exc_info = None
        return True


class PHISafeExceptionReporterFilter(SafeExceptionReporterFilter):
    """With DEBUG off, error reports carry no POST values, local variables, cookies or query."""

    def get_post_parameters(self, request: HttpRequest | None) -> Any:
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        return {key: self.cleansed_substitute for key in request.POST}

    def get_traceback_frame_variables(self, request: HttpRequest | None, tb_frame: Any) -> Any:
        if request is None or not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]

    def get_safe_request_meta(self, request: HttpRequest) -> dict[str, Any]:
        meta: dict[str, Any] = super().get_safe_request_meta(request)
        if self.is_active(request):
            for key in QUERY_BEARING_META:
                if key in meta:
                    meta[key] = self.cleansed_substitute
        return meta

    def get_safe_cookies(self, request: HttpRequest) -> dict[str, str]:
        if not self.is_active(request):
            return super().get_safe_cookies(request)
        return dict.fromkeys(getattr(request, "COOKIES", {}), self.cleansed_substitute)

    def is_active(self, request: HttpRequest | None) -> bool:
        return bool(super().is_active(request))


class PHISafeExceptionReporter(ExceptionReporter):
    """Also hides the query string and the exception message when the filter is active."""

    def get_traceback_data(self) -> dict[str, Any]:
        data: dict[str, Any] = super().get_traceback_data()
        if self.request is None or not self.filter.is_active(self.request):
            return data
        substitute = PHISafeExceptionReporterFilter.cleansed_substitute
        data["request_GET_items"] = [(key, substitute) for key in self.request.GET]
        data["request_insecure_uri"] = self.request.path
        data["request_FILES_items"] = [(key, substitute) for key in self.request.FILES]
        data["unicode_hint"] = ""
        data.pop("exception_notes", None)
        if "exception_value" in data:
            data["exception_value"] = REDACTED
        return data
