"""The URLs of a network's website on its own host name (see middleware.py).

The same views as under /netzwerke/<slug>/; the slug comes from the host.
"""

from functools import wraps

from django.urls import path

from transferhub.events import views as event_views

from . import views


def _on_host(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return view(request, request.network.slug, *args, **kwargs)

    return wrapped


app_name = "regional_host"
urlpatterns = [
    path("", _on_host(views.site), name="site"),
    path("kontakt/", _on_host(views.contact), name="contact"),
    path("impressum/", _on_host(views.imprint), name="imprint"),
    path("datenschutz/", _on_host(views.privacy), name="privacy"),
    path("grundlagenpapier/", _on_host(views.founding_paper), name="founding_paper"),
    path("bild/", _on_host(views.picture), name="picture"),
    path("veranstaltungen/<int:pk>/", _on_host(event_views.event_detail), name="event"),
    path("veranstaltungen.ics", _on_host(event_views.feed), name="feed"),
    path("veranstaltungen/<int:pk>.ics", event_views.event_ics_download, name="event_ics"),
]


def not_found(request, exception=None):
    """A 404 in the website's own plain layout (the main site's menu is not here)."""
    return views.site_not_found(request)


handler404 = not_found
