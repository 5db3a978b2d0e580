"""Pages for papers (Vorlagen): list and search, a paper with its way, files, versions, diff."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from transferhub.decisions.permissions import can_see_topics, visible_decisions, visible_tasks
from transferhub.lib.downloads import stored_file_response
from transferhub.meetings.models import Meeting
from transferhub.network.permissions import (
    body_roles,
    can_manage_body,
    is_secretariat,
    managed_body_ids,
)

from . import services
from .forms import (
    AgendaForm,
    ConsultationForm,
    FileForm,
    PaperForm,
    ResultForm,
    SearchForm,
    StageForm,
    VersionForm,
)
from .models import Consultation, Paper, PaperFile, PaperFileVersion
from .search import paper_search

PAGE_SIZE = 50


def _require_reader(request) -> None:
    if not can_see_topics(request.user):
        raise PermissionDenied


def can_edit(user, paper: Paper) -> bool:
    """The secretariat and the members of the responsible body work on a paper."""
    return is_secretariat(user) or (paper.body_id is not None and paper.body_id in body_roles(user))


def _require_editor(request, paper: Paper) -> None:
    if not can_edit(request.user, paper):
        raise PermissionDenied


def _paper(pk: int) -> Paper:
    return get_object_or_404(
        Paper.objects.select_related("body", "responsible_person").prefetch_related(
            Prefetch("files", queryset=PaperFile.objects.prefetch_related("versions"))
        ),
        pk=pk,
    )


@login_required
def paper_list(request):
    """List papers with their status; search their titles and documents (German stemming)."""
    _require_reader(request)
    form = SearchForm(request.GET or None)
    papers = Paper.objects.select_related("body").order_by("-year", "reference")
    query = ""
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        if form.cleaned_data["status"]:
            papers = papers.filter(status=form.cleaned_data["status"])
        if query:
            papers = paper_search(papers, query)
    return render(
        request,
        "papers/paper_list.html",
        {
            "form": form,
            "query": query,
            "page_obj": Paginator(papers, PAGE_SIZE).get_page(request.GET.get("page")),
        },
    )


@login_required
def paper_create(request):
    _require_reader(request)
    form = PaperForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not (
            is_secretariat(request.user)
            or (data["body"] and data["body"].pk in body_roles(request.user))
        ):
            form.add_error("body", _("Sie können Vorlagen nur für Ihre eigenen Gremien anlegen."))
        else:
            try:
                paper = services.paper_create(actor=request.user, **data)
            except services.PaperError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("Die Vorlage %(reference)s wurde angelegt.") % {"reference": paper.reference},
                )
                return redirect(paper)
    return render(
        request, "papers/paper_form.html", {"form": form, "heading": _("Vorlage anlegen")}
    )


@login_required
def paper_edit(request, pk: int):
    paper = _paper(pk)
    _require_editor(request, paper)
    form = PaperForm.for_paper(paper, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if not data["reference"]:
            data["reference"] = paper.reference
        try:
            services.paper_update(paper=paper, actor=request.user, **data)
        except services.PaperError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Die Vorlage wurde gespeichert."))
            return redirect(paper)
    return render(
        request,
        "papers/paper_form.html",
        {"form": form, "heading": _("Vorlage bearbeiten"), "paper": paper},
    )


def _way(user, paper: Paper) -> list[Consultation]:
    """The consultations with their meeting, decisions and tasks, in path order."""
    consultations = list(
        paper.consultations.select_related(
            "body", "agenda_item__meeting__body", "version_discussed__paper_file"
        ).order_by("position", "pk")
    )
    item_ids = [c.agenda_item_id for c in consultations if c.agenda_item_id]
    decisions = visible_decisions(user).filter(agenda_item_id__in=item_ids).order_by("sequence")
    tasks = (
        visible_tasks(user)
        .filter(agenda_item_id__in=item_ids)
        .select_related("owner_person", "owner_body")
    )
    by_item: dict[int, dict] = {i: {"decisions": [], "tasks": []} for i in item_ids}
    for d in decisions.select_related("body"):
        by_item[d.agenda_item_id]["decisions"].append(d)
    for t in tasks:
        by_item[t.agenda_item_id]["tasks"].append(t)
    for c in consultations:
        found = by_item.get(c.agenda_item_id, {"decisions": [], "tasks": []})
        c.decision_list, c.task_list = found["decisions"], found["tasks"]
    return consultations


@login_required
def paper_detail(request, pk: int):
    """A paper's whole way: consultations, meetings, decisions, versions discussed, tasks."""
    _require_reader(request)
    paper = _paper(pk)
    user = request.user
    editor = can_edit(user, paper)
    consultations = _way(user, paper)
    for c in consultations:
        c.can_record = c.agenda_item_id is not None and can_manage_body(user, c.body_id)
    managed = managed_body_ids(user)
    meetings = Meeting.objects.filter(
        state__in=(Meeting.State.PLANNED, Meeting.State.INVITED, Meeting.State.HELD)
    ).select_related("body")
    if managed is not None:
        meetings = meetings.filter(body_id__in=managed)
    context = {
        "paper": paper,
        "files": list(paper.files.all()),
        "consultations": consultations,
        "authors": list(paper.authors.all()),
        "topics": list(paper.topics.all()),
        "can_edit": editor,
        "result_form": ResultForm(),
    }
    if editor:
        context.update(
            file_form=FileForm(),
            version_form=VersionForm(),
            consultation_form=ConsultationForm(),
            stage_form=StageForm(initial={"stage": paper.status}),
        )
    if managed is None or managed:
        context["agenda_form"] = AgendaForm(meetings=meetings.order_by("date")[:200])
    return render(request, "papers/paper_detail.html", context)


