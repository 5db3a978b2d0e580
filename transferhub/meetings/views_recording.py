"""The meeting day on one page (Protokollieren): every item, its minutes, clock and results.

Each part of the page updates on its own (htmx, or fetch for autosave), so adding a
decision, task, file or presenter never replaces a text field someone is typing in.
Without JavaScript every form still posts and comes back to the same item.
"""

import json

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib import registry
from transferhub.lib.links import url_maker
from transferhub.lib.markdown import render_markdown
from transferhub.lib.versioning import StaleVersion
from transferhub.network.models import Organisation

from . import services
from .clock import clock_rows, item_clock, meeting_clock_end, meeting_clock_start
from .forms import AttachmentForm
from .forms_recording import (
    AttendanceMarkForm,
    ClockForm,
    GuestForm,
    ItemMinutesForm,
    PresenterAddForm,
)
from .models import AgendaItem, Attachment, Attendance, Meeting, Presentation
from .related import decision_model, task_model
from .services import MeetingError
from .views import _item, meeting_view


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _back(meeting: Meeting, item_pk: int | None = None):
    url = reverse("meetings:record", args=[meeting.pk])
    if item_pk:
        url += f"?item={item_pk}#item-{item_pk}"
    return redirect(url)


class _BlankForm:
    """An empty add form, rendered once per page and given to each item with its own ids.

    Rendering widgets was half of a 30-item page (two forms, nine fields per item). The
    empty forms differ between items only in their ids (auto_id) and in initial values
    computed per form (a one-time token): those are filled in per item, the token afresh.
    """

    ITEM = "__record_item__"

    def __init__(self, form_class):
        form = form_class(auto_id=f"id_{self.ITEM}_%s")
        self.fresh = {}
        for name, field in form.fields.items():
            if callable(field.initial):
                marker = f"__record_initial_{name}__"
                form.initial[name] = marker
                self.fresh[marker] = field.initial
        context = {"form": form}
        self.html = render_to_string("form_errors.html", context) + render_to_string(
            "form_fields.html", context
        )

    def for_item(self, item_pk: int) -> str:
        html = self.html
        for marker, initial in self.fresh.items():
            html = html.replace(marker, escape(initial()))
        return mark_safe(html.replace(self.ITEM, str(item_pk)))


def _items(meeting: Meeting) -> list[AgendaItem]:
    """The agenda with everything the page shows, in a fixed number of queries."""
    items = list(
        meeting.agenda_items.order_by("order").prefetch_related(
            Prefetch(
                "presentations",
                queryset=Presentation.objects.select_related("person", "organisation"),
            ),
            Prefetch("decisions", queryset=decision_model().objects.order_by("sequence")),
            Prefetch(
                "tasks",
                queryset=task_model().objects.select_related("owner_person", "owner_body"),
            ),
            Prefetch("attachments", queryset=Attachment.objects.order_by("number")),
        )
    )
    # Some 400 links on a 30-item page: each view's URL reversed once, not per link.
    url = {
        name: url_maker(f"meetings:{name}", meeting.pk)
        for name in (
            "record_item",
            "record_minutes",
            "record_presenters",
            "record_decision_add",
            "record_decision_edit",
            "record_decision_delete",
            "record_task_form",
            "record_task_edit",
            "record_task_delete",
            "record_attachment_add",
            "attachment",
        )
    }
    for item in items:
        item.meeting = meeting
        item.body_url = url["record_item"](item.pk)
        item.minutes_url = url["record_minutes"](item.pk)
        item.presenters_url = url["record_presenters"](item.pk)
        item.decision_add_url = url["record_decision_add"](item.pk)
        item.task_form_url = url["record_task_form"](item.pk)
        item.attachment_add_url = url["record_attachment_add"](item.pk)
        for decision in item.decisions.all():
            decision.body = meeting.body  # the register number names the body
            decision.edit_url = url["record_decision_edit"](decision.pk)
            decision.delete_url = url["record_decision_delete"](decision.pk)
        for task in item.tasks.all():
            task.edit_url = url["record_task_edit"](task.pk)
            task.delete_url = url["record_task_delete"](task.pk)
        for attachment in item.attachments.all():
            attachment.download_url = url["attachment"](attachment.pk)
    rows, _offset = clock_rows(meeting, items)
    attachment_form = _BlankForm(AttachmentForm)
    # Add forms of the apps above meetings (the decision's, see lib.registry), with ids per item.
    blank = {
        name: _BlankForm(entry.form_class)
        for name, entry in registry.agenda_item_forms.items()
        if entry.on_recording_page
    }
    for item, row in zip(items, rows, strict=True):
        item.clock = row
        # Forms per item, with ids of their own: thirty items, no label points at another's.
        for name, form in blank.items():
            setattr(item, f"{name}_html", form.for_item(item.pk))
        item.attachment_form_html = attachment_form.for_item(item.pk)
    return items


