"""Bodies (Gremien): public to read, the secretariat writes."""

from ninja import Router, Status
from ninja.pagination import paginate

from transferhub.network import services as network_services
from transferhub.network.models import Body

from ..loading import get_or_404, reference, require_secretariat
from ..pagination import LimitOffset
from ..schemas import BodyIn, BodyOut, BodyPatch, Page, PathId, responses

router = Router(tags=["Gremien"])


@router.get("/bodies", response=responses(200, Page[BodyOut]), summary="Gremien")
@paginate(LimitOffset)
def list_bodies(request):
    return Body.objects.order_by("name", "pk")


@router.get("/bodies/{body_id}", response=responses(200, BodyOut), summary="Gremium")
def get_body(request, body_id: PathId):
    return get_or_404(request, Body.objects, body_id)


@router.post("/bodies", response=responses(201, BodyOut), summary="Gremium anlegen")
def create_body(request, data: BodyIn):
    require_secretariat(request)
    fields = data.model_dump()
    fields["parent"] = reference(Body, fields.pop("parent_id"), "parent_id")
    body = network_services.body_create(actor=request.user, **fields)
    return Status(201, body)


@router.patch(
    "/bodies/{body_id}",
    response=responses(200, BodyOut),
    summary="Gremium ändern",
)
def update_body(request, body_id: PathId, data: BodyPatch):
    require_secretariat(request)
    body = get_or_404(request, Body.objects, body_id)
    fields = data.model_dump(exclude_unset=True)
    if "parent_id" in fields:
        fields["parent"] = reference(Body, fields.pop("parent_id"), "parent_id")
    fields = {k: v for k, v in fields.items() if v is not None or k == "parent"}
    body = network_services.body_update(body=body, actor=request.user, **fields)
    return body
