from django.urls import path

from . import views

app_name = "events"
urlpatterns = [
    path("netzwerke/<slug:slug>/veranstaltungen/<int:pk>/", views.event_detail, name="detail"),
    path("netzwerke/<slug:slug>/veranstaltungen.ics", views.feed, name="network_feed"),
    path("veranstaltungen/feed.ics", views.feed, name="feed"),
    path("veranstaltungen/<int:pk>.ics", views.event_ics_download, name="ics"),
    path(
        "veranstaltungen/anmeldung/<str:token>/bestaetigen/",
        views.registration_confirm,
        name="confirm",
    ),
    path(
        "veranstaltungen/anmeldung/<str:token>/absagen/", views.registration_cancel, name="cancel"
    ),
    path("veranstaltungen/verwaltung/", views.manage_list, name="manage"),
    path("veranstaltungen/verwaltung/neu/", views.event_create, name="create"),
    path("veranstaltungen/verwaltung/<int:pk>/", views.event_edit, name="edit"),
    path(
        "veranstaltungen/verwaltung/<int:pk>/teilnehmende/", views.participants, name="participants"
    ),
    path(
        "veranstaltungen/verwaltung/<int:pk>/teilnehmende.<str:fmt>",
        views.participants_export,
        name="participants_export",
    ),
    path("veranstaltungen/verwaltung/<int:pk>/einlass/", views.check_in, name="check_in"),
    path(
        "veranstaltungen/verwaltung/anmeldungen/<int:pk>/bescheinigung/",
        views.certificate,
        name="certificate",
    ),
]