def _post_form(request, paper: Paper, form, action, success: str):
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(paper)
    try:
        outcome = action(form.cleaned_data)
    except services.PaperError as exc:
        messages.error(request, str(exc))
    else:
        if isinstance(outcome, str) and outcome:
            messages.warning(request, outcome)
        messages.success(request, success)
    return redirect(paper)


@login_required
@require_POST
def file_add(request, pk: int):
    paper = _paper(pk)
    _require_editor(request, paper)
    form = FileForm(request.POST, request.FILES)
    return _post_form(
        request,
        paper,
        form,
        lambda d: services.paper_file_add(paper=paper, actor=request.user, **d) and "",
        _("Das Dokument wurde hochgeladen."),
    )


@login_required
@require_POST
def version_add(request, pk: int, file_pk: int):
    paper = _paper(pk)
    _require_editor(request, paper)
    paper_file = get_object_or_404(PaperFile, pk=file_pk, paper=paper)
    form = VersionForm(request.POST, request.FILES)
    return _post_form(
        request,
        paper,
        form,
        lambda d: services.paper_version_add(paper_file=paper_file, actor=request.user, **d) and "",
        _("Die neue Version wurde gespeichert; die älteren bleiben erhalten."),
    )


@login_required
def version_compare(request, pk: int, file_pk: int):
    """Show what changed between two versions of a document (?a=<number>&b=<number>)."""
    _require_reader(request)
    paper = _paper(pk)
    paper_file = get_object_or_404(PaperFile, pk=file_pk, paper=paper)
    versions = {v.number: v for v in paper_file.versions.all()}
    if len(versions) < 2:
        messages.error(request, _("Zum Vergleichen braucht es zwei Versionen."))
        return redirect(paper)
    numbers = sorted(versions)

    def chosen(name: str, default: int) -> int:
        try:
            value = int(request.GET.get(name, default))
        except ValueError:
            return default
        return value if value in versions else default

    old, new = versions[chosen("a", numbers[-2])], versions[chosen("b", numbers[-1])]
    diff, error = None, ""
    try:
        diff = services.versions_compare(old, new)
    except services.PaperError as exc:
        error = str(exc)
    return render(
        request,
        "papers/version_compare.html",
        {
            "paper": paper,
            "paper_file": paper_file,
            "old": old,
            "new": new,
            "numbers": numbers,
            "diff": diff,
            "error": error,
        },
        status=200,
    )


@login_required
@require_POST
def consultation_add(request, pk: int):
    paper = _paper(pk)
    _require_editor(request, paper)
    form = ConsultationForm(request.POST)
    return _post_form(
        request,
        paper,
        form,
        lambda d: services.consultation_add(paper=paper, actor=request.user, **d) and "",
        _("Das Gremium wurde in den Beratungsweg aufgenommen."),
    )


@login_required
@require_POST
def agenda_put(request, pk: int):
    """Put the paper on a meeting's agenda (the body's consultation is fulfilled or added)."""
    _require_reader(request)
    paper = _paper(pk)
    form = AgendaForm(request.POST)
    if form.is_valid() and not can_manage_body(request.user, form.cleaned_data["meeting"].body_id):
        raise PermissionDenied

    def action(d):
        _consultation, warning = services.paper_put_on_agenda(
            paper=paper, meeting=d["meeting"], actor=request.user
        )
        return warning

    return _post_form(
        request, paper, form, action, _("Die Vorlage steht auf der Tagesordnung der Sitzung.")
    )


@login_required
@require_POST
def result_record(request, pk: int, consultation_pk: int):
    paper = _paper(pk)
    consultation = get_object_or_404(
        Consultation.objects.select_related("paper", "body", "agenda_item"),
        pk=consultation_pk,
        paper=paper,
    )
    if not can_manage_body(request.user, consultation.body_id):
        raise PermissionDenied
    form = ResultForm(request.POST)
    return _post_form(
        request,
        paper,
        form,
        lambda d: (
            services.consultation_record_result(consultation=consultation, actor=request.user, **d)
            and ""
        ),
        _("Das Ergebnis der Beratung wurde erfasst."),
    )


@login_required
@require_POST
def stage_set(request, pk: int):
    paper = _paper(pk)
    _require_editor(request, paper)
    form = StageForm(request.POST)
    return _post_form(
        request,
        paper,
        form,
        lambda d: (
            services.paper_set_stage(
                paper=paper, stage=d["stage"], published_url=d["published_url"], actor=request.user
            )
            and ""
        ),
        _("Die Stufe der Veröffentlichung wurde geändert."),
    )


def _version_response(request, pk: int, *, as_attachment: bool):
    version = get_object_or_404(PaperFileVersion.objects.select_related("paper_file__paper"), pk=pk)
    if not version.paper_file.paper.public:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        _require_reader(request)
    response = stored_file_response(
        version.file,
        as_attachment=as_attachment,
        filename=version.file_name,
        content_type=version.mime_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def version_view(request, pk: int):
    """A version's file, shown inline where the browser can (OParl accessUrl); HEAD answered."""
    return _version_response(request, pk, as_attachment=False)


@require_safe
def version_download(request, pk: int):
    """A version's file as a download (OParl downloadUrl); HEAD answered."""
    return _version_response(request, pk, as_attachment=True)
