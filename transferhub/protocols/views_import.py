"""Import minutes in the browser and review the drafts they become (secretariat only)."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.decisions.models import Decision, Task
from transferhub.lib.fragments import as_html, blank_form_html
from transferhub.lib.links import url_maker
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import AgendaItem, Meeting, Presentation
from transferhub.network.permissions import is_secretariat

from .forms import ImportForm
from .imports import (
    import_run_create,
    import_run_progress,
    import_run_resume,
    runs_in_background,
)
from .models import ImportFile, ImportRun
from .reader import notices
from .services import (
    ProtocolImportError,
    ProtocolReadError,
    import_max_bytes,
    protocol_accept,
    protocol_discard,
    protocol_import_upload,
)

PAGE_SIZE = 50


@dataclass
class Outcome:
    """What became of one uploaded file."""

    name: str
    meeting: Meeting | None = None
    error: str = ""
    existing: Meeting | None = None


def _secretariat_only(request) -> None:
    if not is_secretariat(request.user):
        raise PermissionDenied


def _imported_drafts():
    return (
        Meeting.objects.exclude(source_sha256="")
        .filter(state=Meeting.State.MINUTES_DRAFT)
        .select_related("body")
        .annotate(
            item_count=Count("agenda_items", distinct=True),
            decision_count=Count("decisions", distinct=True),
        )
        .order_by("-created", "-pk")
    )


@login_required
def protocol_import(request):
    """Upload one or several minutes files; each becomes a draft meeting to review."""
    _secretariat_only(request)
    outcomes: list[Outcome] = []
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    if request.method == "POST" and form.is_valid():
        body = form.cleaned_data["body"]
        uploads = form.cleaned_data["files"]
        if runs_in_background(uploads):
            # Many files or a ZIP: kept and handed to a background job; its page shows
            # the progress. Bad input (too many, too large, a ZIP bomb) keeps nothing.
            try:
                run = import_run_create(uploads=uploads, body=body, actor=request.user)
            except ProtocolImportError as exc:
                form.add_error("files", str(exc))
            else:
                return redirect("protocols:import_run", pk=run.pk)
            uploads = []
        for upload in uploads:
            outcome = Outcome(name=upload.name)
            try:
                # At most one byte past the limit: enough to say "too large".
                data = upload.read(import_max_bytes() + 1)
                outcome.meeting = protocol_import_upload(
                    data,
                    filename=upload.name,
                    body_name=body.name if body else None,
                    actor=request.user,
                )
            except ProtocolImportError as exc:
                outcome.error, outcome.existing = str(exc), exc.meeting
            except ProtocolReadError as exc:
                # The reader marks its messages with gettext_noop; translate them here.
                outcome.error = _(str(exc))
            outcomes.append(outcome)
        stored = sum(1 for o in outcomes if o.meeting)
        if stored:
            messages.success(
                request,
                _("%(n)s von %(total)s Dateien wurden als Entwurf gespeichert.")
                % {"n": stored, "total": len(outcomes)},
            )
        if outcomes:
            form = ImportForm()
    page = Paginator(_imported_drafts(), PAGE_SIZE).get_page(request.GET.get("page"))
    runs = ImportRun.objects.order_by("-created", "-pk")[:RECENT_RUNS]
    return render(
        request,
        "protocols/import_form.html",
        {
            # Rendered once per process while unsent (its body select per request).
            "form_errors": blank_form_html(form, ("form_errors.html",)),
            "form_fields": blank_form_html(form, ("form_fields.html",)),
            "outcomes": outcomes,
            "page_obj": page,
            "draft_rows": _draft_rows_html(page.object_list),
            "runs": runs,
        },
    )


def _draft_rows_html(drafts) -> SafeString:
    """The drafts table's rows as the template once wrote them, byte for byte, in Python.

    The page is rendered again after every upload, with up to 50 drafts: their lookups,
    filters and {% url %} through the template language were a third of an upload's time.
    """
    review_url = url_maker("protocols:import_review")
    out = []
    for m in drafts:
        warnings = (
            f'<span class="badge postponed">{len(m.import_warnings)}</span>'
            if m.import_warnings
            else "–"
        )
        out.append(
            f'\n  <tr>\n    <th scope="row"><a href="{as_html(review_url(m.pk))}">'
            f"{as_html(m.name)}, {m.date:%d.%m.%Y}</a></th>\n"
            f"    <td>{as_html(m.body.name)}</td>\n    <td>{as_html(m.source_name)}</td>\n"
            f"    <td>{m.item_count}</td>\n    <td>{m.decision_count}</td>\n"
            f"    <td>{warnings}</td>\n  </tr>\n  "
        )
    return mark_safe("".join(out))  # noqa: S308 - every value escaped above


# --- Imports running as a background job -----------------------------------------------------

RECENT_RUNS = 5
# While a run goes on, the status shows the refused files and the latest of the others.
LATEST_WHILE_RUNNING = 10


def _status_context(run: ImportRun) -> dict:
    progress = import_run_progress(run)
    files = ImportFile.objects.filter(run=run).exclude(outcome=ImportFile.Outcome.PENDING)
    files = files.select_related("meeting").defer("data")
    if progress["finished"]:
        shown = list(files.order_by("position"))
    else:
        refused = list(files.filter(outcome=ImportFile.Outcome.REFUSED).order_by("position"))
        latest = list(
            files.exclude(outcome=ImportFile.Outcome.REFUSED).order_by("-finished_at", "-pk")[
                :LATEST_WHILE_RUNNING
            ]
        )
        shown = refused + latest
    return {"run": run, "progress": progress, "files": shown, "left": _time_left(progress)}


def _time_left(progress: dict) -> str:
    seconds = progress["seconds_left"]
    if seconds is None:
        return ""
    if seconds < 90:
        return _("noch etwa %(n)s s") % {"n": max(1, round(seconds))}
    return _("noch etwa %(n)s min") % {"n": round(seconds / 60)}


def _run_of(request, pk: int) -> ImportRun:
    _secretariat_only(request)
    return get_object_or_404(ImportRun.objects.select_related("body"), pk=pk)


@login_required
def protocol_import_run(request, pk: int):
    """A web import running in the background: its progress and each file's outcome."""
    run = _run_of(request, pk)
    return render(request, "protocols/import_run.html", _status_context(run))


