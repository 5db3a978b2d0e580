from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.calendar, name="calendar"),
    path("gremien/<int:body_pk>/", views.body_page, name="body"),
    path("gremien/<int:body_pk>/abonnieren/", views.subscribe, name="subscribe"),
    path("gremien/<int:body_pk>/abonniert/", views.sent, name="sent"),
    path("gremien/<int:body_pk>/sitzungen.atom", views.body_atom, name="atom"),
    path("gremien/<int:body_pk>/sitzungen.ics", views.body_ics, name="ics"),
    path("sitzungen/<int:pk>/", views.meeting_page, name="meeting"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("abbestellen/<str:token>/", views.leave, name="leave"),
    path("verwaltung/", views.manage, name="manage"),
    path("verwaltung/gremien/<int:body_pk>/", views.publish, name="publish"),
    path("verwaltung/abonnements/<int:pk>/loeschen/", views.subscription_delete, name="delete"),
]
