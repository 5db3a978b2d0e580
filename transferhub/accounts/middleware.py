"""Keep a secretariat login on the set-up page until it has a second factor."""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .views import SETUP_REQUIRED


class TwoFactorSetupMiddleware:
    """Send a session marked at login (views.SETUP_REQUIRED) to the set-up page first.

    Only the set-up page itself, logging out, the language switch and static files stay
    open. API requests with a token carry no session and are not affected.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request.headers.get("Authorization", "").startswith("Bearer ")
        if not token and request.session.get(SETUP_REQUIRED) and request.user.is_authenticated:
            setup = reverse("accounts:two_factor_setup")
            open_paths = (
                setup,
                reverse("logout"),
                reverse("set_language"),
                reverse("favicon"),
                settings.STATIC_URL,
            )
            if not request.path.startswith(open_paths):
                return redirect(f"{setup}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
