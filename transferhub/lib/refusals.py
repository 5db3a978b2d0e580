"""A service's refusal: the base of every app's error, and how the API answers it.

Each app's services raise their own error (PlanningError, VoteError, …) with a message
fit to show. They all derive from `Refusal`, so the JSON API answers every one of them
in one exception handler (transferhub.api.v1) instead of a try/except per endpoint:
with the error class's `api_status` (400 "refused" or 422 "validation_error"), or 409
"conflict" where the operation said beforehand that a refusal means the object's state
forbids it (`refusal_means_conflict`).
"""

from collections.abc import Callable


class Refusal(Exception):
    """A rule was broken; the message says which, in the user's language."""

    api_status = 400


def refusal_means_conflict(request, conflict: bool | Callable[[], bool] = True) -> None:
    """Answer a refusal in this request with 409 (the object's state forbids it).

    `conflict` may be a function, asked only when a refusal comes: whether the state
    (looked at after the refusal) is what forbade it.
    """
    request.refusal_is_conflict = conflict


def refusal_status(request, exc: Refusal) -> int:
    conflict = getattr(request, "refusal_is_conflict", False)
    if conflict() if callable(conflict) else conflict:
        return 409
    return getattr(exc, "api_status", 400)
