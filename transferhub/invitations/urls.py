from django.urls import path

from . import views

app_name = "invitations"

urlpatterns = [
    path("sitzung/<int:pk>/", views.preview, name="preview"),
    path("sitzung/<int:pk>/erneut-senden/", views.retry, name="retry"),
    path("sitzung/<int:pk>/antwort/", views.my_answer, name="my_answer"),
    path("sitzung/<int:pk>/protokollversand/", views.deliveries, name="deliveries"),
    path("gremium/<int:body_pk>/einstellungen/", views.body_settings, name="settings"),
    path("link/<str:token>/", views.answer, name="answer"),
]
