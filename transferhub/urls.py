from pathlib import Path

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.cache import cache_control
from django.views.i18n import set_language

from transferhub.accounts import views as accounts_views
from transferhub.decisions import urls_meeting as decisions_on_meetings
from transferhub.meetings import urls as meetings_urls
from transferhub.portal import views as portal_views

FAVICON = (Path(__file__).resolve().parent / "static" / "favicon.ico").read_bytes()


@cache_control(public=True, max_age=86400)
def favicon(request):
    """The icon browsers ask for at /favicon.ico (also in static as favicon.svg)."""
    return HttpResponse(FAVICON, content_type="image/vnd.microsoft.icon")


urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("", portal_views.start, name="home"),
    path("", include("transferhub.portal.urls")),
    path("anmelden/", accounts_views.LoginView.as_view(), name="login"),
    path("abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path("sprache/", set_language, name="set_language"),
    path("", include("transferhub.accounts.urls")),
    path("", include("transferhub.network.urls")),
    path("", include("transferhub.regional.urls")),  # regional networks (issue 16)
    path("", include("transferhub.events.urls")),  # regional networks (issue 16)
    # A meeting's pages; those writing decisions and tasks come from decisions, above meetings.
    path(
        "sitzungen/",
        include((meetings_urls.urlpatterns + decisions_on_meetings.urlpatterns, "meetings")),
    ),
    path("", include("transferhub.decisions.urls")),
    path("abstimmungen/", include("transferhub.votes.urls")),
    path("planung/", include("transferhub.planning.urls")),
    path("protokollpruefung/", include("transferhub.reviews.urls")),
    path("oeffentlich/", include("transferhub.subscriptions.urls")),
    path("vorlagen/", include("transferhub.papers.urls")),
    path("protokolle/", include("transferhub.protocols.urls")),
    path("einladungen/", include("transferhub.invitations.urls")),
    path("checks/", include("transferhub.checks.urls")),
    path("registrieren/", include("transferhub.checks.registration_urls")),
    path("lieferanten/", include("transferhub.suppliers.urls")),
    path("beschwerden/", include("transferhub.complaints.urls")),
    path("", include("transferhub.api.urls")),
    path("verwaltung/", include("transferhub.lib.urls")),
    path("admin/", admin.site.urls),
]
