from django.urls import path

from . import views

app_name = "papers"
urlpatterns = [
    path("", views.paper_list, name="list"),
    path("neu/", views.paper_create, name="create"),
    path("<int:pk>/", views.paper_detail, name="detail"),
    path("<int:pk>/bearbeiten/", views.paper_edit, name="edit"),
    path("<int:pk>/dokument/", views.file_add, name="file_add"),
    path("<int:pk>/dokument/<int:file_pk>/version/", views.version_add, name="version_add"),
    path("<int:pk>/dokument/<int:file_pk>/vergleich/", views.version_compare, name="compare"),
    path("<int:pk>/beratung/", views.consultation_add, name="consultation_add"),
    path("<int:pk>/tagesordnung/", views.agenda_put, name="agenda_put"),
    path(
        "<int:pk>/beratung/<int:consultation_pk>/ergebnis/",
        views.result_record,
        name="result",
    ),
    path("<int:pk>/stufe/", views.stage_set, name="stage"),
    path("version/<int:pk>/", views.version_view, name="version"),
    path("version/<int:pk>/herunterladen/", views.version_download, name="version_download"),
]
