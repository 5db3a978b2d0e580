"""People (Personen): the secretariat reads and writes, everyone reads their own record."""

from django.db.models import Q
from ninja import Query, Router, Status
from ninja.pagination import paginate

from transferhub.network import services as network_services
from transferhub.network.models import Organisation, Person
from transferhub.network.permissions import is_secretariat

from ..loading import get_or_404, reference, require_secretariat, require_user
from ..pagination import LimitOffset
from ..schemas import NO_NUL, Page, PathId, PersonIn, PersonOut, PersonPatch, responses

router = Router(tags=["Personen"])


@router.get("/people", response=responses(200, Page[PersonOut]), summary="Personen")
@paginate(LimitOffset)
def list_people(
    request,
    q: str = Query("", max_length=100, pattern=NO_NUL),
):
    require_secretariat(request)
    people = Person.objects.order_by("family_name", "given_name", "pk")
    if q:
        people = people.filter(
            Q(given_name__icontains=q) | Q(family_name__icontains=q) | Q(email__icontains=q)
        )
    return people


@router.get("/people/{person_id}", response=responses(200, PersonOut), summary="Person")
def get_person(request, person_id: PathId):
    user = require_user(request)
    # One's own record and, for the secretariat, everyone's.
    return get_or_404(
        request,
        Person.objects,
        person_id,
        may=lambda person: is_secretariat(user) or person.user_id == user.pk,
    )


@router.post("/people", response=responses(201, PersonOut), summary="Person anlegen")
def create_person(request, data: PersonIn):
    require_secretariat(request)
    fields = data.model_dump()
    fields["organisation"] = reference(
        Organisation, fields.pop("organisation_id"), "organisation_id"
    )
    person = network_services.person_create(actor=request.user, **fields)
    return Status(201, person)


@router.patch(
    "/people/{person_id}",
    response=responses(200, PersonOut),
    summary="Person ändern",
)
def update_person(request, person_id: PathId, data: PersonPatch):
    require_secretariat(request)
    person = get_or_404(request, Person.objects, person_id)
    fields = data.model_dump(exclude_unset=True)
    if "organisation_id" in fields:
        fields["organisation"] = reference(
            Organisation, fields.pop("organisation_id"), "organisation_id"
        )
    fields = {k: v for k, v in fields.items() if v is not None or k == "organisation"}
    person = network_services.person_update(person=person, actor=request.user, **fields)
    return person
