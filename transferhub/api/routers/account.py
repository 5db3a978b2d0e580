"""Who am I (Wer bin ich): the account behind the token."""

from ninja import Router

from ..loading import require_user
from ..schemas import MeOut, responses

router = Router(tags=["Konto"])


@router.get("/me", response=responses(200, MeOut), summary="Wer bin ich?")
def get_me(request):
    return require_user(request)
