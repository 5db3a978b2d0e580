from django.urls import path

from . import views_recording
from .views import items, meetings, polls

app_name = "meetings"
urlpatterns = [
    path("", meetings.meeting_list, name="list"),
    path("neu/", meetings.meeting_create, name="create"),
    path("<int:pk>/", meetings.meeting_detail, name="detail"),
    path("<int:pk>/bearbeiten/", meetings.meeting_edit, name="edit"),
    path("<int:pk>/status/", meetings.meeting_state, name="state"),
    path("<int:pk>/absagen/", meetings.meeting_cancel, name="cancel"),
    path("<int:pk>/einladen/", meetings.meeting_invite, name="invite"),
    path("<int:pk>/kalender.ics", meetings.meeting_ics_download, name="ics"),
    path("<int:pk>/genehmigen/", meetings.minutes_approve, name="approve"),
    path("<int:pk>/versionen/", meetings.minutes_versions, name="versions"),
    path("<int:pk>/versionen/<int:version>/", meetings.minutes_version_detail, name="version"),
    path(
        "<int:pk>/versionen/vergleich/", meetings.minutes_versions_compare, name="versions_compare"
    ),
    path("<int:pk>/tagesordnung/reihenfolge/", meetings.agenda_reorder, name="agenda_reorder"),
    path("<int:pk>/teilnahme/", meetings.attendance, name="attendance"),
    path("<int:pk>/teilnahme/hinzufuegen/", meetings.attendance_add, name="attendance_add"),
    path("<int:pk>/punkte/neu/", items.item_add, name="item_add"),
    path("<int:pk>/punkte/<int:item_pk>/", items.item_record, name="item"),
    path("<int:pk>/punkte/<int:item_pk>/bearbeiten/", items.item_edit, name="item_edit"),
    path("<int:pk>/punkte/<int:item_pk>/loeschen/", items.item_delete, name="item_delete"),
    path("<int:pk>/punkte/<int:item_pk>/verschieben/", items.item_move, name="item_move"),
    path("<int:pk>/punkte/<int:item_pk>/korrektur/", items.item_correct, name="item_correct"),
    path("<int:pk>/punkte/<int:item_pk>/anlage/", items.attachment_add, name="attachment_add"),
    path(
        "<int:pk>/anlagen/<int:attachment_pk>/",
        items.attachment_download,
        name="attachment",
    ),
    path(
        "<int:pk>/anlagen/<int:attachment_pk>/loeschen/",
        items.attachment_delete,
        name="attachment_delete",
    ),
]

# The meeting day on one page (Protokollieren)
urlpatterns += [
    path("<int:pk>/protokollieren/", views_recording.record, name="record"),
    path("<int:pk>/protokollieren/uhr/", views_recording.record_clock, name="record_clock"),
    path("<int:pk>/protokollieren/<int:item_pk>/", views_recording.record_item, name="record_item"),
    path(
        "<int:pk>/protokollieren/vorschau/", views_recording.record_preview, name="record_preview"
    ),
    path("<int:pk>/protokollieren/projektor/", views_recording.projector, name="projector"),
    path(
        "<int:pk>/protokollieren/anwesenheit/",
        views_recording.record_attendance,
        name="record_attendance",
    ),
    path("<int:pk>/protokollieren/gast/", views_recording.record_guest_add, name="record_guest"),
    path(
        "<int:pk>/protokollieren/<int:item_pk>/protokoll/",
        views_recording.record_minutes,
        name="record_minutes",
    ),
    path(
        "<int:pk>/protokollieren/<int:item_pk>/anlage/",
        views_recording.record_attachment_add,
        name="record_attachment_add",
    ),
    path(
        "<int:pk>/protokollieren/<int:item_pk>/vortragende/",
        views_recording.record_presenters,
        name="record_presenters",
    ),
]

# Finding a date (Terminfindung)
urlpatterns += [
    path("terminfindung/", polls.poll_list, name="poll_list"),
    path("terminfindung/neu/", polls.poll_create, name="poll_create"),
    path("terminfindung/<int:pk>/", polls.poll_detail, name="poll_detail"),
    path("terminfindung/<int:pk>/antworten/", polls.poll_answer, name="poll_answer"),
    path("terminfindung/<int:pk>/festlegen/", polls.poll_choose, name="poll_choose"),
    path("terminfindung/link/<str:token>/", polls.poll_link, name="poll_link"),
]