def _current(items: list[AgendaItem], wanted: str | None) -> AgendaItem | None:
    """The item to open: the one asked for, else the running one, else the first not yet done."""
    by_pk = {str(i.pk): i for i in items}
    if wanted in by_pk:
        return by_pk[wanted]
    for item in items:
        if item.clock.running:
            return item
    for item in items:
        if not item.is_break and item.actual_end is None and item.status == "planned":
            return item
    return items[0] if items else None


def _offset(meeting: Meeting, items) -> int | None:
    return clock_rows(meeting, items)[1]


def _attendance(meeting: Meeting) -> dict:
    """The list at the door: everyone invited or recorded, plus current members not yet on it."""
    rows = list(meeting.attendances.select_related("person", "on_behalf_of"))
    listed = {a.person_id for a in rows if a.person_id}
    missing = [
        m.person
        for m in meeting.body.current_memberships().select_related("person")
        if m.person_id not in listed
    ]
    present = sum(1 for a in rows if a.status == Attendance.Status.PRESENT)
    excused = sum(1 for a in rows if a.status == Attendance.Status.EXCUSED)
    return {
        "attendances": rows,
        "members_missing": missing,
        "present_count": present,
        "excused_count": excused,
        "guest_form": GuestForm(),
    }


def _context(request, meeting: Meeting, items, current) -> dict:
    return {
        "meeting": meeting,
        "items": items,
        "current": current,
        "frozen": meeting.minutes_frozen,
        "offset": _offset(meeting, items),
        "now": timezone.now(),
        **_attendance(meeting),
    }


@meeting_view("manage")
def record(request, meeting: Meeting):
    """The recording page: the whole agenda, the current item open."""
    items = _items(meeting)
    current = _current(items, request.GET.get("item"))
    return render(request, "meetings/record/page.html", _context(request, meeting, items, current))


@meeting_view("manage")
def record_item(request, meeting: Meeting, item_pk: int):
    """The open part of one item (minutes, decisions, tasks, files), loaded when it is opened."""
    item = next((i for i in _items(meeting) if i.pk == item_pk), None)
    if item is None:
        raise Http404
    return render(
        request,
        "meetings/record/_item_body.html",
        {"meeting": meeting, "item": item, "frozen": meeting.minutes_frozen},
    )


# --- Minutes (autosave) ---------------------------------------------------------------------


def _saved_at() -> str:
    return timezone.localtime().strftime("%H:%M:%S")


@require_POST
@meeting_view("manage")
def record_minutes(request, meeting: Meeting, item_pk: int):
    """Save an item's minutes, status and public flag; refuse a save from an older version.

    Autosave (header X-Autosave) gets JSON; a plain form post comes back to the page.
    """
    item = _item(meeting, item_pk)
    form = ItemMinutesForm(request.POST)
    autosave = request.headers.get("X-Autosave") == "1"
    if not form.is_valid():
        message = " ".join(e for errors in form.errors.values() for e in errors)
        if autosave:
            return JsonResponse({"ok": False, "message": message}, status=400)
        messages.error(request, message)
        return _back(meeting, item.pk)
    data = form.cleaned_data
    try:
        services.minutes_record(
            item=item,
            minutes=data["minutes"],
            status=data["status"] or None,
            public=data["public"] if data["public_sent"] else None,
            expected_version=data["version"],
            actor=request.user,
        )
    except StaleVersion as exc:
        current = exc.current
        if autosave:
            return JsonResponse(
                {
                    "ok": False,
                    "conflict": True,
                    "message": str(exc),
                    "version": current.version,
                    "minutes": current.minutes,
                    "status": current.status,
                    "public": current.public,
                },
                status=409,
            )
        items = _items(meeting)
        context = _context(request, meeting, items, next(i for i in items if i.pk == item.pk))
        context["conflict"] = {"item": current, "mine": data["minutes"], "message": str(exc)}
        return render(request, "meetings/record/page.html", context, status=409)
    except MeetingError as exc:
        if autosave:
            return JsonResponse({"ok": False, "message": str(exc)}, status=409)
        messages.error(request, str(exc))
        return _back(meeting, item.pk)
    if autosave:
        return JsonResponse(
            {
                "ok": True,
                "version": item.version,
                "saved_at": _saved_at(),
                "preview": str(render_markdown(item.minutes)),
                "status": item.status,
                "status_label": item.get_status_display(),
            }
        )
    messages.success(request, _("Gespeichert um %(time)s.") % {"time": _saved_at()})
    return _back(meeting, item.pk)


