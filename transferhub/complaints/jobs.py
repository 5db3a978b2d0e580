"""Mails of the complaint procedure, sent by the worker after the commit.

Each mail is marked sent on its row, so a job run twice sends nothing twice, and
`transferhub erase-complaints` (daily) enqueues again what did not go out.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.network.models import Person
from transferhub.network.notifications import mail_person

from .models import Case, CaseMessage

logger = logging.getLogger(__name__)


def _mail_address(address: str, language: str, subject, template: str, context: dict) -> int:
    with translation.override(language):
        context = {"site_url": settings.SITE_URL, **context}
        subject_text = str(subject())
        body = render_to_string(f"{template}.txt", context)
    return EmailMessage(subject_text, body, to=[address]).send()


@task()
def case_mails(case_id: int) -> int:
    """The receipt to a named reporter, the notice to the handler, and the notice to a named
    reporter that a handler's message waits (its text stays on the site)."""
    case = Case.objects.select_related("handler__user").filter(pk=case_id).first()
    if case is None:
        return 0
    sent = 0
    follow_url = settings.SITE_URL + reverse("complaints:follow")
    if case.reporter_email and case.receipt_mailed_at is None:
        sent += _mail_address(
            case.reporter_email,
            case.language,
            lambda: _("Ihr Hinweis %(code)s ist eingegangen") % {"code": case.code},
            "complaints/email/receipt",
            {"case": case, "follow_url": follow_url},
        )
        Case.objects.filter(pk=case.pk).update(receipt_mailed_at=timezone.now())
    waiting = case.messages.filter(sender=CaseMessage.Sender.HANDLER, mailed_at__isnull=True)
    if case.reporter_email and waiting.exists():
        sent += _mail_address(
            case.reporter_email,
            case.language,
            lambda: _("Neue Nachricht zu Ihrem Hinweis %(code)s") % {"code": case.code},
            "complaints/email/new_message",
            {"case": case, "follow_url": follow_url},
        )
        waiting.update(mailed_at=timezone.now())
    if case.handler is not None and case.handler_notified_at is None:
        person = Person.objects.filter(user=case.handler.user).first()
        if person is not None:
            sent += mail_person(
                person,
                subject=lambda: (
                    _("Beschwerdeverfahren: %(code)s wartet auf Sie") % {"code": case.code}
                ),
                template="complaints/email/handler_notice",
                context={"case": case, "url": settings.SITE_URL + case.get_absolute_url()},
            )
        Case.objects.filter(pk=case.pk).update(handler_notified_at=timezone.now())
    return sent


@task()
def company_mail(case_id: int) -> int:
    """Tell the company of a case, as the reporter agreed: what, not who."""
    case = Case.objects.select_related("supplier").filter(pk=case_id).first()
    if case is None or case.supplier is None or case.company_informed_at is not None:
        return 0
    if not case.share_with_company or not case.supplier.contact_email:
        return 0
    sent = _mail_address(
        case.supplier.contact_email,
        "de",
        lambda: _("Hinweis im Beschwerdeverfahren: %(code)s") % {"code": case.code},
        "complaints/email/company",
        {"case": case},
    )
    Case.objects.filter(pk=case.pk).update(company_informed_at=timezone.now())
    return sent


def mails_retry() -> int:
    """Enqueue the mails of cases where one did not go out; return how many cases."""
    from django.db.models import Q

    pending = (
        Case.objects.filter(
            Q(reporter_email__gt="", receipt_mailed_at__isnull=True)
            | Q(handler__isnull=False, handler_notified_at__isnull=True)
            | Q(
                reporter_email__gt="",
                messages__sender=CaseMessage.Sender.HANDLER,
                messages__mailed_at__isnull=True,
            )
        )
        .values_list("pk", flat=True)
        .distinct()
    )
    pks = list(pending)
    for pk in pks:
        case_mails.enqueue(pk)
    return len(pks)
