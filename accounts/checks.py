"""Deploy checks (`manage.py check --deploy`) for the clinic's security policy.

Each one fails the deploy check when a setting would weaken a safeguard the product promises
(docs/security.md): the second factor, session timeouts, sign-in lockout, the content security
policy, secure cookies, the password policy and PHI-free error reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register

MFA_MIDDLEWARE = "accounts.middleware.SecondFactorRequiredMiddleware"
SESSION_MIDDLEWARE = "accounts.middleware.StaffSessionMiddleware"
AXES_MIDDLEWARE = "axes.middleware.AxesMiddleware"
AXES_BACKEND = "axes.backends.AxesStandaloneBackend"
CSP_MIDDLEWARE = "csp.middleware.CSPMiddleware"
MAX_IDLE_SECONDS = 30 * 60
MAX_ABSOLUTE_SECONDS = 12 * 60 * 60
MIN_PASSWORD_LENGTH = 12
REPORTER_FILTER = "audit.redaction.PHISafeExceptionReporterFilter"
DATABASE_SESSION_ENGINES = frozenset(
    {"django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db"}
)

AppConfigs = Sequence[AppConfig] | None


@register(Tags.security, deploy=True)
def check_second_factor(app_configs: AppConfigs = None, **kwargs: Any) -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    if MFA_MIDDLEWARE not in settings.MIDDLEWARE:
        errors.append(
            Error(
                "Staff can reach PHI and the admin without a second factor.",
                hint=f"Add {MFA_MIDDLEWARE!r} to MIDDLEWARE.",
                id="clinic.E001",
            )
        )
    if "totp" not in getattr(settings, "MFA_SUPPORTED_TYPES", []):
        errors.append(
            Error(
                "TOTP is not an enabled second factor.",
                hint="MFA_SUPPORTED_TYPES",
                id="clinic.E002",
            )
        )
    if getattr(settings, "MFA_TOTP_INSECURE_BYPASS_CODE", None):
        errors.append(
            Error(
                "A TOTP bypass code is set.",
                hint="Remove MFA_TOTP_INSECURE_BYPASS_CODE.",
                id="clinic.E003",
            )
        )
    return errors


@register(Tags.security, deploy=True)
def check_session_policy(app_configs: AppConfigs = None, **kwargs: Any) -> list[CheckMessage]:
    warnings: list[CheckMessage] = []
    if SESSION_MIDDLEWARE not in settings.MIDDLEWARE:
        warnings.append(
            Error(
                "Idle and absolute session timeouts are not enforced.",
                hint=f"Add {SESSION_MIDDLEWARE!r} to MIDDLEWARE.",
                id="clinic.E010",
            )
        )
    idle = getattr(settings, "STAFF_IDLE_TIMEOUT_SECONDS", None)
    if idle is None or idle > MAX_IDLE_SECONDS:
        warnings.append(
            Warning(
                f"Staff idle timeout is {idle} s; the policy allows at most {MAX_IDLE_SECONDS} s.",
                hint="Lower STAFF_IDLE_TIMEOUT_SECONDS.",
                id="clinic.W011",
            )
        )
    absolute = getattr(settings, "SESSION_ABSOLUTE_TIMEOUT_SECONDS", None)
    if (
        absolute is None
        or absolute > MAX_ABSOLUTE_SECONDS
        or settings.SESSION_COOKIE_AGE > MAX_ABSOLUTE_SECONDS
    ):
        warnings.append(
            Warning(
                f"Sessions may last longer than {MAX_ABSOLUTE_SECONDS} seconds.",
                hint="Lower SESSION_ABSOLUTE_TIMEOUT_SECONDS.",
                id="clinic.W012",
            )
        )
    if not (settings.SESSION_COOKIE_SECURE and settings.SESSION_COOKIE_HTTPONLY):
        warnings.append(
            Warning(
                "The session cookie may travel over plain HTTP or be read by scripts.",
                hint="Set SESSION_COOKIE_SECURE and SESSION_COOKIE_HTTPONLY.",
                id="clinic.W013",
            )
        )
    if settings.SESSION_COOKIE_SAMESITE not in {"Lax", "Strict"}:
        warnings.append(
            Warning(
                "The session cookie is sent on cross-site requests.",
                hint="SESSION_COOKIE_SAMESITE",
                id="clinic.W014",
            )
        )
    if settings.SESSION_ENGINE not in DATABASE_SESSION_ENGINES:
        warnings.append(
            Warning(
                "Sessions are not stored in the database, so they cannot all be ended server-side.",
                hint="Use the 'db' or 'cached_db' SESSION_ENGINE.",
                id="clinic.W015",
            )
        )
    return warnings


@register(Tags.security, deploy=True)
def check_lockout(app_configs: AppConfigs = None, **kwargs: Any) -> list[CheckMessage]:
    problems = []
    if "axes" not in settings.INSTALLED_APPS or not getattr(settings, "AXES_ENABLED", True):
        problems.append("axes is not installed and enabled")
    if AXES_MIDDLEWARE not in settings.MIDDLEWARE:
        problems.append(f"{AXES_MIDDLEWARE} is missing")
    backends = list(settings.AUTHENTICATION_BACKENDS)
    if not backends or backends[0] != AXES_BACKEND:
        problems.append(f"{AXES_BACKEND} is not the first authentication backend")
    parameters = getattr(settings, "AXES_LOCKOUT_PARAMETERS", None) or []
    if "username" not in parameters or "ip_address" not in parameters:
        problems.append("failures are not counted per account and per address")
    if not getattr(settings, "AXES_COOLOFF_TIME", None):
        problems.append("no cool-off period is set")
    if not problems:
        return []
    return [
        Error(
            "Repeated sign-in failures are not locked out: " + "; ".join(problems) + ".",
            hint="See the 'Brute-force protection' settings in clinic/settings.py.",
            id="clinic.E020",
        )
    ]


def _unsafe_sources(directives: dict[str, Any], name: str) -> list[str]:
    sources = directives.get(name) or directives.get("default-src") or []
    return [
        s
        for s in sources
        if s in {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"}
    ]


@register(Tags.security, deploy=True)
def check_content_security_policy(
    app_configs: AppConfigs = None, **kwargs: Any
) -> list[CheckMessage]:
    policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    directives = policy.get("DIRECTIVES") or {}
    problems = []
    if CSP_MIDDLEWARE not in settings.MIDDLEWARE:
        problems.append(f"{CSP_MIDDLEWARE} is missing")
    if not directives.get("default-src"):
        problems.append("no default-src")
    if not directives.get("script-src") and not directives.get("default-src"):
        problems.append("no script-src")
    unsafe = _unsafe_sources(directives, "script-src")
    if unsafe:
        problems.append(f"script-src allows {', '.join(unsafe)}")
    if directives.get("frame-ancestors") != ["'none'"]:
        problems.append("frame-ancestors is not 'none'")
    if policy.get("EXCLUDE_URL_PREFIXES"):
        problems.append("some URLs are excluded from the policy")
    if not problems:
        return []
    return [
        Error(
            "The Content-Security-Policy is missing or too weak: " + "; ".join(problems) + ".",
            hint="See CONTENT_SECURITY_POLICY in clinic/settings.py.",
            id="clinic.E030",
        )
    ]


@register(Tags.security, deploy=True)
def check_password_policy(app_configs: AppConfigs = None, **kwargs: Any) -> list[CheckMessage]:
    configured = cast(list[dict[str, Any]], settings.AUTH_PASSWORD_VALIDATORS)
    validators = {v["NAME"].rsplit(".", 1)[-1]: v for v in configured}
    minimum = validators.get("MinimumLengthValidator", {}).get("OPTIONS", {}).get("min_length", 8)
    if (
        "MinimumLengthValidator" in validators
        and minimum >= MIN_PASSWORD_LENGTH
        and ("CommonPasswordValidator" in validators)
    ):
        return []
    return [
        Warning(
            f"Passwords must be at least {MIN_PASSWORD_LENGTH} characters and not common ones.",
            hint="AUTH_PASSWORD_VALIDATORS",
            id="clinic.W040",
        )
    ]


@register(Tags.security, deploy=True)
def check_phi_free_errors(app_configs: AppConfigs = None, **kwargs: Any) -> list[CheckMessage]:
    if getattr(settings, "DEFAULT_EXCEPTION_REPORTER_FILTER", "") == REPORTER_FILTER:
        return []
    return [
        Warning(
            "Error reports may include POST data and local variables (possible PHI).",
            hint=f"Set DEFAULT_EXCEPTION_REPORTER_FILTER = {REPORTER_FILTER!r}.",
            id="clinic.W050",
        )
    ]


@register(Tags.security, deploy=True)
def check_shared_cache(app_configs: AppConfigs = None, **kwargs: Any) -> list[CheckMessage]:
    """Rate limits and spent TOTP codes live in the cache: every worker must see the same one."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            Warning(
                "The cache is private to each server process, so intake rate limits and "
                "sign-in rate limits are counted per process and a used TOTP code could be "
                "accepted again by another process.",
                hint="Set REDIS_URL to a Redis server shared by every worker.",
                id="clinic.W060",
            )
        ]
    return []
