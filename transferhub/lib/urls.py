from django.urls import path

from . import views

app_name = "lib"
urlpatterns = [
    path("aenderungen/", views.audit_log, name="audit_log"),
    path("zeitplan/", views.schedule, name="schedule"),
]
