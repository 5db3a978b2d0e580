from django.urls import path

from . import views

app_name = "decisions"
urlpatterns = [
    path("aufgaben/", views.task_list, name="tasks"),
    path("aufgaben/meine/", views.my_tasks, name="my_tasks"),
    path("aufgaben/<int:pk>/", views.task_detail, name="task"),
    path("aufgaben/<int:pk>/status/", views.task_status, name="task_status"),
    path("aufgaben/erledigt/<str:token>/", views.task_done_link, name="task_done_link"),
    path("beschluesse/", views.decision_list, name="decisions"),
    path("beschluesse/<int:pk>/", views.decision_detail, name="decision"),
    path("vorhaben/", views.topic_list, name="topics"),
    path("vorhaben/neu/", views.topic_create, name="topic_create"),
    path("vorhaben/<int:pk>/", views.topic_detail, name="topic"),
    path("vorhaben/<int:pk>/bearbeiten/", views.topic_edit, name="topic_edit"),
    path("vorhaben/<int:pk>/status/", views.topic_status, name="topic_status"),
    path("vorhaben/<int:pk>/zuordnen/", views.topic_link, name="topic_link"),
    path("vorhaben/<int:pk>/zuordnung-entfernen/", views.topic_unlink, name="topic_unlink"),
    path("vorhaben/<int:pk>/dokument/", views.topic_document, name="topic_document"),
]
