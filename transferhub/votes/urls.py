from django.urls import path

from . import views, views_meeting

app_name = "votes"

urlpatterns = [
    path("", views.vote_list, name="list"),
    path("neu/", views.vote_create, name="create"),
    path("regeln/<int:body_pk>/", views.rules_edit, name="rules"),
    path("<int:pk>/", views.vote_detail, name="detail"),
    path("<int:pk>/stimme/", views.vote_cast, name="cast"),
    path("<int:pk>/beenden/", views.vote_close, name="close"),
    path("<int:pk>/abbrechen/", views.vote_cancel, name="cancel"),
    path("<int:pk>/aufzeichnung.<str:fmt>", views.vote_export, name="export"),
    path("anlage/<int:pk>/", views.vote_attachment, name="attachment"),
    path("link/<str:token>/", views.vote_link, name="link"),
    path(
        "sitzung/<int:meeting_pk>/punkt/<int:item_pk>/",
        views_meeting.meeting_vote_open,
        name="meeting_open",
    ),
    path("<int:pk>/live/", views_meeting.vote_live, name="live"),
    path("<int:pk>/handzeichen/", views_meeting.vote_hand_count, name="hand_count"),
    path("<int:pk>/links/", views_meeting.vote_send_links, name="send_links"),
]
