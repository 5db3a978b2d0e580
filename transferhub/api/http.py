"""Small pieces of HTTP the operations share: absolute links, If-Match and ETag."""

from django.conf import settings
from django.http import HttpResponse

from transferhub.lib.versioning import etag, version_from_if_match


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def if_match(request) -> int | None:
    """The version the client's `If-Match` names; without the header, writes work as before."""
    return version_from_if_match(request.headers.get("If-Match"))


def tagged(response: HttpResponse, obj):
    """Give the answer the record's `ETag`, for a later `If-Match`; return the record."""
    response["ETag"] = etag(obj)
    return obj
