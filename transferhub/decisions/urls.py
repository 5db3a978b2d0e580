from django.urls import path

from . import views

app_name = "decisions"
urlpatterns = [
    path("aufgaben/", views.task_list, name="tasks"),
    path("aufgaben/meine/", views.my_tasks, name="my_tasks"),
    path("aufgaben/<int:pk>/", views.task_detail, name="task"),
    path("aufgaben/<int:pk>/status/", views.task_status, name="task_status"),
    path("beschluesse/", views.decision_list, name="decisions"),
    path("beschluesse/<int:pk>/", views.decision_detail, name="decision"),
]
