"""Write operations on the network: organisations, people, bodies and memberships."""

import datetime as dt
import json
import re

from django.contrib.auth import password_validation
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib import registry
from transferhub.lib.audit import log_action
from transferhub.lib.models import ActionLog
from transferhub.lib.refusals import Refusal

from .models import Body, InterestRequest, Membership, Organisation, Person


class NetworkError(Refusal):
    """A request on the network we refuse; the message is fit to show the user.

    `field` names the form field the message belongs to, where there is one.
    """

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


# Honorifics typed in front of a given name ("Prof. Dr. Oliver") belong in the title.
_HONORIFIC = re.compile(
    r"^((?:Prof\.|Dr\.(?:-Ing\.)?|Dipl\.-[A-Za-zäöü]+\.|PD|apl\.|h\.\s?c\.|Jun\.-Prof\.)\s+)+"
)


def split_honorific(title: str, given_name: str) -> tuple[str, str]:
    """Move a leading honorific out of the given name into the title (Titel)."""
    given_name = given_name.strip()
    title = title.strip()
    match = _HONORIFIC.match(given_name + " ")
    if match and match.end() < len(given_name) + 1:
        found = match.group(0).strip()
        given_name = given_name[len(found) :].strip()
        title = f"{title} {found}".strip() if found not in title else title
    return title, given_name


def _changed(obj, fields: dict) -> dict:
    return {k: v for k, v in fields.items() if getattr(obj, k) != v}


def _short(value) -> str:
    return "" if value is None else str(value)


# Organisations ------------------------------------------------------------


