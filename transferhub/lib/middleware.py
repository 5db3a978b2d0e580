"""Security headers Django 5.2 does not set by itself."""

from django.conf import settings

# No inline scripts or styles anywhere: htmx and the stylesheet come from /static/.
DEFAULT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"
)


class ContentSecurityPolicyMiddleware:
    """Send a Content-Security-Policy header on every response (settings.CONTENT_SECURITY_POLICY)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", DEFAULT_CSP)

    def __call__(self, request):
        response = self.get_response(request)
        # Django's own debug pages style themselves inline: leave them readable in development.
        if settings.DEBUG and response.status_code >= 400:
            return response
        if self.policy:
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response
