from django.urls import path

from . import views

app_name = "planning"

urlpatterns = [
    path("", views.index, name="index"),
    path("gremien/<int:pk>/", views.body_planning, name="body"),
    path("gremien/<int:pk>/reihe/", views.series_edit, name="series"),
    path("gremien/<int:pk>/naechste-sitzung/", views.meeting_plan, name="plan"),
    path("gremien/<int:pk>/themenspeicher/neu/", views.topic_add, name="topic_add"),
    path("themenspeicher/<int:pk>/entfernen/", views.backlog_drop, name="backlog_drop"),
    path("sitzungen/<int:pk>/vorschlaege/", views.meeting_proposals, name="proposals"),
    path("sitzungen/<int:pk>/vorschlaege/frist/", views.deadline_set, name="deadline"),
    path("vorschlaege/<int:pk>/", views.proposal_detail, name="proposal"),
    path("vorschlaege/<int:pk>/entscheiden/", views.proposal_decide, name="proposal_decide"),
    path("anlagen/<int:pk>/", views.proposal_file, name="proposal_file"),
]