@require_POST
@meeting_view("manage")
def record_preview(request, meeting: Meeting):
    """Render Markdown as the protocol will show it (the preview beside the text field)."""
    text = request.POST.get("minutes", "")[: ItemMinutesForm.base_fields["minutes"].max_length]
    return HttpResponse(render_markdown(text))


# --- The clock -------------------------------------------------------------------------------


def _clock_response(request, meeting: Meeting, started: AgendaItem | None = None):
    """Every clock on the page afresh (out-of-band), never the text fields."""
    meeting.refresh_from_db()
    items = _items(meeting)
    html = render_to_string(
        "meetings/record/_clocks_oob.html",
        {"meeting": meeting, "items": items, "offset": _offset(meeting, items), "oob": True},
        request=request,
    )
    response = HttpResponse(html)
    if started is not None:
        # The page opens the item that now runs ("Weiter").
        response["HX-Trigger"] = json.dumps({"itemStarted": {"id": started.pk}})
    return response


@require_POST
@meeting_view("manage")
def record_clock(request, meeting: Meeting):
    form = ClockForm(request.POST)
    if not form.is_valid():
        return _refused(request, meeting, _("Unbekannte Aktion der Uhr."))
    action, item_pk = form.cleaned_data["action"], form.cleaned_data["item"]
    started = None
    try:
        if action == "meeting_start":
            meeting_clock_start(meeting=meeting, actor=request.user)
        elif action == "meeting_end":
            meeting_clock_end(meeting=meeting, actor=request.user)
        else:
            if not item_pk:
                return _refused(request, meeting, _("Bitte wählen Sie einen Punkt."))
            item = _item(meeting, item_pk)
            running = item_clock(item=item, action=action, actor=request.user)
            if action in ("start", "next") and running.actual_end is None:
                started = running
    except MeetingError as exc:
        return _refused(request, meeting, str(exc), item_pk)
    if _is_htmx(request):
        return _clock_response(request, meeting, started)
    return _back(meeting, (started.pk if started else item_pk))


def _refused(request, meeting: Meeting, message: str, item_pk: int | None = None):
    """A refusal: for htmx a message in the page's status area, else a message and back."""
    if _is_htmx(request):
        response = HttpResponse(
            render_to_string("meetings/record/_notice.html", {"message": message, "error": True})
        )
        response["HX-Retarget"] = "#record-notice"
        response["HX-Reswap"] = "innerHTML"
        return response
    messages.error(request, message)
    return _back(meeting, item_pk)


# --- Decisions, tasks, files, presenters: each part of an item on its own ---------------------


def _part(request, meeting: Meeting, item: AgendaItem, part: str, **extra):
    """Render one part of an item (decisions, tasks, attachments, presenters) afresh."""
    fresh = next(i for i in _items(meeting) if i.pk == item.pk)
    # A bound form with errors comes back in place of the item's empty one.
    for name in ("decision_form", "attachment_form"):
        if name in extra:
            setattr(fresh, name, extra.pop(name))
            setattr(fresh, f"{name}_html", None)
    context = {"meeting": meeting, "item": fresh, "frozen": meeting.minutes_frozen, **extra}
    return render(request, f"meetings/record/_{part}.html", context)


def _done(request, meeting, item, part, message: str, **extra):
    if _is_htmx(request):
        response = _part(request, meeting, item, part, **extra)
        response["HX-Trigger"] = json.dumps({"recordNotice": message})
        return response
    messages.success(request, message)
    return _back(meeting, item.pk)


def _invalid(request, meeting, item, part, **forms):
    """A form with errors comes back in place (htmx) or on the page (without JavaScript)."""
    if _is_htmx(request):
        return _part(request, meeting, item, part, **forms)
    message = " ".join(
        str(e) for form in forms.values() for errors in form.errors.values() for e in errors
    )
    messages.error(request, message)
    return _back(meeting, item.pk)


@require_POST
@meeting_view("manage")
def record_attachment_add(request, meeting: Meeting, item_pk: int):
    item = _item(meeting, item_pk)
    form = AttachmentForm(request.POST, request.FILES, auto_id=f"id_{item.pk}_%s")
    if form.is_valid():
        try:
            attachment = services.attachment_add(
                meeting=meeting,
                agenda_item=item,
                file=form.cleaned_data["file"],
                name=form.cleaned_data["name"],
                actor=request.user,
            )
        except MeetingError as exc:
            form.add_error("file", str(exc))
        else:
            return _done(
                request,
                meeting,
                item,
                "attachments",
                _("Die Datei ist als %(label)s gespeichert.") % {"label": attachment.label},
            )
    return _invalid(request, meeting, item, "attachments", attachment_form=form)


