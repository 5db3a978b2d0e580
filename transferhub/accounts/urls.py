from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("anmelden/code/", views.login_code, name="login_code"),
    path("anmelden/sso/", views.sso_start, name="sso_start"),
    path("anmelden/sso/zurueck/", views.sso_callback, name="sso_callback"),
    path("konto/", views.profile, name="profile"),
    path("konto/passwort/", views.PasswordChangeView.as_view(), name="password_change"),
    path("konto/zwei-faktoren/", views.two_factor, name="two_factor"),
    path("konto/zwei-faktoren/einrichten/", views.two_factor_setup, name="two_factor_setup"),
    path("konto/zwei-faktoren/codes/", views.recovery_codes, name="recovery_codes"),
    path("konto/zwei-faktoren/ausschalten/", views.two_factor_disable, name="two_factor_disable"),
    path(
        "konto/zwei-faktoren/zuruecksetzen/<int:pk>/",
        views.two_factor_reset,
        name="two_factor_reset",
    ),
    path("passwort-vergessen/", views.password_reset, name="password_reset"),
    path("passwort-vergessen/gesendet/", views.password_reset_done, name="password_reset_done"),
    path(
        "passwort-neu/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("passwort-neu/fertig/", views.password_reset_complete, name="password_reset_complete"),
]