def _check_organisation(name: str, *, exclude_pk: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise NetworkError(_("Eine Organisation braucht einen Namen."), field="name")
    if Organisation.objects.filter(name__iexact=name).exclude(pk=exclude_pk).exists():
        raise NetworkError(
            _("Eine Organisation „%(name)s“ gibt es bereits.") % {"name": name}, field="name"
        )
    return name


@transaction.atomic
def organisation_create(
    *,
    name: str,
    short_name: str = "",
    kind: str = Organisation.Kind.PARTNER,
    website: str = "",
    town: str = "",
    actor=None,
) -> Organisation:
    """Add a partner organisation."""
    name = _check_organisation(name)
    if kind not in Organisation.Kind.values:
        raise NetworkError(_("Unbekannte Art von Organisation."), field="kind")
    organisation = Organisation.objects.create(
        name=name, short_name=short_name.strip(), kind=kind, website=website, town=town.strip()
    )
    log_action(actor, "organisation.created", organisation, name=name)
    return organisation


@transaction.atomic
def organisation_update(*, organisation: Organisation, actor=None, **fields) -> Organisation:
    """Change an organisation's details."""
    if "name" in fields:
        fields["name"] = _check_organisation(fields["name"], exclude_pk=organisation.pk)
    if "kind" in fields and fields["kind"] not in Organisation.Kind.values:
        raise NetworkError(_("Unbekannte Art von Organisation."), field="kind")
    changed = _changed(organisation, fields)
    if not changed:
        return organisation
    before = {k: _short(getattr(organisation, k)) for k in changed}
    for key, value in changed.items():
        setattr(organisation, key, value)
    organisation.save()
    log_action(
        actor,
        "organisation.changed",
        organisation,
        before=before,
        after={k: _short(v) for k, v in changed.items()},
    )
    return organisation


# People -------------------------------------------------------------------


def _check_names(given_name: str, family_name: str) -> None:
    if not given_name:
        raise NetworkError(_("Bitte geben Sie einen Vornamen an."), field="given_name")
    if not family_name:
        raise NetworkError(_("Bitte geben Sie einen Nachnamen an."), field="family_name")


def _login_create(*, username: str, password: str, email: str, person_hint: User) -> User:
    username = username.strip()
    if User.objects.filter(username__iexact=username).exists():
        raise NetworkError(
            _("Den Benutzernamen „%(name)s“ gibt es bereits.") % {"name": username},
            field="username",
        )
    if not password:
        raise NetworkError(_("Für einen Zugang braucht es ein erstes Passwort."), field="password")
    try:
        password_validation.validate_password(password, person_hint)
    except ValidationError as exc:
        raise NetworkError(" ".join(exc.messages), field="password") from exc
    return User.objects.create_user(username, email=email, password=password)


@transaction.atomic
def person_create(
    *,
    given_name: str,
    family_name: str,
    title: str = "",
    email: str = "",
    organisation: Organisation | None = None,
    language: str = Person.Language.GERMAN,
    username: str = "",
    password: str = "",
    actor=None,
) -> Person:
    """Add a person; with a user name (and first password) they also get a login."""
    title, given_name = split_honorific(title, given_name)
    family_name = family_name.strip()
    _check_names(given_name, family_name)
    user = None
    if username.strip():
        hint = User(username=username, email=email, first_name=given_name, last_name=family_name)
        user = _login_create(username=username, password=password, email=email, person_hint=hint)
        user.first_name, user.last_name = given_name, family_name
        user.save(update_fields=["first_name", "last_name"])
    person = Person.objects.create(
        title=title,
        given_name=given_name,
        family_name=family_name,
        email=email.strip(),
        organisation=organisation,
        language=language,
        user=user,
    )
    # No names or addresses in the trail: who acted and on which record is enough.
    log_action(actor, "person.created", person, login=user is not None)
    return person


@transaction.atomic
def person_update(
    *, person: Person, actor=None, username: str = "", password: str = "", **fields
) -> Person:
    """Change a person's details; a person without a login may be given one."""
    if "given_name" in fields or "title" in fields:
        title, given = split_honorific(
            fields.get("title", person.title), fields.get("given_name", person.given_name)
        )
        fields["title"], fields["given_name"] = title, given
    if "family_name" in fields:
        fields["family_name"] = fields["family_name"].strip()
    _check_names(
        fields.get("given_name", person.given_name), fields.get("family_name", person.family_name)
    )
    changed = _changed(person, fields)
    new_login = False
    if username.strip():
        if person.user_id:
            raise NetworkError(_("Diese Person hat bereits einen Zugang."), field="username")
        hint = User(
            username=username,
            email=fields.get("email", person.email),
            first_name=fields.get("given_name", person.given_name),
            last_name=fields.get("family_name", person.family_name),
        )
        person.user = _login_create(
            username=username, password=password, email=hint.email, person_hint=hint
        )
        new_login = True
    for key, value in changed.items():
        setattr(person, key, value)
    if changed or new_login:
        person.save()
        log_action(actor, "person.changed", person, fields=sorted(changed), login_added=new_login)
    return person


# Bodies -------------------------------------------------------------------


def _check_body(name: str, parent: Body | None, *, body: Body | None = None) -> str:
    name = name.strip()
    if not name:
        raise NetworkError(_("Ein Gremium braucht einen Namen."), field="name")
    pk = body.pk if body else None
    if Body.objects.filter(name__iexact=name).exclude(pk=pk).exists():
        raise NetworkError(
            _("Ein Gremium „%(name)s“ gibt es bereits.") % {"name": name}, field="name"
        )
    # Walk up from the new parent: meeting the body itself would make a circle.
    seen = set()
    current = parent
    while current is not None and body is not None and current.pk not in seen:
        if current.pk == body.pk:
            raise NetworkError(
                _("Ein Gremium kann nicht sich selbst oder einem seiner Untergremien angehören."),
                field="parent",
            )
        seen.add(current.pk)
        current = current.parent
    return name


@transaction.atomic
def body_create(
    *,
    name: str,
    short_name: str = "",
    classification: str = Body.Classification.WORKING_GROUP,
    parent: Body | None = None,
    secretariat_contact: Person | None = None,
    description: str = "",
    network=None,
    actor=None,
) -> Body:
    """Add a body (Gremium), the federal network's unless another network is given."""
    name = _check_body(name, parent)
    if classification not in Body.Classification.values:
        raise NetworkError(_("Unbekannte Art von Gremium."), field="classification")
    body = Body.objects.create(
        name=name,
        short_name=short_name.strip(),
        classification=classification,
        parent=parent,
        secretariat_contact=secretariat_contact,
        description=description,
        network=network,
    )
    log_action(actor, "body.created", body, name=name)
    return body


@transaction.atomic
def body_update(*, body: Body, actor=None, **fields) -> Body:
    """Change a body's details."""
    fields["name"] = _check_body(
        fields.get("name", body.name), fields.get("parent", body.parent), body=body
    )
    if fields.get("classification", body.classification) not in Body.Classification.values:
        raise NetworkError(_("Unbekannte Art von Gremium."), field="classification")
    changed = _changed(body, fields)
    if not changed:
        return body
    before = {k: _short(getattr(body, k)) for k in changed}
    for key, value in changed.items():
        setattr(body, key, value)
    body.save()
    log_action(
        actor, "body.changed", body, before=before, after={k: _short(v) for k, v in changed.items()}
    )
    return body


# Memberships --------------------------------------------------------------


def _check_period(start_date: dt.date | None, end_date: dt.date | None) -> None:
    if start_date and end_date and end_date < start_date:
        raise NetworkError(
            _("Das Ende der Mitgliedschaft (%(end)s) liegt vor ihrem Beginn (%(start)s).")
            % {"end": f"{end_date:%d.%m.%Y}", "start": f"{start_date:%d.%m.%Y}"},
            field="end_date",
        )


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    lo = dt.date.min
    hi = dt.date.max
    return (a_start or lo) <= (b_end or hi) and (b_start or lo) <= (a_end or hi)


@transaction.atomic
def membership_add(
    *,
    body: Body,
    person: Person,
    role: str = Membership.Role.MEMBER,
    on_behalf_of: Organisation | None = None,
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    actor=None,
) -> Membership:
    """Make a person a member of a body (in a role, maybe for an organisation)."""
    if role not in Membership.Role.values:
        raise NetworkError(_("Unbekannte Rolle."), field="role")
    _check_period(start_date, end_date)
    for other in Membership.objects.filter(body=body, person=person, role=role):
        if _overlaps(start_date, end_date, other.start_date, other.end_date):
            raise NetworkError(
                _("%(person)s ist in diesem Zeitraum bereits „%(role)s“ in %(body)s.")
                % {"person": person.full_name, "role": other.get_role_display(), "body": body},
                field="person",
            )
    membership = Membership.objects.create(
        body=body,
        person=person,
        role=role,
        on_behalf_of=on_behalf_of,
        start_date=start_date,
        end_date=end_date,
    )
    log_action(
        actor,
        "membership.added",
        membership,
        body_id=body.pk,
        person_id=person.pk,
        role=role,
        start=start_date.isoformat() if start_date else None,
        end=end_date.isoformat() if end_date else None,
    )
    return membership


@transaction.atomic
def membership_end(
    *, membership: Membership, end_date: dt.date | None = None, actor=None
) -> Membership:
    """End a membership on the given day (today if none is given)."""
    end_date = end_date or timezone.localdate()
    _check_period(membership.start_date, end_date)
    before = membership.end_date
    membership.end_date = end_date
    membership.save(update_fields=["end_date", "modified"])
    log_action(
        actor,
        "membership.ended",
        membership,
        before=before.isoformat() if before else None,
        after=end_date.isoformat(),
    )
    return membership


# Interest in joining a body (Interesse an Mitarbeit) --------------------------------


def _is_current_member(person: Person, body: Body) -> bool:
    return body.current_memberships().filter(person=person).exists()


@transaction.atomic
def interest_register(*, person: Person, body: Body, note: str = "", actor=None) -> InterestRequest:
    """Record that a person would like to work in a body; its managers decide."""
    if _is_current_member(person, body):
        raise NetworkError(
            _("Sie gehören dem Gremium „%(body)s“ bereits an.") % {"body": body.name}
        )
    duplicate = _(
        "Ihre Anfrage zur Mitarbeit in „%(body)s“ liegt bereits vor; "
        "die Geschäftsstelle meldet sich bei Ihnen."
    ) % {"body": body.name}
    if InterestRequest.objects.filter(
        person=person, body=body, status=InterestRequest.Status.PENDING
    ).exists():
        raise NetworkError(duplicate, field="note")
    try:
        with transaction.atomic():
            interest = InterestRequest.objects.create(person=person, body=body, note=note.strip())
    except IntegrityError as exc:  # a second request sent at the same moment
        raise NetworkError(duplicate, field="note") from exc
    log_action(actor, "interest.registered", interest, body_id=body.pk, person_id=person.pk)
    return interest


def _lock_pending(interest: InterestRequest) -> InterestRequest:
    locked = InterestRequest.objects.select_for_update().select_related("person", "body")
    interest = locked.get(pk=interest.pk)
    if interest.status != InterestRequest.Status.PENDING:
        raise NetworkError(
            _("Über diese Anfrage wurde bereits entschieden (%(status)s).")
            % {"status": interest.get_status_display()}
        )
    return interest


def _mail_decision_after_commit(interest: InterestRequest) -> None:
    from .notifications import interest_decision_mail

    interest_id = interest.pk
    transaction.on_commit(lambda: interest_decision_mail.enqueue(interest_id))


@transaction.atomic
def interest_accept(*, interest: InterestRequest, actor=None) -> Membership:
    """Accept a request: the person becomes a member from today and is told by mail."""
    interest = _lock_pending(interest)
    membership = membership_add(
        body=interest.body,
        person=interest.person,
        role=Membership.Role.MEMBER,
        on_behalf_of=interest.person.organisation,
        start_date=timezone.localdate(),
        actor=actor,
    )
    interest.status = InterestRequest.Status.ACCEPTED
    interest.membership = membership
    interest.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    interest.decided_at = timezone.now()
    interest.save()
    log_action(actor, "interest.accepted", interest, body_id=interest.body_id)
    _mail_decision_after_commit(interest)
    return membership


@transaction.atomic
def interest_decline(*, interest: InterestRequest, reason: str, actor=None) -> InterestRequest:
    """Decline a request with a reason, which the person receives by mail."""
    if not reason.strip():
        raise NetworkError(_("Bitte geben Sie eine Begründung an."), field="reason")
    interest = _lock_pending(interest)
    interest.status = InterestRequest.Status.DECLINED
    interest.reason = reason.strip()
    interest.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    interest.decided_at = timezone.now()
    interest.save()
    # The reason may name people; the trail keeps only that it was declined.
    log_action(actor, "interest.declined", interest, body_id=interest.body_id)
    _mail_decision_after_commit(interest)
    return interest


# Privacy: export and erase a person's data ------------------------------------------

# Relations that are the person's own data: they go with the person in either case.
# Every other reference (presentations, attendances, tasks, note-taking, later apps)
# is a record the minutes keep, so the person is pseudonymised instead of deleted.
# The apps above network add theirs through `registry.privacy_erase`.
OWN_DATA = {"memberships", "interest_requests"}
# References that may simply be cleared.
CLEARABLE = {("network", "body", "secretariat_contact")}


def _date(value):
    return value.isoformat() if value else None


def own_data() -> set[str]:
    """The reverse relations of Person that are the person's own data, of every app."""
    return OWN_DATA | {name for e in registry.privacy_erase for name in e.relations}


def _person_fields(person: Person) -> dict:
    return {
        "id": person.pk,
        "title": person.title,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "email": person.email,
        "organisation": person.organisation.name if person.organisation_id else None,
        "language": person.language,
        "login": person.user.username if person.user_id else None,
        "created": _date(person.created),
    }


def _memberships(person: Person) -> list:
    return [
        {
            "body": m.body.name,
            "role": m.role,
            "on_behalf_of": m.on_behalf_of.name if m.on_behalf_of_id else None,
            "start_date": _date(m.start_date),
            "end_date": _date(m.end_date),
        }
        for m in person.memberships.select_related("body", "on_behalf_of")
    ]


def _interest_requests(person: Person) -> list:
    return [
        {
            "body": r.body.name,
            "note": r.note,
            "status": r.status,
            "reason": r.reason,
            "created": _date(r.created),
            "decided_at": _date(r.decided_at),
        }
        for r in person.interest_requests.select_related("body")
    ]


def _actions(person: Person) -> list:
    if not person.user_id:
        return []
    return [
        {
            "timestamp": _date(a.timestamp),
            "action": a.action,
            "object_type": a.object_type,
            "object_id": a.object_id,
            "data": a.data,
        }
        for a in ActionLog.objects.filter(actor_id=person.user_id).order_by("timestamp")
    ]


def privacy_register() -> None:
    """Register network's sections of the export (called from NetworkConfig.ready)."""
    registry.privacy_export.register("person", _person_fields, order=10)
    registry.privacy_export.register("memberships", _memberships, order=20)
    registry.privacy_export.register("interest_requests", _interest_requests, order=70)
    registry.privacy_export.register("actions", _actions, order=170)


def person_data(person: Person) -> dict:
    """Everything stored about a person, as plain data (Auskunft nach Art. 15 DSGVO).

    Each app adds its sections through `registry.privacy_export`, in their order.
    """
    data = {"exported_at": timezone.now().isoformat()}
    for name, section in registry.privacy_export.items():
        data[name] = section(person)
    return data


def person_export_json(person: Person, *, actor=None) -> tuple[str, str, bytes]:
    """Export a person's data as one JSON file; the export itself is logged."""
    content = json.dumps(person_data(person), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    log_action(actor, "person.exported", person)
    return f"personendaten-{person.pk}.json", "application/json", content.encode("utf-8")


def person_references(person: Person) -> list[str]:
    """Names of the records (outside the person's own data) that point at the person."""
    found, own = [], own_data()
    for relation in Person._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete):
            continue
        if not (relation.one_to_many or relation.one_to_one):
            continue
        if relation.get_accessor_name() in own:
            continue
        model = relation.related_model
        key = (model._meta.app_label, model._meta.model_name, relation.field.name)
        if key in CLEARABLE:
            continue
        if model._default_manager.filter(**{relation.field.name: person}).exists():
            found.append(f"{model._meta.label_lower}.{relation.field.name}")
    return found


@transaction.atomic
def person_erase(*, person: Person, actor=None) -> str:
    """Delete a person, or pseudonymise them where minutes keep a record; return which."""
    # of=("self",): PostgreSQL refuses FOR UPDATE on the nullable side of the outer join.
    person = Person.objects.select_for_update(of=("self",)).select_related("user").get(pk=person.pk)
    references = person_references(person)
    user = person.user
    person.memberships.all().delete()
    person.interest_requests.all().delete()
    for eraser in registry.privacy_erase:
        if eraser.person:
            eraser.person(person)
    Body.objects.filter(secretariat_contact=person).update(secretariat_contact=None)
    if not references:
        log_action(actor, "person.erased", person, mode="deleted")
        person.delete()
        if user is not None:
            user.delete()
        return "deleted"
    person.title = ""
    person.given_name = "Gelöschte Person"  # stored data, the same in every language
    person.family_name = f"#{person.pk}"
    person.email = ""
    person.organisation = None
    person.language = Person.Language.GERMAN
    person.save()
    if user is not None:
        user.username = f"geloescht-{person.pk}-{user.pk}"
        user.first_name = user.last_name = user.email = ""
        user.is_active = False
        user.set_unusable_password()
        user.save()
        for eraser in registry.privacy_erase:
            if eraser.login:
                eraser.login(user)
    # Which kinds of record made us keep the row, never what they say.
    log_action(actor, "person.erased", person, mode="pseudonymised", kept_for=sorted(references))
    return "pseudonymised"
