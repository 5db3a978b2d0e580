from django.urls import path

from . import views

app_name = "network"
urlpatterns = [
    path("gremien/", views.body_list, name="bodies"),
    path("gremien/neu/", views.body_create, name="body_create"),
    path("gremien/<int:pk>/", views.body_detail, name="body"),
    path("gremien/<int:pk>/bearbeiten/", views.body_edit, name="body_edit"),
    path("gremien/<int:pk>/mitglieder/neu/", views.membership_add, name="membership_add"),
    path("mitgliedschaften/<int:pk>/beenden/", views.membership_end, name="membership_end"),
    path("organisationen/", views.organisation_list, name="organisations"),
    path("organisationen/neu/", views.organisation_create, name="organisation_create"),
    path("organisationen/<int:pk>/", views.organisation_edit, name="organisation_edit"),
    path("personen/", views.person_list, name="people"),
    path("personen/neu/", views.person_create, name="person_create"),
    path("personen/<int:pk>/", views.person_edit, name="person_edit"),
]
