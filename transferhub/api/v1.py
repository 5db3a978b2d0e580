"""The JSON API (version 1): token authentication, rate limit, errors as JSON, paging.

Built on django-ninja: it derives the OpenAPI 3 schema from type hints and
validates input with pydantic. The operations live in routers/, one module per domain.
"""

import logging
from http import HTTPStatus

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError
from ninja.renderers import JSONRenderer
from ninja.security import HttpBearer

from transferhub.lib.ratelimit import over_limit, seconds_left
from transferhub.lib.refusals import Refusal
from transferhub.lib.versioning import StaleVersion, etag

from . import routers
from .errors import ApiProblem, forbidden, login_required, not_found, refusal
from .models import ApiToken
from .routers import (
    account,
    agenda,
    attachments,
    bodies,
    checks,
    decisions,
    meetings,
    people,
    search,
    suppliers,
    tasks,
)
from .schemas import ERROR_CODES, ERROR_STATUSES
from .services import token_digest

logger = logging.getLogger(__name__)

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def _rate_limit(request, key: str) -> None:
    """Count requests per token (or address) in the current minute; refuse beyond the limit."""
    limit = settings.API_RATE_LIMIT
    if over_limit("api-rate", key, limit=limit, window_seconds=60):
        raise ApiProblem(
            429,
            "rate_limited",
            _("Zu viele Anfragen. Erlaubt sind %(limit)d pro Minute; bitte warten Sie kurz.")
            % {"limit": limit},
            retry_after=seconds_left(60),
        )


class TokenAuth(HttpBearer):
    """Bearer token of a person; without the header the request is anonymous (public data)."""

    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        request.api_token = None
        if not header:
            _rate_limit(request, "addr:" + request.META.get("REMOTE_ADDR", ""))
            if request.method not in SAFE_METHODS:
                raise login_required()
            request.user = AnonymousUser()
            return request.user
        scheme, _sep, secret = header.partition(" ")
        return self.authenticate(request, secret.strip() if scheme.lower() == "bearer" else "")

    def authenticate(self, request, token: str):
        found = (
            ApiToken.objects.select_related("user").filter(digest=token_digest(token)).first()
            if token
            else None
        )
        if found is None or not found.is_active or not found.user.is_active:
            raise ApiProblem(
                401, "invalid_token", _("Das Token ist ungültig oder wurde widerrufen.")
            )
        _rate_limit(request, f"token:{found.pk}")
        if request.method not in SAFE_METHODS and not found.can_write:
            raise ApiProblem(
                403,
                "token_read_only",
                _(
                    "Dieses Token darf nur lesen. Für Änderungen brauchen Sie ein Token mit Schreibrecht."
                ),
            )
        now = timezone.now()
        if found.last_used is None or (now - found.last_used).total_seconds() > 60:
            ApiToken.objects.filter(pk=found.pk).update(last_used=now)
        request.api_token = found
        request.user = found.user
        return found.user


class Utf8Renderer(JSONRenderer):
    # German text stays readable in the raw JSON ("Sitzung für …", not escapes).
    json_dumps_params = {"ensure_ascii": False}


# The operation ids of the first release named the module that held the operation
# (transferhub_api_endpoints_get_meeting); clients generated from the schema call them
# by these names, so they stay while the operations live in routers/.
OPERATION_ID_PREFIX = {
    "checks": "transferhub_api_endpoints_checks",
    "search": "transferhub_api_endpoints_search",
    "suppliers": "transferhub_api_endpoints_suppliers",
}


class TransferhubApi(NinjaAPI):
    # One API object per process: its documents by (path prefix, language).
    _schemas: dict[tuple[str, str], dict] = {}

    def get_openapi_operation_id(self, operation) -> str:
        package, _dot, module = operation.view_func.__module__.rpartition(".")
        if package != routers.__name__:
            return super().get_openapi_operation_id(operation)
        prefix = OPERATION_ID_PREFIX.get(module, "transferhub_api_endpoints")
        return f"{prefix}_{operation.view_func.__name__}"

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """The OpenAPI document; every operation documents our error answers.

        The routers of other apps (votes) import nothing of this app and so cannot name
        ErrorOut themselves; the exception handlers below answer their errors all the same.
        Built once per process, prefix and language: building it costs 1–2 s of CPU, and
        the operations cannot change while the process runs.
        """
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        key = (path_prefix, get_language())
        if key not in self._schemas:
            self._schemas[key] = self._schema_with_errors(path_prefix)
        return self._schemas[key]

    def _schema_with_errors(self, path_prefix: str):
        schema = super().get_openapi_schema(path_prefix=path_prefix)
        error = {"$ref": "#/components/schemas/ErrorOut"}
        for operations in schema["paths"].values():
            for operation in operations.values():
                answers = operation.setdefault("responses", {})
                for status in sorted(ERROR_STATUSES):
                    answers.setdefault(
                        status,
                        {
                            "description": HTTPStatus(status).phrase,
                            "content": {"application/json": {"schema": error}},
                        },
                    )
        return schema


