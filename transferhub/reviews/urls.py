from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("regeln/<int:body_pk>/", views.settings_edit, name="settings"),
    path("sitzung/<int:meeting_pk>/", views.meeting_reviews, name="meeting"),
    path("<int:pk>/", views.round_detail, name="detail"),
    path("<int:pk>/lesen/", views.round_read, name="read"),
    path("<int:pk>/weitergeben/", views.round_widen, name="widen"),
    path("<int:pk>/abschliessen/", views.round_close, name="close"),
    path("<int:pk>/genehmigen/", views.round_approve, name="approve"),
    path("rueckmeldung/<int:pk>/entscheiden/", views.response_decide, name="decide"),
    path("link/<str:token>/", views.review_link, name="link"),
]
