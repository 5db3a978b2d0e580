"""Wer bin ich: das Konto hinter dem Token."""

from ninja import Router

from transferhub.network.permissions import (
    is_secretariat,
    person_of,
)

from ..loading import (
    require_user,
)
from ..schemas import (
    MeOut,
    responses,
)

router = Router(tags=["Konto"])


@router.get("/me", response=responses(200, MeOut), summary="Wer bin ich?")
def get_me(request):
    user = require_user(request)
    person = person_of(user)
    return {
        "username": user.get_username(),
        "person_id": person.pk if person else None,
        "full_name": person.full_name if person else user.get_full_name(),
        "scope": request.api_token.scope if request.api_token else None,
        "secretariat": is_secretariat(user),
    }
