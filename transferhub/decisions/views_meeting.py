"""Decisions and tasks written on a meeting's pages (an item's page, the recording page).

The pages belong to meetings; the parts that write decisions and tasks live here, above
meetings, so that meetings never imports decisions. Their URLs stay in the meetings
namespace (see transferhub/urls.py).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.idempotency import answers_resent_forms, save_once
from transferhub.lib.versioning import StaleVersion
from transferhub.meetings.models import Meeting
from transferhub.meetings.views import _item, meeting_view
from transferhub.meetings.views.items import _item_url, _render_item
from transferhub.meetings.views_recording import _back, _done, _invalid, _part, _refused

from . import services as decision_services
from .forms_meeting import DecisionEditForm, DecisionForm, TaskEditForm, TaskForm
from .models import Decision, Task
from .services import DecisionError

# --- An item's page -----------------------------------------------------------------------


@require_POST
@meeting_view("manage")
@answers_resent_forms
def decision_add(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    form = DecisionForm(request.POST)
    item_url = _item_url(meeting, item)
    if form.is_valid_once(item_url):
        try:
            decision = save_once(
                form,
                lambda: decision_services.decision_record(
                    meeting=meeting,
                    agenda_item=item,
                    text=form.cleaned_data["text"],
                    kind=form.cleaned_data["kind"],
                    votes=form.votes(),
                    actor=request.user,
                ),
                item_url,
            )
        except DecisionError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("Der Beschluss %(number)s wurde festgehalten.")
                % {"number": decision.register_number},
            )
            return redirect("meetings:item", pk=meeting.pk, item_pk=item.pk)
    return _render_item(request, meeting, item, decision_form=form)


@require_POST
@meeting_view("manage")
@answers_resent_forms
def task_add(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    form = TaskForm(request.POST, meeting=meeting)
    item_url = _item_url(meeting, item)
    if form.is_valid_once(item_url):
        try:
            save_once(
                form,
                lambda: decision_services.task_create(
                    agenda_item=item,
                    meeting=meeting,
                    text=form.cleaned_data["text"],
                    owner_person=form.cleaned_data["owner_person"],
                    owner_body=form.cleaned_data["owner_body"],
                    due_date=form.cleaned_data["due_date"],
                    actor=request.user,
                ),
                item_url,
            )
        except DecisionError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Die Aufgabe wurde angelegt."))
            return redirect("meetings:item", pk=meeting.pk, item_pk=item.pk)
    return _render_item(request, meeting, item, task_form=form)


# --- The recording page (Protokollieren) --------------------------------------------------


@require_POST
@meeting_view("manage")
def record_decision_add(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    form = DecisionForm(request.POST, auto_id=f"id_{item.pk}_%s")
    if not form.is_valid():
        return _invalid(request, meeting, item, "decisions", decision_form=form)
    try:
        decision = decision_services.decision_record(
            meeting=meeting,
            agenda_item=item,
            text=form.cleaned_data["text"],
            kind=form.cleaned_data["kind"],
            votes=form.votes(),
            actor=request.user,
        )
    except DecisionError as exc:
        form.add_error(None, str(exc))
        return _invalid(request, meeting, item, "decisions", decision_form=form)
    return _done(
        request,
        meeting,
        item,
        "decisions",
        _("Der Beschluss %(number)s wurde festgehalten.") % {"number": decision.register_number},
    )


@meeting_view("manage")
def record_decision_edit(request, meeting: Meeting, decision_pk: int):
    decision = get_object_or_404(Decision, pk=decision_pk, meeting=meeting)
    item = _item(meeting, decision.agenda_item_id) if decision.agenda_item_id else None
    if item is None:
        return _refused(request, meeting, _("Der Beschluss gehört zu keinem Punkt."))
    if request.method != "POST":
        if "abbrechen" in request.GET:
            return _part(request, meeting, item, "decisions")
        return _part(
            request,
            meeting,
            item,
            "decisions",
            editing=decision.pk,
            edit_form=DecisionEditForm(decision=decision),
        )
    form = DecisionEditForm(request.POST, prefix=f"decision-{decision.pk}")
    if not form.is_valid():
        return _invalid(request, meeting, item, "decisions", editing=decision.pk, edit_form=form)
    try:
        decision_services.decision_update(
            decision=decision,
            text=form.cleaned_data["text"],
            kind=form.cleaned_data["kind"],
            votes=form.votes(),
            expected_version=form.cleaned_data["version"],
            actor=request.user,
        )
    except StaleVersion as exc:
        form.add_error(None, str(exc))
        return _invalid(
            request,
            meeting,
            item,
            "decisions",
            editing=decision.pk,
            edit_form=form,
            stale=exc.current,
        )
    except DecisionError as exc:
        form.add_error(None, str(exc))
        return _invalid(request, meeting, item, "decisions", editing=decision.pk, edit_form=form)
    return _done(request, meeting, item, "decisions", _("Der Beschluss wurde geändert."))


@require_POST
@meeting_view("manage")
def record_decision_delete(request, meeting: Meeting, decision_pk: int):
    decision = get_object_or_404(Decision, pk=decision_pk, meeting=meeting)
    item = _item(meeting, decision.agenda_item_id) if decision.agenda_item_id else None
    number = decision.register_number
    try:
        decision_services.decision_delete(decision=decision, actor=request.user)
    except DecisionError as exc:
        return _refused(request, meeting, str(exc), item.pk if item else None)
    message = _(
        "Der Beschluss %(number)s wurde entfernt; seine Nummer wird nicht neu vergeben."
    ) % {"number": number}
    if item is None:
        messages.success(request, message)
        return _back(meeting)
    return _done(request, meeting, item, "decisions", message)


@meeting_view("manage")
def record_task_form(request, meeting: Meeting, item_pk: int):
    """The form to add a task, loaded when it is opened (its list of people is long)."""
    item = _item(meeting, item_pk)
    return render(
        request,
        "meetings/record/_task_form.html",
        {
            "meeting": meeting,
            "item": item,
            "task_form": TaskForm(auto_id=f"id_{item.pk}_%s", meeting=meeting),
        },
    )


@require_POST
@meeting_view("manage")
def record_task_add(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    form = TaskForm(request.POST, auto_id=f"id_{item.pk}_%s", meeting=meeting)
    if form.is_valid():
        try:
            decision_services.task_create(
                agenda_item=item,
                meeting=meeting,
                text=form.cleaned_data["text"],
                owner_person=form.cleaned_data["owner_person"],
                owner_body=form.cleaned_data["owner_body"],
                due_date=form.cleaned_data["due_date"],
                actor=request.user,
            )
        except DecisionError as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, meeting, item, "tasks", _("Die Aufgabe wurde angelegt."))
    return _invalid(request, meeting, item, "tasks", task_form=form)


@meeting_view("manage")
def record_task_edit(request, meeting: Meeting, task_pk: int):
    task = get_object_or_404(Task, pk=task_pk, meeting=meeting, agenda_item__isnull=False)
    item = _item(meeting, task.agenda_item_id)
    if request.method != "POST":
        if "abbrechen" in request.GET:
            return _part(request, meeting, item, "tasks")
        return _part(
            request,
            meeting,
            item,
            "tasks",
            editing=task.pk,
            edit_form=TaskEditForm(task=task, meeting=meeting),
        )
    form = TaskEditForm(request.POST, prefix=f"task-{task.pk}", meeting=meeting)
    if form.is_valid():
        fields = {
            k: form.cleaned_data[k] for k in ("text", "owner_person", "owner_body", "due_date")
        }
        try:
            decision_services.task_update(
                task=task,
                expected_version=form.cleaned_data["version"],
                actor=request.user,
                **fields,
            )
        except StaleVersion as exc:
            form.add_error(None, str(exc))
            return _invalid(
                request, meeting, item, "tasks", editing=task.pk, edit_form=form, stale=exc.current
            )
        except DecisionError as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, meeting, item, "tasks", _("Die Aufgabe wurde geändert."))
    return _invalid(request, meeting, item, "tasks", editing=task.pk, edit_form=form)


@require_POST
@meeting_view("manage")
def record_task_delete(request, meeting: Meeting, task_pk: int):
    task = get_object_or_404(Task, pk=task_pk, meeting=meeting, agenda_item__isnull=False)
    item = _item(meeting, task.agenda_item_id)
    try:
        decision_services.task_delete(task=task, actor=request.user)
    except DecisionError as exc:
        return _refused(request, meeting, str(exc), item.pk)
    return _done(request, meeting, item, "tasks", _("Die Aufgabe wurde entfernt."))
