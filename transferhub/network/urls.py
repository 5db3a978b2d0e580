from django.urls import path

from . import views, views_networks, views_partners

app_name = "network"
urlpatterns = [
    path("gremien/", views.body_list, name="bodies"),
    path("gremien/neu/", views.body_create, name="body_create"),
    path("gremien/<int:pk>/", views.body_detail, name="body"),
    path("gremien/<int:pk>/bearbeiten/", views.body_edit, name="body_edit"),
    path("gremien/<int:pk>/mitglieder/neu/", views.membership_add, name="membership_add"),
    path("gremien/<int:pk>/interesse/", views.interest_register, name="interest_register"),
    path("mitgliedschaften/<int:pk>/beenden/", views.membership_end, name="membership_end"),
    path("interessen/", views.interest_list, name="interests"),
    path("interessen/<int:pk>/annehmen/", views.interest_accept, name="interest_accept"),
    path("interessen/<int:pk>/ablehnen/", views.interest_decline, name="interest_decline"),
    path("organisationen/", views.organisation_list, name="organisations"),
    path("organisationen/neu/", views.organisation_create, name="organisation_create"),
    path("organisationen/<int:pk>/", views.organisation_edit, name="organisation_edit"),
    path("personen/", views.person_list, name="people"),
    path("personen/neu/", views.person_create, name="person_create"),
    path("personen/<int:pk>/", views.person_edit, name="person_edit"),
    path("personen/<int:pk>/export/", views.person_export, name="person_export"),
    path("personen/<int:pk>/loeschen/", views.person_erase, name="person_erase"),
    path("meine-daten/", views.my_data, name="my_data"),
    path("meine-daten/export/", views.my_data_export, name="my_data_export"),
    # Networks (regional and federal): management; the public websites are in regional.
    path("netzwerke/verwaltung/", views_networks.network_list, name="networks"),
    path("netzwerke/verwaltung/neu/", views_networks.network_create, name="network_create"),
    path("netzwerke/verwaltung/<int:pk>/", views_networks.network_edit, name="network_edit"),
    path(
        "netzwerke/verwaltung/<int:pk>/auswahl/<str:field>/",
        views_networks.network_picker,
        name="network_picker",
    ),
    path("partner/", views_partners.directory, name="partners"),
    path("partner/werden/", views_partners.apply, name="partner_apply"),
    path("partner/antraege/", views_partners.applications, name="partner_applications"),
    path("partner/antraege/<int:pk>/", views_partners.decide, name="partner_decide"),
    path(
        "netzwerke/verwaltung/<int:pk>/anerkennung/",
        views_networks.application,
        name="application",
    ),
]
