"""A failing request carrying PHI writes none of it to the logs or an error report (ASVS 7.1.1,
HIPAA minimum necessary)."""

from __future__ import annotations

import io
import logging
import sys

import pytest
from django.test import Client, RequestFactory, override_settings

from audit.redaction import PHISafeExceptionReporter, RedactExceptionFilter
from tests.security.failing_urls import failing_view

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.security.failing_urls")]

NAME = "Alexandra Quintero-Pemberton"
DOB = "1985-04-12"
PHI = {"name": NAME, "dob": DOB, "phone": "+1 555 010 0199"}
QUERY = "?search=Quintero"


def console_handler() -> logging.Handler:
    for handler in logging.getLogger().handlers:
        if any(isinstance(f, RedactExceptionFilter) for f in handler.filters):
            return handler
    raise AssertionError("the root logger has no redacting handler")


@override_settings(DEBUG=False)
def test_a_failing_request_logs_no_phi(caplog: pytest.LogCaptureFixture) -> None:
    handler = console_handler()
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        with caplog.at_level(logging.INFO):
            response = Client(raise_request_exception=False).post(f"/test-fail/{QUERY}", PHI)
    finally:
        handler.setStream(previous)

    assert response.status_code == 500
    written = caplog.text + stream.getvalue()
    assert "Internal Server Error: /test-fail/" in written
    assert "ValueError" in written and "failing_view" in written  # still useful to debug
    for value in [*PHI.values(), "Quintero"]:
        assert value not in written
    assert NAME not in response.content.decode()


def test_the_error_report_hides_post_data_locals_query_and_message() -> None:
    request = RequestFactory().post(f"/test-fail/{QUERY}", PHI)
    try:
        failing_view(request)
    except ValueError:
        exc_info = sys.exc_info()
    with override_settings(DEBUG=False):
        report = PHISafeExceptionReporter(request, *exc_info).get_traceback_text()
    assert "failing_view" in report
    for value in [*PHI.values(), "Quintero"]:
        assert value not in report


def test_error_reports_keep_everything_in_development() -> None:
    """With DEBUG on (development only), the full report helps; the filters step aside."""
    request = RequestFactory().post("/test-fail/", PHI)
    try:
        failing_view(request)
    except ValueError:
        exc_info = sys.exc_info()
    with override_settings(DEBUG=True):
        report = PHISafeExceptionReporter(request, *exc_info).get_traceback_text()
    assert NAME in report


def test_the_redacting_filter_keeps_chained_frames_but_no_messages() -> None:
    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "boom", (), None)
    try:
        try:
            raise KeyError(DOB)
        except KeyError as inner:
            raise RuntimeError(NAME) from inner
    except RuntimeError:
        record.exc_info = sys.exc_info()
    assert RedactExceptionFilter().filter(record) is True
    text = logging.Formatter().format(record)
    assert "KeyError" in text and "RuntimeError" in text
    assert NAME not in text and DOB not in text
    assert record.exc_info is None
