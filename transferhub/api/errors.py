"""Answers other than success: an HTTP status, a stable code and a German message."""

from django.utils.translation import gettext as _

from transferhub.lib.refusals import refusal_means_conflict, refusal_status  # noqa: F401


class ApiProblem(Exception):
    """An API answer other than success: HTTP status, stable code, German message."""

    def __init__(self, status: int, code: str, message: str, **extra):
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def not_found() -> ApiProblem:
    return ApiProblem(404, "not_found", _("Nicht gefunden oder nicht sichtbar."))


def forbidden() -> ApiProblem:
    return ApiProblem(403, "forbidden", _("Dazu sind Sie nicht berechtigt."))


def login_required() -> ApiProblem:
    return ApiProblem(
        401,
        "authentication_required",
        _("Bitte melden Sie sich mit einem API-Token an (Authorization: Bearer …)."),
    )


def refusal(request, exc: Exception) -> ApiProblem:
    """A service's refusal (its error carries a message fit to show) as our problem."""
    message = getattr(exc, "message", None) or str(exc)
    status = refusal_status(request, exc)
    code = {409: "conflict", 422: "validation_error"}.get(status, "refused")
    return ApiProblem(status, code, message)