@meeting_view("manage")
def record_presenters(request, meeting: Meeting, item_pk: int):
    """Add a presenter (POST) or load the form to do so (GET, when it is opened)."""
    item = _item(meeting, item_pk)
    if request.method != "POST":
        return _part(
            request,
            meeting,
            item,
            "presenters",
            presenter_form=PresenterAddForm(auto_id=f"id_{item.pk}_%s"),
        )
    if "remove" in request.POST:
        remove = request.POST.get("remove", "")
        presentation = get_object_or_404(
            Presentation,
            pk=int(remove) if remove.isdigit() and len(remove) < 10 else 0,
            agenda_item=item,
        )
        try:
            services.agenda_item_presenter_remove(presentation=presentation, actor=request.user)
        except MeetingError as exc:
            return _refused(request, meeting, str(exc), item.pk)
        return _done(request, meeting, item, "presenters", _("Entfernt."))
    form = PresenterAddForm(request.POST, auto_id=f"id_{item.pk}_%s")
    if form.is_valid():
        try:
            services.agenda_item_presenter_add(
                item=item,
                person=form.cleaned_data["person"],
                organisation=form.cleaned_data["organisation"],
                actor=request.user,
            )
        except MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            return _done(request, meeting, item, "presenters", _("Vortragende Person eingetragen."))
    return _invalid(request, meeting, item, "presenters", presenter_form=form)


# --- Attendance at the door ------------------------------------------------------------------


def _attendance_part(request, meeting: Meeting, message: str = "", **extra):
    if _is_htmx(request):
        context = {
            "meeting": meeting,
            "frozen": meeting.minutes_frozen,
            "open_list": True,
            **_attendance(meeting),
        }
        context.update(extra)
        response = render(request, "meetings/record/_attendance.html", context)
        if message:
            response["HX-Trigger"] = json.dumps({"recordNotice": message})
        return response
    if message:
        messages.success(request, message)
    return redirect(reverse("meetings:record", args=[meeting.pk]) + "#attendance")


@require_POST
@meeting_view("manage")
def record_attendance(request, meeting: Meeting):
    """One click per person: present, excused (or back to invited)."""
    form = AttendanceMarkForm(request.POST)
    if not form.is_valid():
        return _refused(request, meeting, _("Bitte wählen Sie eine Person und einen Status."))
    status = form.cleaned_data["status"]
    try:
        if form.cleaned_data["attendance"]:
            attendance = get_object_or_404(
                Attendance, pk=form.cleaned_data["attendance"], meeting=meeting
            )
            services.attendance_set(
                meeting=meeting, statuses={attendance.pk: status}, actor=request.user
            )
        elif form.cleaned_data["person"]:
            membership = (
                meeting.body.current_memberships()
                .select_related("person")
                .filter(person_id=form.cleaned_data["person"])
                .first()
            )
            if membership is None:
                return _refused(request, meeting, _("Diese Person gehört nicht zum Gremium."))
            services.attendance_add(
                meeting=meeting, person=membership.person, status=status, actor=request.user
            )
        else:
            return _refused(request, meeting, _("Bitte wählen Sie eine Person."))
    except MeetingError as exc:
        return _refused(request, meeting, str(exc))
    return _attendance_part(request, meeting)


@require_POST
@meeting_view("manage")
def record_guest_add(request, meeting: Meeting):
    form = GuestForm(request.POST)
    if not form.is_valid():
        return (
            _attendance_part(request, meeting, guest_form=form)
            if _is_htmx(request)
            else (_refused(request, meeting, _("Bitte geben Sie den Namen des Gastes an.")))
        )
    organisation = None
    org_name = form.cleaned_data["organisation"].strip()
    if org_name:
        organisation = Organisation.objects.filter(name__iexact=org_name).first()
        if organisation is None:
            organisation = Organisation.objects.create(name=org_name)
    try:
        services.attendance_add(
            meeting=meeting,
            guest_name=form.cleaned_data["guest_name"],
            on_behalf_of=organisation,
            status=Attendance.Status.PRESENT,
            actor=request.user,
        )
    except MeetingError as exc:
        return _refused(request, meeting, str(exc))
    return _attendance_part(
        request,
        meeting,
        _("%(name)s ist als Gast eingetragen.") % {"name": form.cleaned_data["guest_name"]},
    )


# --- Projector -------------------------------------------------------------------------------


@meeting_view("manage")
def projector(request, meeting: Meeting):
    """Large type for the room: the agenda, the current item and its remaining time."""
    items = _items(meeting)
    current = next((i for i in items if i.clock.running), None)
    template = (
        "meetings/record/_projector_board.html"
        if _is_htmx(request)
        else "meetings/record/projector.html"
    )
    return render(
        request,
        template,
        {
            "meeting": meeting,
            "items": items,
            "current": current,
            "offset": _offset(meeting, items),
            "now": timezone.now(),
            "date_label": formats.date_format(meeting.date, "l, j. F Y"),
        },
    )
