"""Answers other than success: an HTTP status, a stable code and a German message."""

from collections.abc import Callable

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


def refusal_means_conflict(request, conflict: bool | Callable[[], bool] = True) -> None:
    """Answer a service's refusal in this request with 409 (the object's state forbids it).

    Otherwise a refusal is a 400 (a rule was broken). Loading a meeting to manage it
    says 409 if its minutes are approved by the time of the refusal; an operation that
    changes a state says so itself.
    """
    request.refusal_is_conflict = conflict


def refusal(request, exc: Exception) -> ApiProblem:
    """A service's refusal (its error carries a message fit to show) as our problem."""
    message = getattr(exc, "message", None) or str(exc)
    conflict = getattr(request, "refusal_is_conflict", False)
    if conflict() if callable(conflict) else conflict:
        return ApiProblem(409, "conflict", message)
    return ApiProblem(400, "refused", message)