@login_required
def protocol_import_run_status(request, pk: int):
    """The status part of the run's page, polled by htmx every second until it is done."""
    run = _run_of(request, pk)
    return render(request, "protocols/_import_run_status.html", _status_context(run))


@login_required
@require_POST
def protocol_import_run_resume(request, pk: int):
    """Go on with a run whose worker stopped: the files still waiting are imported."""
    run = _run_of(request, pk)
    if import_run_progress(run)["pending"]:
        import_run_resume(run=run)
        messages.success(request, _("Der Import wird fortgesetzt."))
    return redirect("protocols:import_run", pk=run.pk)


def _review_meeting(pk: int) -> Meeting:
    tasks = Task.objects.select_related("owner_person", "owner_body").order_by("id")
    items = AgendaItem.objects.order_by("order").prefetch_related(
        Prefetch(
            "presentations",
            queryset=Presentation.objects.select_related("person", "organisation"),
        ),
        Prefetch("decisions", queryset=Decision.objects.order_by("sequence")),
        Prefetch("tasks", queryset=tasks),
    )
    return get_object_or_404(
        Meeting.objects.exclude(source_sha256="")
        .select_related("body", "note_taker")
        .prefetch_related(Prefetch("agenda_items", queryset=items)),
        pk=pk,
    )


@login_required
def protocol_import_review(request, pk: int):
    """The draft beside its source text, with the reader's warnings; accept or discard it."""
    _secretariat_only(request)
    meeting = _review_meeting(pk)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "accept":
                protocol_accept(meeting=meeting, actor=request.user)
                messages.success(
                    request,
                    _(
                        "Der Import wurde übernommen. Das Protokoll bleibt ein Entwurf, bis es genehmigt wird."
                    ),
                )
                return redirect("meetings:detail", pk=meeting.pk)
            if action == "discard":
                protocol_discard(meeting=meeting, actor=request.user)
                messages.success(
                    request,
                    _("Der Entwurf aus „%(file)s“ wurde verworfen.")
                    % {"file": meeting.source_name},
                )
                return redirect("protocols:import")
            messages.error(request, _("Unbekannte Aktion."))
        except ProtocolImportError as exc:
            messages.error(request, str(exc))
        return redirect("protocols:import_review", pk=meeting.pk)
    accepted = (
        ActionLog.objects.filter(
            action="protocol.accepted", object_type="meetings.meeting", object_id=meeting.pk
        )
        .order_by("-timestamp")
        .first()
    )
    return render(
        request,
        "protocols/import_review.html",
        {
            "meeting": meeting,
            # The reader's notices in the reader's language (stored as codes with parameters).
            "warnings": [notices.shown(w, _) for w in meeting.import_warnings],
            "items": list(meeting.agenda_items.all()),
            "accepted": accepted,
            "frozen": meeting.minutes_frozen,
        },
    )
