"""Answers other than success: an HTTP status, a stable code and a German message."""

from django.utils.translation import gettext as _


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


def refused(exc: Exception, *, conflict: bool = False) -> ApiProblem:
    """A service's refusal as 409 (the object's state forbids it) or 400 (a rule was broken)."""
    message = getattr(exc, "message", None) or str(exc)
    if conflict:
        return ApiProblem(409, "conflict", message)
    return ApiProblem(400, "refused", message)
