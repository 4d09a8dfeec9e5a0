from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import ClinicianFactory, ContentEditorFactory, UserFactory


@pytest.fixture
def clinician(db):
    return ClinicianFactory()


@pytest.fixture
def content_editor(db):
    return ContentEditorFactory()


@pytest.fixture
def plain_user(db):
    return UserFactory()


@pytest.fixture
def clinician_client(clinician) -> Client:
    client = Client()
    client.force_login(clinician)
    return client


@pytest.fixture
def editor_client(content_editor) -> Client:
    client = Client()
    client.force_login(content_editor)
    return client