api = TransferhubApi(
    title="Transferhub API",
    version="1",
    description=(
        "Gremien, Personen, Sitzungen, Tagesordnungspunkte, Beschlüsse, Aufgaben und Anlagen; "
        "Bewertungen und Maßnahmenpläne der Checks; Lieferanten und Siegelprüfung; "
        "Volltextsuche. "
        "Anmeldung mit einem persönlichen Token: `Authorization: Bearer <token>`; "
        "ohne Token nur öffentliche Daten."
    ),
    urls_namespace="api",
    docs_url=None,  # the bundled Swagger UI loads from a CDN; we serve our own page
    auth=TokenAuth(),
    renderer=Utf8Renderer(),
)


def problem(request, status: int, code: str, message: str, **extra):
    response = api.create_response(
        request, {"code": code, "message": message, **extra}, status=status
    )
    if status == 429 and "retry_after" in extra:
        response["Retry-After"] = str(extra["retry_after"])
    return response


@api.exception_handler(ApiProblem)
def _on_problem(request, exc: ApiProblem):
    return problem(request, exc.status, exc.code, exc.message, **exc.extra)


def _on_refusal(request, exc: Exception):
    err = refusal(request, exc)
    return problem(request, err.status, err.code, err.message)


# Each app's services refuse with their own error type, its message fit to show; all
# derive from lib.refusals.Refusal, so this one handler answers every app's refusal.
api.add_exception_handler(Refusal, _on_refusal)


@api.exception_handler(StaleVersion)
def _on_stale(request, exc: StaleVersion):
    # The record changed since the client read it (its If-Match names an older version).
    response = problem(
        request,
        412,
        "precondition_failed",
        str(exc),
        current_version=exc.current.version,
    )
    response["ETag"] = etag(exc.current)
    return response


@api.exception_handler(ValidationError)
def _on_invalid(request, exc: ValidationError):
    errors = [
        {
            "loc": [str(part) for part in error.get("loc", ())],
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        }
        for error in exc.errors
    ]
    return problem(
        request,
        422,
        "validation_error",
        _("Die Angaben sind unvollständig oder haben den falschen Typ."),
        errors=errors,
    )


@api.exception_handler(HttpError)
def _on_http_error(request, exc: HttpError):
    if exc.status_code == 400:
        return problem(
            request, 400, "malformed_json", _("Der Inhalt der Anfrage ist kein gültiges JSON.")
        )
    if exc.status_code == 401:
        return problem(request, 401, "authentication_required", login_required().message)
    code = ERROR_CODES.get(exc.status_code, "error")
    return problem(request, exc.status_code, code, str(exc))


@api.exception_handler(Http404)
def _on_404(request, exc):
    err = not_found()
    return problem(request, 404, err.code, err.message)


@api.exception_handler(PermissionDenied)
def _on_403(request, exc):
    err = forbidden()
    return problem(request, 403, err.code, err.message)


@api.exception_handler(Exception)
def _on_crash(request, exc):
    logger.exception("API error", exc_info=exc)
    return problem(
        request, 500, "server_error", _("Ein interner Fehler ist aufgetreten. Bitte später erneut.")
    )


# One router per domain, each in its own module under routers/.
for _module in (
    account,
    bodies,
    people,
    meetings,
    agenda,
    attachments,
    decisions,
    tasks,
    checks,
    search,
    suppliers,
):
    api.add_router("", _module.router)
api.add_router("", "transferhub.votes.api.router")  # votes: routes in their own app
api.add_router("", "transferhub.papers.api.router")  # papers (Vorlagen), likewise
api.add_router("", "transferhub.events.api.router")  # networks and events (issue 16)
api.add_router("", "transferhub.regional.api.router")  # partners: directory, applying (issue 16)
api.add_router("", "transferhub.planning.api.router")  # agenda proposals, series, backlog
api.add_router("", "transferhub.reviews.api.router")  # review rounds, likewise
api.add_router("", "transferhub.subscriptions.api.router")  # the public calendar, likewise
api.add_router("", "transferhub.complaints.api.router")  # complaints, likewise
api.add_router("", "transferhub.suppliers.api.router")  # seal types, certificates, shares
api.add_router("", "transferhub.invitations.api.router")  # invitations, likewise
