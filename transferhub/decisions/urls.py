from django.urls import path

from . import views, views_decisions, views_topics

app_name = "decisions"
urlpatterns = [
    path("aufgaben/", views.task_list, name="tasks"),
    path("aufgaben/meine/", views.my_tasks, name="my_tasks"),
    path("aufgaben/<int:pk>/", views.task_detail, name="task"),
    path("aufgaben/<int:pk>/status/", views.task_status, name="task_status"),
    path("aufgaben/erledigt/<str:token>/", views.task_done_link, name="task_done_link"),
    path("beschluesse/", views_decisions.decision_list, name="decisions"),
    path("beschluesse/<int:pk>/", views_decisions.decision_detail, name="decision"),
    path("vorhaben/", views_topics.topic_list, name="topics"),
    path("vorhaben/neu/", views_topics.topic_create, name="topic_create"),
    path("vorhaben/<int:pk>/", views_topics.topic_detail, name="topic"),
    path("vorhaben/<int:pk>/bearbeiten/", views_topics.topic_edit, name="topic_edit"),
    path("vorhaben/<int:pk>/status/", views_topics.topic_status, name="topic_status"),
    path("vorhaben/<int:pk>/zuordnen/", views_topics.topic_link, name="topic_link"),
    path("vorhaben/<int:pk>/zuordnung-entfernen/", views_topics.topic_unlink, name="topic_unlink"),
    path("vorhaben/<int:pk>/dokument/", views_topics.topic_document, name="topic_document"),
]
