"""The test client the suite signs in with: Django's, minus an empty session per login.

`Client.force_login` on a client without a session cookie first saves an empty session
for it (`Client.session`), reads it back, and `login()` then moves the login to a new key
and deletes the empty one: four queries of the eleven a login costs on the session table,
for a row nobody sees. This client starts such a login from an unsaved session, the other
branch of Django's own `_login`; `login()`, its signal receivers (the last login, the
login log, the menu's capabilities), the session row and the cookie are the same. A
client that already holds a session cookie signs in exactly as Django's does.
"""

from importlib import import_module

from django.conf import settings
from django.http import HttpRequest
from django.test import Client as DjangoClient


class Client(DjangoClient):
    def _login(self, user, backend=None):
        if self.cookies.get(settings.SESSION_COOKIE_NAME):
            return super()._login(user, backend)
        from django.contrib.auth import login

        request = HttpRequest()
        request.session = import_module(settings.SESSION_ENGINE).SessionStore()
        login(request, user, backend)
        request.session.save()
        self._set_login_cookies(request)
