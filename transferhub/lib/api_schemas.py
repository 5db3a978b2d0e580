"""The JSON API's error body, shared by every app's router.

The api app sits above the apps whose routers it mounts, so the apps cannot import its
schemas; the one error shape they all document lives here instead.
"""

from ninja import Schema
from pydantic import Field

MAX_ID = 2**63 - 1  # database ids are 64-bit; a larger number is refused, not a crash


class ErrorDetail(Schema):
    loc: list[str]
    msg: str
    type: str


class ErrorOut(Schema):
    code: str = Field(description="Stabiler Fehlercode, z. B. `not_found`.")
    message: str = Field(description="Meldung für Menschen (Deutsch).")
    errors: list[ErrorDetail] | None = None
    retry_after: int | None = None
    current_version: int | None = Field(
        None, description="Bei 412: die aktuelle Version (ETag) des Datensatzes."
    )


ERROR_STATUSES = frozenset({400, 401, 403, 404, 409, 412, 413, 422, 429})
ERRORS = {ERROR_STATUSES: ErrorOut}


def responses(ok: int, schema) -> dict:
    """The response map of an operation: its success plus the documented errors."""
    return {ok: schema, **ERRORS}
