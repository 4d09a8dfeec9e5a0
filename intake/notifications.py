"""Telling clinicians about an urgent intake. The email carries no PHI: a reference and a link."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.roles import CLINICIANS
from intake.models import Intake


def clinician_addresses() -> list[str]:
    users = get_user_model().objects.filter(groups__name=CLINICIANS, is_active=True)
    return sorted({user.email for user in users if user.email})


def notify_urgent_intake(intake: Intake) -> int:
    """Email every active clinician. Returns how many messages were sent."""
    link = settings.SITE_URL.rstrip("/") + reverse("review:intake", kwargs={"pk": intake.pk})
    subject = _("Urgent intake %(reference)s needs review") % {"reference": intake.reference}
    body = _(
        "An intake screened as urgent has arrived.\n\nReference: %(reference)s\nOpen it: %(link)s\n"
        "\nSign in to read it. This email deliberately contains no patient details."
    ) % {"reference": intake.reference, "link": link}
    messages = [
        (subject, body, settings.DEFAULT_FROM_EMAIL, [address]) for address in clinician_addresses()
    ]
    return send_mass_mail(messages, fail_silently=True)
