"""Background jobs of networks: the reminder before a recognition ends.

Safe to run twice: a network is marked reminded for its end date before the mails go,
so a rerun skips it (a mail in flight at a kill may be lost, never doubled).
"""

import logging

from django.db import transaction
from django_tasks import task

from .models import Network
from .networks import networks_to_remind
from .notifications import mail_person

logger = logging.getLogger(__name__)


@task()
def recognition_reminders_send() -> int:
    """Remind each network's coordinators once that its recognition ends soon."""
    sent = 0
    for network in networks_to_remind():
        with transaction.atomic():
            claimed = (
                Network.objects.filter(pk=network.pk)
                .exclude(reminded_for=network.recognised_until)
                .update(reminded_for=network.recognised_until)
            )
        if not claimed:
            continue
        for person in network.coordinators.all():

            def subject(n=network):
                from django.utils.translation import gettext as _

                return _("Anerkennung von %(network)s endet am %(date)s") % {
                    "network": n.name,
                    "date": n.recognised_until.strftime("%d.%m.%Y"),
                }

            try:
                sent += mail_person(
                    person,
                    subject=subject,
                    template="network/email/recognition_reminder",
                    context={"network": network},
                )
            except Exception:  # one address's trouble must not stop the others' mails
                logger.exception("Reminder for network %s to %s failed", network.pk, person.pk)
    return sent
