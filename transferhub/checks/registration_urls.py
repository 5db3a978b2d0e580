"""URLs of a company's self-registration, mounted at /registrieren/."""

from django.urls import path

from . import registration_views as views

app_name = "registration"
urlpatterns = [
    path("", views.register, name="register"),
    path("gesendet/", views.sent, name="sent"),
    path("link-erneut-senden/", views.resend, name="resend"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
]
