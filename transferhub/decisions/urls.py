from django.urls import path

from . import views

app_name = "decisions"
urlpatterns = [
    path("aufgaben/", views.task_list, name="tasks"),
    path("aufgaben/meine/", views.my_tasks, name="my_tasks"),
    path("aufgaben/<int:pk>/", views.task_detail, name="task"),
    path("beschluesse/", views.decision_list, name="decisions"),
]
