import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
application = get_wsgi_application()

if os.environ.get("TRANSFERHUB_WARM_UP") == "1":
    # `transferhub serve` preloads the app in gunicorn's master: warm it before the fork.
    from transferhub.lib.warmup import warm_up

    warm_up(application)
