"""Pages of one agenda item: planning, recording (minutes, decisions, tasks) and files.

Each view loads the meeting (meetings.meeting_view), checks permission, validates a form
and calls one service; a service's refusal is shown to the user.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib import registry
from transferhub.lib.db import MAX_ID, instances_by_ids
from transferhub.lib.downloads import stored_file_response
from transferhub.lib.forms_versioned import NOTHING_CHANGED, save_versioned
from transferhub.lib.fragments import BLANK_TEMPLATES, blank_form_html
from transferhub.lib.idempotency import answers_resent_forms, save_once

from .. import services
from ..forms import (
    AgendaItemAddForm,
    AgendaItemEditForm,
    AttachmentForm,
    CorrectionForm,
    MinutesForm,
    PresenterFormSet,
)
from ..models import AgendaItem, Attachment, Meeting, Presentation
from ..related import decision_model, task_model
from ..services import MeetingError
from .meetings import _back_to_agenda, _item, meeting_view

# --- Files --------------------------------------------------------------------------------


@meeting_view("see")
def attachment_download(request, meeting: Meeting, attachment_pk: int):
    """Serve a file to members, or to anyone when it belongs to a public item of approved minutes."""
    attachment = get_object_or_404(
        Attachment.objects.select_related("agenda_item"), pk=attachment_pk, meeting=meeting
    )
    if request.meeting_access != "full" and not (
        attachment.agenda_item_id and attachment.agenda_item.public
    ):
        raise Http404
    return stored_file_response(
        attachment.file,
        filename=attachment.file_name,
        content_type=attachment.mime_type,
    )


# --- Agenda planning ----------------------------------------------------------------------


@meeting_view("manage")
@answers_resent_forms
def item_add(request, meeting: Meeting):
    """Add an item or a break; the number is optional, the next free one is taken."""
    initial = {"kind": request.GET.get("kind", AgendaItem.Kind.ITEM)}
    if initial["kind"] == AgendaItem.Kind.BREAK:
        initial.update(name=_("Pause"), duration_minutes=10)
    form = AgendaItemAddForm(request.POST or None, initial=initial)
    presenters = PresenterFormSet(request.POST or None, prefix="presenters")
    agenda_url = _back_to_agenda(meeting).url
    if request.method == "POST" and form.is_valid_once(agenda_url) and presenters.is_valid():
        data = form.cleaned_data
        try:
            save_once(
                form,
                lambda: services.agenda_item_add(
                    meeting=meeting,
                    name=data["name"],
                    kind=data["kind"],
                    number=data["number"],
                    duration_minutes=data["duration_minutes"],
                    public=data["public"],
                    presenters=presenters.presenters(),
                    actor=request.user,
                ),
                agenda_url,
            )
        except MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Der Punkt wurde zur Tagesordnung hinzugefügt."))
            return _back_to_agenda(meeting)
    return render(
        request,
        "meetings/item_form.html",
        {"meeting": meeting, "item": None, "form": form, "presenters": presenters},
    )


@meeting_view("manage")
def item_edit(request, meeting: Meeting, item_pk: int):
    """Change an item's plan: only what was changed, and never over a newer save unseen."""
    item = _item(meeting, item_pk)
    current = AgendaItemEditForm.initial_of(item)
    presenters = _presenter_rows(item, request.POST or None)
    form = AgendaItemEditForm(request.POST or None, initial=current, presenter_rows=presenters)
    if item.is_break:
        del form.fields["number"]
    if request.method == "POST" and form.is_valid() and presenters.is_valid():
        changes = form.changes()
        if not changes.get("name", True):
            del changes["name"]  # an item keeps its title when the field is left empty
        if not changes:
            messages.info(request, NOTHING_CHANGED)
            return _back_to_agenda(meeting)

        def save(changes: dict, expected: int):
            fields = {k: v for k, v in changes.items() if k != "presenters"}
            return services.agenda_item_update(
                item=item,
                presenters=presenters.presenters() if "presenters" in changes else None,
                expected_version=expected,
                actor=request.user,
                **fields,
            )

        try:
            saved = save_versioned(form, save, changes)
        except MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            if saved is not None:
                messages.success(request, _("Der Punkt wurde geändert."))
                return _back_to_agenda(meeting)
        if form.stale is not None and "presenters" not in changes:
            # Someone else's presenters stand now, unless this user changed them too.
            presenters = _presenter_rows(item)
    return render(
        request,
        "meetings/item_form.html",
        {"meeting": meeting, "item": item, "form": form, "presenters": presenters},
    )


