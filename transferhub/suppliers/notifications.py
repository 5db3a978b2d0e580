"""Mails of the supplier database, each in its recipient's language.

The texts are written by the services as callables, so that they are translated
inside `mail_person`'s switch to the recipient's language. The services send with
`mail_each_after_commit`: a step that is rolled back (a refused seal decision, an
error after the mail call) sends nothing.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction

from transferhub.network.models import Person
from transferhub.network.notifications import mail_person
from transferhub.network.permissions import SECRETARIAT_GROUP

from .models import Supplier


def _address_only(email: str) -> Person:
    """An unsaved stand-in for an address without a person record: the default language."""
    return Person(email=email, language=settings.LANGUAGE_CODE)


def person_for_user(user: User) -> Person | None:
    """The person to mail for a login: its Person record, else its bare address, else None."""
    person = getattr(user, "person", None)
    if person is not None and person.email:
        return person
    return _address_only(user.email) if user.email else None


def _unique(people: list[Person | None]) -> list[Person]:
    """Each address once (the first person with it), sorted by address."""
    seen: dict[str, Person] = {}
    for person in people:
        if person is not None and person.email and person.email.lower() not in seen:
            seen[person.email.lower()] = person
    return [seen[k] for k in sorted(seen)]


def staff_user_ids(supplier: Supplier) -> set[int]:
    ids = set(supplier.staff.values_list("pk", flat=True))
    if supplier.company_id:
        ids |= set(supplier.company.staff.values_list("pk", flat=True))
    return ids


def supplier_recipients(supplier: Supplier) -> list[Person]:
    """The supplier's contact address and its staff, each once, as people to mail."""
    users = User.objects.filter(pk__in=staff_user_ids(supplier)).select_related("person")
    staff = [person_for_user(u) for u in users]
    contact = None
    if supplier.contact_email:
        # The contact address may belong to someone we know, who has a language.
        contact = (
            next(
                (p for p in staff if p and p.email.lower() == supplier.contact_email.lower()), None
            )
            or Person.objects.filter(email__iexact=supplier.contact_email).first()
        )
        contact = contact or _address_only(supplier.contact_email)
    return _unique([contact, *staff])


def office_recipients() -> list[Person]:
    """The active members of the Geschäftsstelle."""
    users = User.objects.filter(groups__name=SECRETARIAT_GROUP, is_active=True).select_related(
        "person"
    )
    return _unique([person_for_user(u) for u in users])


def mail_each(
    recipients: list[Person], *, subject: Callable[[], str], body: Callable[[], str]
) -> int:
    """Send every recipient its own mail in its language; return how many were sent."""
    # The template calls `body` while rendering, that is in the recipient's language.
    return sum(
        mail_person(
            person, subject=subject, template="suppliers/email/message", context={"body": body}
        )
        for person in recipients
    )


def mail_each_after_commit(
    recipients: list[Person], *, subject: Callable[[], str], body: Callable[[], str]
) -> None:
    """Send `mail_each` once the current transaction commits; nothing if it rolls back."""
    # robust: a mail server failing after the commit must not turn a saved step into an
    # error page; Django logs the failure, naming the callback by its __qualname__ (which
    # a functools.partial lacks: its failure became the 500 it was meant to prevent).
    recipients = list(recipients)
    transaction.on_commit(lambda: mail_each(recipients, subject=subject, body=body), robust=True)
