"""Decisions and tasks on a meeting's pages: mounted under /sitzungen/ in the meetings
namespace beside meetings' own URLs (see transferhub/urls.py), so their names and
addresses stay those of the meeting pages they belong to."""

from django.urls import path

from . import views_meeting

urlpatterns = [
    path(
        "<int:pk>/punkte/<int:item_pk>/beschluss/", views_meeting.decision_add, name="decision_add"
    ),
    path("<int:pk>/punkte/<int:item_pk>/aufgabe/", views_meeting.task_add, name="task_add"),
    path(
        "<int:pk>/protokollieren/<int:item_pk>/beschluss/",
        views_meeting.record_decision_add,
        name="record_decision_add",
    ),
    path(
        "<int:pk>/protokollieren/<int:item_pk>/aufgabe/",
        views_meeting.record_task_add,
        name="record_task_add",
    ),
    path(
        "<int:pk>/protokollieren/<int:item_pk>/aufgabe/formular/",
        views_meeting.record_task_form,
        name="record_task_form",
    ),
    path(
        "<int:pk>/protokollieren/beschluss/<int:decision_pk>/",
        views_meeting.record_decision_edit,
        name="record_decision_edit",
    ),
    path(
        "<int:pk>/protokollieren/beschluss/<int:decision_pk>/entfernen/",
        views_meeting.record_decision_delete,
        name="record_decision_delete",
    ),
    path(
        "<int:pk>/protokollieren/aufgabe/<int:task_pk>/",
        views_meeting.record_task_edit,
        name="record_task_edit",
    ),
    path(
        "<int:pk>/protokollieren/aufgabe/<int:task_pk>/entfernen/",
        views_meeting.record_task_delete,
        name="record_task_delete",
    ),
]
