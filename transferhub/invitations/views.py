"""Pages: the invitation's preview and log, the answer by personal link, the minutes'
delivery, and a body's settings. Each view loads, checks permission, validates and calls
one service.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from transferhub.meetings.models import Meeting
from transferhub.meetings.views import meeting_view
from transferhub.network.models import Body
from transferhub.network.permissions import can_manage_body, is_secretariat

from . import services
from .forms import AnswerForm, PreviewForm, SettingsForm
from .models import BodyInvitationSettings, Invitation, InvitationMail, MinutesDelivery
from .services import InvitationError

State = Meeting.State


def _invitations(meeting: Meeting) -> list[Invitation]:
    invitations = list(
        meeting.invitations.select_related("person", "on_behalf_of").prefetch_related("mails")
    )
    for invitation in invitations:
        invitation.mail_log = sorted(invitation.mails.all(), key=lambda m: (m.created, m.pk))
    return invitations


@meeting_view("manage")
def preview(request, meeting: Meeting):
    """Einladen: the mail as it will go out, editable; the recipients; then sending."""
    members = services.member_recipients(meeting)
    can_invite = meeting.state in (State.PLANNED, State.INVITED)
    initial = {"attach_agenda": True}
    for language in services.LANGUAGES:
        initial[f"subject_{language}"] = services.default_subject(meeting, language)
        initial[f"text_{language}"] = services.default_text(meeting, language)
    form = PreviewForm(
        request.POST if request.method == "POST" else None, members=members, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            result = services.invitations_send(
                meeting=meeting,
                subjects={lang: data[f"subject_{lang}"] for lang in services.LANGUAGES},
                texts={lang: data[f"text_{lang}"] for lang in services.LANGUAGES},
                exclude_person_ids=data["exclude"],
                guests=data["guests"],
                attach_agenda=data["attach_agenda"],
                actor=request.user,
            )
        except InvitationError as exc:
            form.add_error(None, str(exc))
        else:
            count = len(result.invitations)
            messages.success(
                request,
                ngettext(
                    "%(count)d Einladung wurde verschickt.",
                    "%(count)d Einladungen wurden verschickt.",
                    count,
                )
                % {"count": count},
            )
            if result.without_email:
                messages.warning(
                    request,
                    _("Ohne E-Mail-Adresse, daher nicht eingeladen: %(names)s")
                    % {"names": ", ".join(result.without_email)},
                )
            return redirect("invitations:preview", meeting.pk)
    invitations = _invitations(meeting)
    context = {
        "meeting": meeting,
        "form": form,
        "members": members,
        "can_invite": can_invite,
        "invitations": invitations,
        "counts": _answer_counts(invitations),
        "unsent": InvitationMail.objects.filter(
            invitation__meeting=meeting, sent_at__isnull=True
        ).count(),
        "secretariat": is_secretariat(request.user),
        "sample_name": members[0].person.full_name if members else _("Erika Mustermann"),
    }
    return render(request, "invitations/preview.html", context)


def _answer_counts(invitations) -> list[tuple[str, int]]:
    counts = {value: 0 for value in Invitation.Answer.values}
    for invitation in invitations:
        counts[invitation.answer] += 1
    return [(Invitation.Answer(value).label, n) for value, n in counts.items()]


@require_POST
@meeting_view("manage")
def retry(request, meeting: Meeting):
    """Send again the invitation mails that did not go out."""
    count = services.invitation_mails_retry(meeting=meeting, actor=request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)d E-Mail wird erneut versandt.",
                "%(count)d E-Mails werden erneut versandt.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.info(request, _("Alle E-Mails sind versandt."))
    return redirect("invitations:preview", meeting.pk)


def answer(request, token: str):
    """The personal signed link: accept, decline or name a substitute, without logging in."""
    try:
        invitation = services.invitation_from_token(token)
    except InvitationError as exc:
        return render(request, "invitations/answer.html", {"error": str(exc)}, status=400)
    return _answer_page(request, invitation)


@login_required
def my_answer(request, pk: int):
    """The same answer for a signed-in invitee, from the meeting's page."""
    meeting = get_object_or_404(Meeting, pk=pk)
    invitation = services.invitation_of_user(meeting, request.user)
    if invitation is None:
        return render(
            request,
            "invitations/answer.html",
            {"error": _("Sie sind zu dieser Sitzung nicht eingeladen.")},
            status=404,
        )
    return _answer_page(request, invitation)


def _answer_page(request, invitation: Invitation):
    meeting = invitation.meeting
    error = ""
    try:
        services.check_open_for_answers(meeting)
    except InvitationError as exc:
        error = str(exc)
    initial = {"answer": invitation.answer if invitation.answer != "pending" else None}
    form = AnswerForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and not error and form.is_valid():
        data = form.cleaned_data
        try:
            services.invitation_answer(
                invitation=invitation,
                answer=data["answer"],
                substitute_name=data["substitute_name"],
                substitute_email=data["substitute_email"],
                actor=request.user,
            )
        except InvitationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Danke, Ihre Antwort ist gespeichert."))
            return redirect(request.get_full_path())
    context = {
        "invitation": invitation,
        "meeting": meeting,
        "form": form,
        "error": error,
        "items": [i for i in meeting.agenda_items.order_by("order") if not i.is_break],
    }
    status = 400 if error or (request.method == "POST" and form.errors) else 200
    return render(request, "invitations/answer.html", context, status=status)


@meeting_view("manage")
def deliveries(request, meeting: Meeting):
    """Protokollversand: who received the approved minutes (which version, which files)."""
    if request.method == "POST":
        try:
            count = services.minutes_distribute(meeting=meeting, actor=request.user)
        except InvitationError as exc:
            messages.error(request, str(exc))
        else:
            if count:
                messages.success(
                    request,
                    ngettext(
                        "Das Protokoll geht an %(count)d Person.",
                        "Das Protokoll geht an %(count)d Personen.",
                        count,
                    )
                    % {"count": count},
                )
            else:
                messages.info(request, _("Alle haben das Protokoll erhalten."))
        return redirect("invitations:deliveries", meeting.pk)
    version = services.current_version(meeting)
    rows = list(
        MinutesDelivery.objects.filter(meeting=meeting)
        .select_related("person")
        .order_by("-version", "person__family_name", "person__given_name")
    )
    served = {d.person_id for d in rows if d.version == version and d.sent_at}
    missing = []
    if meeting.state == State.MINUTES_APPROVED:
        missing = [p for p in services.minutes_recipients(meeting) if p.pk not in served]
    context = {
        "meeting": meeting,
        "deliveries": rows,
        "missing": missing,
        "version": version,
        "approved": meeting.state == State.MINUTES_APPROVED,
        "settings": BodyInvitationSettings.for_body(meeting.body),
    }
    return render(request, "invitations/deliveries.html", context)


@login_required
def body_settings(request, body_pk: int):
    """A body's reminder days and whether approved minutes go out as DOCX too."""
    body = get_object_or_404(Body, pk=body_pk)
    if not can_manage_body(request.user, body.pk):
        raise PermissionDenied
    current = BodyInvitationSettings.for_body(body)
    form = SettingsForm(
        request.POST if request.method == "POST" else None,
        initial={"reminder_days": current.reminder_days, "minutes_docx": current.minutes_docx},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.settings_save(
                body=body,
                reminder_days=form.cleaned_data["reminder_days"],
                minutes_docx=form.cleaned_data["minutes_docx"],
                actor=request.user,
            )
        except InvitationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Die Einstellungen wurden gespeichert."))
            return redirect("invitations:settings", body.pk)
    return render(request, "invitations/settings.html", {"body": body, "form": form})
