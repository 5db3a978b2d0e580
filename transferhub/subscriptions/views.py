"""Pages of the public calendar: for everyone, no login; and the secretariat's list.

Visitors see the upcoming meetings of public bodies (date, time, place, public agenda
items; never the online link), subscribe by e-mail (double opt-in; rate-limited, with a
trap field for bots), by Atom feed or as .ics. Addresses appear only on the
secretariat's page.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from icalendar import Calendar

from transferhub.lib.ratelimit import over_limit
from transferhub.meetings.calendar import meeting_event
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body
from transferhub.network.permissions import is_secretariat

from . import services
from .forms import PublishForm, SubscribeForm
from .models import Subscription
from .services import SubscriptionError

FEED_DAYS = 400  # the feeds carry the recent past too (approved minutes)


def _with_public_items(meetings):
    return meetings.prefetch_related(
        Prefetch(
            "agenda_items",
            queryset=AgendaItem.objects.filter(public=True, kind=AgendaItem.Kind.ITEM).order_by(
                "order"
            ),
            to_attr="public_item_list",
        )
    )


def _public_body(body_pk: int) -> Body:
    body = get_object_or_404(Body, pk=body_pk)
    if not services.is_public(body):
        raise Http404
    return body


@require_GET
def calendar(request):
    """The next meetings of every public body."""
    meetings = _with_public_items(services.public_meetings())[: services.UPCOMING_LIMIT]
    return render(
        request,
        "subscriptions/calendar.html",
        {"meetings": meetings, "bodies": services.public_bodies()},
    )


def _body_context(body: Body, form: SubscribeForm) -> dict:
    meetings = _with_public_items(services.public_meetings(body))[: services.UPCOMING_LIMIT]
    recent = services.public_meetings(body, upcoming=False).filter(
        state=Meeting.State.MINUTES_APPROVED, date__lt=timezone.localdate()
    )
    return {
        "body": body,
        "meetings": meetings,
        "recent": recent.order_by("-date")[:5],
        "form": form,
    }


def body_page(request, body_pk: int):
    body = _public_body(body_pk)
    form = SubscribeForm(initial={"language": (translation.get_language() or "de")[:2]})
    return render(request, "subscriptions/body.html", _body_context(body, form))


def _rate_limited(request) -> bool:
    return over_limit(
        "subscribe",
        request.META.get("REMOTE_ADDR", ""),
        limit=getattr(settings, "SUBSCRIBE_RATE_LIMIT", 10),
        window_seconds=3600,
    )


@require_POST
def subscribe(request, body_pk: int):
    body = _public_body(body_pk)
    form = SubscribeForm(request.POST)
    context = _body_context(body, form)
    if _rate_limited(request):
        context["error"] = _(
            "Von Ihrer Adresse kamen in der letzten Stunde zu viele Anmeldungen. Bitte "
            "versuchen Sie es später noch einmal."
        )
        return render(request, "subscriptions/body.html", context, status=429)
    if form.is_bot():
        # Looks like success to the bot; nothing is stored, nothing is sent.
        return redirect("subscriptions:sent", body_pk=body.pk)
    if form.is_valid():
        try:
            services.subscription_request(
                body=body, email=form.cleaned_data["email"], language=form.cleaned_data["language"]
            )
        except SubscriptionError as exc:
            form.add_error("email", str(exc))
        else:
            return redirect("subscriptions:sent", body_pk=body.pk)
    return render(request, "subscriptions/body.html", context, status=400)


@require_GET
def sent(request, body_pk: int):
    body = _public_body(body_pk)
    return render(
        request, "subscriptions/sent.html", {"body": body, "days": services.UNCONFIRMED_DAYS}
    )


def confirm(request, token: str):
    """The link of the confirmation mail: a button confirms (mail scanners only GET)."""
    try:
        subscription = services.subscription_from_confirm_token(token)
        if request.method == "POST":
            subscription = services.subscription_confirm(token=token)
            return render(
                request,
                "subscriptions/confirm.html",
                {"subscription": subscription, "body": subscription.body, "done": True},
            )
    except SubscriptionError as exc:
        return render(request, "subscriptions/confirm.html", {"error": str(exc)}, status=400)
    return render(
        request,
        "subscriptions/confirm.html",
        {"subscription": subscription, "body": subscription.body},
    )


@csrf_exempt  # mail programs post the one-click unsubscribe (RFC 8058); the token is the proof
def leave(request, token: str):
    try:
        subscription = services.subscription_from_leave_token(token)
        if request.method == "POST":
            body = services.subscription_cancel(token=token)
            return render(request, "subscriptions/leave.html", {"body": body, "done": True})
    except SubscriptionError as exc:
        return render(request, "subscriptions/leave.html", {"error": str(exc)}, status=400)
    return render(request, "subscriptions/leave.html", {"body": subscription.body})


@require_GET
def meeting_page(request, pk: int):
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    if not services.is_public_meeting(meeting):
        raise Http404
    return render(
        request,
        "subscriptions/meeting.html",
        {
            "meeting": meeting,
            "items": services.public_items(meeting),
            "minutes_url": meeting.get_absolute_url() if meeting.minutes_frozen else "",
        },
    )


def _feed_meetings(body: Body):
    since = timezone.localdate() - dt.timedelta(days=FEED_DAYS)
    return services.visible_public_meetings(body).filter(date__gte=since)


@require_GET
def body_atom(request, body_pk: int):
    """The body's public meetings as an Atom feed, newest change first."""
    body = _public_body(body_pk)
    page = request.build_absolute_uri(reverse("subscriptions:body", args=[body.pk]))
    feed = Atom1Feed(
        title=_("Sitzungen: %(body)s") % {"body": body.name},
        link=page,
        description=_("Öffentliche Sitzungen des Gremiums %(body)s") % {"body": body.name},
        language=translation.get_language() or "de",
        feed_url=request.build_absolute_uri(),
    )
    tz = ZoneInfo(settings.TIME_ZONE)
    meetings = _with_public_items(_feed_meetings(body)).order_by("-modified")[:50]
    for meeting in meetings:
        link = request.build_absolute_uri(reverse("subscriptions:meeting", args=[meeting.pk]))
        when = dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=tz)
        lines = [
            f"{when:%d.%m.%Y}, {meeting.start_time:%H:%M}–{meeting.end_time:%H:%M}",
            meeting.location,
            *[str(item) for item in meeting.public_item_list],
        ]
        feed.add_item(
            title=f"{meeting.name} – {meeting.date:%d.%m.%Y}",
            link=link,
            description="\n".join(line for line in lines if line),
            unique_id=f"tag:transferhub,{meeting.created:%Y-%m-%d}:meeting-{meeting.pk}",
            updateddate=meeting.modified,
            pubdate=meeting.created,
        )
    response = HttpResponse(feed.writeString("utf-8"), content_type=f"{feed.content_type}")
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_GET
def body_ics(request, body_pk: int):
    """The body's public meetings as a calendar to subscribe to; never the online link."""
    body = _public_body(body_pk)
    cal = Calendar()
    cal.add("prodid", "-//Transferhub//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", body.name)
    for meeting in _feed_meetings(body):
        event = meeting_event(meeting, online_url=False)
        event["description"] = request.build_absolute_uri(
            reverse("subscriptions:meeting", args=[meeting.pk])
        )
        cal.add_component(event)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="oeffentlich-{body.pk}.ics"'
    response["Cache-Control"] = "public, max-age=300"
    return response


