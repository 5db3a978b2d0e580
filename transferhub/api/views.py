"""Pages of the api app: the API documentation and the personal token settings."""

import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.network.permissions import person_of

from . import services
from .forms import TokenForm
from .models import ApiToken, CalendarFeed
from .v1 import api

METHOD_ORDER = ["get", "post", "put", "patch", "delete"]


def _operations(schema: dict) -> list[dict]:
    """The schema's operations grouped by tag, for a readable page."""
    groups: dict[str, list] = {}
    for path, methods in schema.get("paths", {}).items():
        for method in METHOD_ORDER:
            op = methods.get(method)
            if op is None:
                continue
            params = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "type": p.get("schema", {}).get("type", ""),
                }
                for p in op.get("parameters", [])
            ]
            body = op.get("requestBody", {}).get("content", {})
            ok = sorted(str(c) for c in op.get("responses", {}) if str(c).startswith("2"))
            tag = (op.get("tags") or [_("Allgemein")])[0]
            groups.setdefault(tag, []).append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                    "body": ", ".join(body),
                    "ok": ", ".join(ok),
                }
            )
    return [{"tag": tag, "operations": ops} for tag, ops in groups.items()]


@functools.cache
def _docs_context(language: str) -> dict:
    # Building the schema takes a moment; it only changes with the code (and the language,
    # should a text of the schema be translated, as openapi.json is kept per language).
    schema = api.get_openapi_schema()
    return {
        "groups": _operations(schema),
        "description": schema.get("info", {}).get("description", ""),
    }


def api_docs(request):
    """List the API's operations from its OpenAPI schema, server-rendered, without a CDN."""
    return render(
        request,
        "api/docs.html",
        {
            **_docs_context(get_language()),
            "schema_url": reverse("api:openapi-json"),
            "base_url": settings.SITE_URL + reverse("api:api-root"),
        },
    )


@login_required
def token_settings(request):
    """Schnittstellen: create and revoke API tokens, and reset the calendar feed URL."""
    form = TokenForm(request.POST or None)
    new_secret = None
    if request.method == "POST" and form.is_valid():
        try:
            token, new_secret = services.token_create(
                user=request.user, actor=request.user, **form.cleaned_data
            )
        except services.ApiError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _(
                    "Das Token „%(name)s“ wurde erstellt. Kopieren Sie es jetzt: "
                    "es wird nur dieses eine Mal angezeigt."
                )
                % {"name": token.name},
            )
            form = TokenForm()
    person = person_of(request.user)
    feed = CalendarFeed.objects.filter(person=person).first() if person else None
    context = {
        "form": form,
        "new_secret": new_secret,
        "tokens": ApiToken.objects.filter(user=request.user).order_by("-created"),
        "person": person,
        "feed_url": settings.SITE_URL + reverse("api:person_feed", args=[feed.key])
        if feed
        else None,
        "feed_key": feed.key if feed else None,
        "api_base": settings.SITE_URL + reverse("api:api-root"),
    }
    response = render(request, "api/tokens.html", context)
    # The page may show a secret: no caching anywhere.
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def token_revoke(request, pk: int):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.token_revoke(token=token, actor=request.user)
    messages.success(request, _("Das Token „%(name)s“ wurde widerrufen.") % {"name": token.name})
    return redirect("api:tokens")


@login_required
@require_POST
def feed_reset(request):
    person = person_of(request.user)
    if person is None:
        messages.error(request, _("Zu Ihrem Zugang gibt es keinen Personeneintrag."))
        return redirect("api:tokens")
    services.feed_key_reset(person=person, actor=request.user)
    messages.success(
        request,
        _("Ihr Kalender hat eine neue Adresse. Die bisherige funktioniert nicht mehr."),
    )
    return redirect("api:tokens")
