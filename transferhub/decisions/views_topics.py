"""Pages for topics (Vorhaben): list, create, edit, a topic with its links, document."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.downloads import stored_file_response
from transferhub.meetings.models import AgendaItem
from transferhub.network.permissions import body_roles, is_secretariat

from . import services, topics
from .forms import TopicForm, TopicLinkForm, TopicSearchForm, TopicStatusForm
from .models import Topic
from .permissions import can_see_topics, visible_decisions, visible_tasks
from .views import _page, _safe_next

# Topics (Vorhaben) --------------------------------------------------------------


def _require_topic_manager(request) -> None:
    if not is_secretariat(request.user):
        raise PermissionDenied


def _require_topic_reader(request) -> None:
    if not can_see_topics(request.user):
        raise PermissionDenied


def visible_agenda_items(user) -> QuerySet[AgendaItem]:
    """Items of the user's bodies' meetings, plus public items of approved minutes."""
    if is_secretariat(user):
        return AgendaItem.objects.all()
    return AgendaItem.objects.filter(
        Q(meeting__body_id__in=list(body_roles(user)))
        | Q(meeting__state="minutes_approved", public=True)
    )


@login_required
def topic_list(request):
    """List the topics followed across bodies, with their status; 50 a page."""
    _require_topic_reader(request)
    topics = Topic.objects.annotate(
        item_count=Count("agenda_items", distinct=True),
        decision_count=Count("decisions", distinct=True),
        task_count=Count("tasks", distinct=True),
    ).order_by("title")
    status = request.GET.get("status", "")
    if status in Topic.Status.values:
        topics = topics.filter(status=status)
    return render(
        request,
        "decisions/topic_list.html",
        {
            "page_obj": _page(request, topics),
            "statuses": Topic.Status.choices,
            "status": status,
            "can_manage": is_secretariat(request.user),
        },
    )


@login_required
def topic_create(request):
    _require_topic_manager(request)
    form = TopicForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            topic = services.topic_create(actor=request.user, **form.cleaned_data)
        except services.DecisionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Vorhaben wurde angelegt."))
            return redirect(topic)
    return render(
        request, "decisions/topic_form.html", {"form": form, "heading": _("Vorhaben anlegen")}
    )


@login_required
def topic_edit(request, pk: int):
    _require_topic_manager(request)
    topic = get_object_or_404(Topic, pk=pk)
    form = TopicForm.for_topic(topic, request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.topic_update(topic=topic, actor=request.user, **form.cleaned_data)
        except services.DecisionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Vorhaben wurde gespeichert."))
            return redirect(topic)
    return render(
        request,
        "decisions/topic_form.html",
        {"form": form, "heading": _("Vorhaben bearbeiten"), "topic": topic},
    )


@login_required
def topic_detail(request, pk: int):
    """Show a topic's timeline: its items, decisions and tasks across bodies and years."""
    _require_topic_reader(request)
    topic = get_object_or_404(Topic, pk=pk)
    user = request.user
    items = (
        visible_agenda_items(user)
        .filter(topics=topic)
        .select_related("meeting__body")
        .order_by("meeting__date", "order")
    )
    decisions = (
        visible_decisions(user)
        .filter(topics=topic)
        .select_related("body", "meeting", "agenda_item")
        .order_by("meeting__date", "sequence")
    )
    tasks = (
        visible_tasks(user)
        .filter(topics=topic)
        .select_related("body", "meeting", "owner_person", "owner_body")
        .order_by("id")
    )
    context = {
        "topic": topic,
        "timeline": topics.timeline(topic, items=items, decisions=decisions, tasks=tasks),
        "can_manage": is_secretariat(user),
    }
    if context["can_manage"]:
        search = TopicSearchForm(request.GET or None)
        query = search.cleaned_data["q"] if search.is_valid() else ""
        context.update(
            status_form=TopicStatusForm(initial={"status": topic.status}),
            search=search,
            query=query,
            found=topics.search(topic, query) if query else [],
            suggestions=topics.suggestions(topic),
        )
    return render(request, "decisions/topic_detail.html", context)


@login_required
@require_POST
def topic_status(request, pk: int):
    _require_topic_manager(request)
    topic = get_object_or_404(Topic, pk=pk)
    form = TopicStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie einen gültigen Status."))
        return redirect(topic)
    try:
        services.topic_set_status(
            topic=topic, status=form.cleaned_data["status"], actor=request.user
        )
    except services.DecisionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Status des Vorhabens: %(status)s.") % {"status": topic.get_status_display()},
        )
    return redirect(topic)


def _topic_link_change(request, pk: int, service, success: str):
    _require_topic_manager(request)
    topic = get_object_or_404(Topic, pk=pk)
    form = TopicLinkForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Diesen Eintrag gibt es nicht."))
    else:
        try:
            service(topic=topic, actor=request.user, **form.cleaned_data)
        except services.DecisionError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, success)
    return redirect(_safe_next(request, fallback=topic.get_absolute_url()))


@login_required
@require_POST
def topic_link(request, pk: int):
    """Link an agenda item, decision or task to the topic ("Zuordnen")."""
    return _topic_link_change(
        request, pk, services.topic_link, _("Der Eintrag wurde dem Vorhaben zugeordnet.")
    )


@login_required
@require_POST
def topic_unlink(request, pk: int):
    return _topic_link_change(
        request, pk, services.topic_unlink, _("Die Zuordnung wurde entfernt.")
    )


@login_required
def topic_document(request, pk: int):
    """Serve a topic's uploaded document to those who may see topics."""
    _require_topic_reader(request)
    topic = get_object_or_404(Topic, pk=pk)
    return stored_file_response(
        topic.document,
        filename=topic.document_name or "dokument",
        content_type=topic.document_mime_type or "application/octet-stream",
    )