# --- The secretariat ----------------------------------------------------------------------


def _secretariat_only(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_secretariat(request.user):
        raise PermissionDenied
    return None


def manage(request):
    """Which bodies are public, and their subscribers (addresses: the secretariat only)."""
    if (refused := _secretariat_only(request)) is not None:
        return refused
    bodies = Body.objects.annotate(
        confirmed=Count("subscriptions", filter=Q(subscriptions__confirmed_at__isnull=False)),
        waiting=Count("subscriptions", filter=Q(subscriptions__confirmed_at__isnull=True)),
    ).select_related("public_calendar")
    subscriptions = Subscription.objects.select_related("body").order_by("body__name", "email")
    return render(
        request,
        "subscriptions/manage.html",
        {"bodies": bodies, "subscriptions": subscriptions[:1000]},
    )


@require_POST
def publish(request, body_pk: int):
    if (refused := _secretariat_only(request)) is not None:
        return refused
    body = get_object_or_404(Body, pk=body_pk)
    form = PublishForm(request.POST)
    form.is_valid()
    public = bool(form.cleaned_data.get("public"))
    services.calendar_publish(body=body, public=public, actor=request.user)
    text = (
        _("%(body)s ist nun im öffentlichen Kalender.")
        if public
        else _("%(body)s ist nicht mehr im öffentlichen Kalender.")
    )
    messages.success(request, text % {"body": body.name})
    return redirect("subscriptions:manage")


@require_POST
def subscription_delete(request, pk: int):
    if (refused := _secretariat_only(request)) is not None:
        return refused
    subscription = get_object_or_404(Subscription, pk=pk)
    services.subscription_delete(subscription=subscription, actor=request.user)
    messages.success(request, _("Das Abonnement ist gelöscht."))
    return redirect("subscriptions:manage")