def _presenter_rows(item: AgendaItem, data=None):
    return PresenterFormSet(
        data,
        prefix="presenters",
        initial=[
            {"person": p.person_id, "organisation": p.organisation_id}
            for p in item.presentations.order_by("order")
        ],
    )


@meeting_view("manage")
def item_delete(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    if request.method == "POST":
        try:
            services.agenda_item_delete(item=item, actor=request.user)
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Der Punkt wurde gelöscht."))
        return _back_to_agenda(meeting)
    return render(request, "meetings/item_delete.html", {"meeting": meeting, "item": item})


@require_POST
@meeting_view("manage")
def item_move(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    offset = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    if offset is None:
        messages.error(request, _("Bitte wählen Sie „nach oben“ oder „nach unten“."))
        return _back_to_agenda(meeting)
    try:
        services.agenda_item_move(item=item, offset=offset, actor=request.user)
    except MeetingError as exc:
        messages.error(request, str(exc))
    return _back_to_agenda(meeting)


# --- Recording per item ---------------------------------------------------------------------


def _item_url(meeting: Meeting, item: AgendaItem) -> str:
    return reverse("meetings:item", kwargs={"pk": meeting.pk, "item_pk": item.pk})


def _listed_item(meeting: Meeting, item_pk: int) -> AgendaItem:
    """The meeting's item with what its recording page lists, or 404: as
    `_agenda_items(meeting, as_lists=True)` gives it (presentation_list, decision_list,
    task_list, attachment_list), its five queries' SQL built once per process
    (lib.db.instances_by_ids): the ORM built them and the item's in some 2.5 ms of a
    13 ms page, for 0.2 ms of SQLite."""
    found = instances_by_ids("item-page", AgendaItem, [item_pk]) if item_pk <= MAX_ID else []
    if not found or found[0].meeting_id != meeting.pk:
        raise Http404
    item = found[0]
    item.meeting = meeting
    ids = [item.pk]
    item.presentation_list = instances_by_ids(
        "item-page-presenters",
        Presentation,
        ids,
        by="agenda_item",
        related=("person", "organisation"),
        order_by=("order", "pk"),  # Presentation.Meta.ordering within one item
    )
    item.decision_list = instances_by_ids(
        "item-page-decisions", decision_model(), ids, by="agenda_item", related=("body",)
    )
    item.attachment_list = instances_by_ids(
        "item-page-files", Attachment, ids, by="agenda_item", order_by=("number", "pk")
    )
    item.task_list = instances_by_ids(
        "item-page-tasks",
        task_model(),
        ids,
        by="agenda_item",
        related=("owner_person", "owner_body"),
    )
    return item


def _render_item(request, meeting: Meeting, item: AgendaItem, *, just_read=False, **forms):
    """The recording page of one item, with any bound forms given.

    just_read: `item` was read by this request with what the page lists (_listed_item) and
    nothing wrote it since (a GET); else the item is read again the same way, so a form
    sent back with its errors lists the rows as the page did.
    """
    if not just_read:
        item = _listed_item(meeting, item.pk)  # fresh, with its lists
    item.meeting = meeting
    frozen = meeting.minutes_frozen
    context = {
        "meeting": meeting,
        "item": item,
        "frozen": frozen,
        "minutes_form": forms.get("minutes_form"),
        "correction_form": forms.get("correction_form")
        or CorrectionForm(initial=CorrectionForm.initial_of(item)),
        "attachment_form": forms.get("attachment_form"),
    }
    # The decision and task forms come from the decisions app (lib.registry).
    for name, _entry in registry.agenda_item_forms.items():
        context[name] = forms.get(name)
    if not frozen:
        # The forms nobody has sent yet are the same for every item (fragments.blank_form_html).
        blank = {
            "minutes_form": lambda: MinutesForm(initial=MinutesForm.initial_of(item)),
            "attachment_form": AttachmentForm,
        }
        for name, entry in registry.agenda_item_forms.items():
            blank[name] = lambda form_class=entry.form_class: form_class(meeting=meeting)
        for name, make in blank.items():
            if context[name] is None:
                context[name] = form = make()
                templates = MINUTES_TEMPLATES if name == "minutes_form" else BLANK_TEMPLATES
                context[f"{name}_html"] = blank_form_html(form, templates)
    return render(request, "meetings/item_record.html", context)


# What item_record.html writes for the minutes form: errors, a stale save's note, fields.
MINUTES_TEMPLATES = ("form_errors.html", "lib/_stale_version.html", "form_fields.html")


@meeting_view("manage")
def item_record(request, meeting: Meeting, item_pk: int):
    """Write the minutes of an item and set its status (discussed, postponed, withdrawn)."""
    if request.method != "POST":
        return _render_item(request, meeting, _listed_item(meeting, item_pk), just_read=True)
    item = _item(meeting, item_pk)
    form = MinutesForm(request.POST)
    if form.is_valid():
        if not form.changes():
            messages.info(request, NOTHING_CHANGED)
            return redirect("meetings:item", pk=meeting.pk, item_pk=item.pk)
        try:
            saved = save_versioned(
                form,
                lambda changes, expected: services.minutes_record(
                    item=item, expected_version=expected, actor=request.user, **changes
                ),
            )
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            if saved is not None:
                messages.success(request, _("Das Protokoll des Punktes wurde gespeichert."))
                return redirect("meetings:item", pk=meeting.pk, item_pk=item.pk)
    return _render_item(request, meeting, item, minutes_form=form)


@require_POST
@meeting_view("manage")
def item_correct(request, meeting: Meeting, item_pk: int):
    """Korrektur of approved minutes: a new version with the reason and who made it."""
    item = _item(meeting, item_pk)
    form = CorrectionForm(request.POST)
    if form.is_valid():
        if "minutes" not in form.changes():
            # Not the text as it stands: what this form showed. An unchanged form must not
            # put back an older text over someone else's correction.
            form.add_error(
                None, _("Der Text ist unverändert; es wurde keine neue Version angelegt.")
            )
            return _render_item(request, meeting, item, correction_form=form)
        try:
            version = save_versioned(
                form,
                lambda changes, expected: services.minutes_correct(
                    item=item,
                    minutes=changes["minutes"],
                    reason=form.cleaned_data["reason"],
                    expected_version=expected,
                    actor=request.user,
                ),
            )
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            if version is not None:
                messages.success(
                    request,
                    _("Die Korrektur ist als Version %(version)d gespeichert.")
                    % {"version": version.version},
                )
                return redirect("meetings:item", pk=meeting.pk, item_pk=item.pk)
    return _render_item(request, meeting, item, correction_form=form)


@require_POST
@meeting_view("manage")
@answers_resent_forms
def attachment_add(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    form = AttachmentForm(request.POST, request.FILES)
    item_url = _item_url(meeting, item)
    if form.is_valid_once(item_url):
        try:
            attachment = save_once(
                form,
                lambda: services.attachment_add(
                    meeting=meeting,
                    agenda_item=item,
                    file=form.cleaned_data["file"],
                    name=form.cleaned_data["name"],
                    actor=request.user,
                ),
                item_url,
            )
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("Die Datei ist als %(label)s gespeichert.") % {"label": attachment.label},
            )
            return redirect("meetings:item", pk=meeting.pk, item_pk=item.pk)
    return _render_item(request, meeting, item, attachment_form=form)


@require_POST
@meeting_view("manage")
def attachment_delete(request, meeting: Meeting, attachment_pk: int):
    attachment = get_object_or_404(Attachment, pk=attachment_pk, meeting=meeting)
    item_pk = attachment.agenda_item_id
    try:
        services.attachment_delete(attachment=attachment, actor=request.user)
    except MeetingError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Die Anlage wurde gelöscht."))
    if item_pk:
        return redirect("meetings:item", pk=meeting.pk, item_pk=item_pk)
    return redirect(meeting)
