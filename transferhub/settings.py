"""Settings for Transferhub, read from environment variables.

Every value has a working default so that one can check out and run: SQLite,
files on disk, e-mail to the console, background jobs in-process. Production
sets DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS and friends (see README).
"""

import os
import secrets
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    return env(name, "1" if default else "0").lower() in ("1", "true", "yes", "on")


def env_int(name: str, default: int) -> int:
    return int(env(name, str(default)))


def secret_key(data_dir: Path) -> str:
    """Return SECRET_KEY from the environment, else the install's own, kept in data_dir.

    The key file is made once (50 random characters, mode 0600) and read by every later
    process, so the server, the worker and every command sign with the same key and
    links and logins survive a restart. No install runs on a key known from the source.
    """
    if env("SECRET_KEY"):
        return env("SECRET_KEY")
    path = data_dir / "secret_key"
    try:
        if not path.exists():
            fd, draft = tempfile.mkstemp(dir=data_dir, prefix=".secret_key.")  # mode 0600
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_urlsafe(50) + "\n")
            try:
                os.link(draft, path)  # never half written; the first of two processes wins
            except FileExistsError:
                pass
            finally:
                os.unlink(draft)
        key = path.read_text().strip()
    except OSError as exc:
        raise ImproperlyConfigured(
            f"SECRET_KEY ist nicht gesetzt und {path} lässt sich nicht anlegen oder lesen ({exc})."
        ) from exc
    if len(key) < 50:
        raise ImproperlyConfigured(f"{path} enthält keinen brauchbaren Schlüssel (zu kurz).")
    return key


DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = [h for h in env("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]
# More names of the main site besides SITE_URL's host; other allowed hosts are networks'
# own domains (regional.middleware), and a host no network has answers 404.
MAIN_HOSTS = [h.strip() for h in env("MAIN_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in env("CSRF_TRUSTED_ORIGINS", "").split(",") if o]
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
DATA_DIR = Path(env("DATA_DIR", str(PROJECT_DIR / "var")))
DATA_DIR.mkdir(parents=True, exist_ok=True)
(DATA_DIR / "static").mkdir(exist_ok=True)  # WhiteNoise expects it even in development
SECRET_KEY = secret_key(DATA_DIR)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "transferhub.lib",
    "transferhub.network",
    "transferhub.events",  # regional networks (issue 16)
    "transferhub.meetings",
    "transferhub.decisions",
    "transferhub.votes",
    "transferhub.planning",  # agenda proposals, series, backlog (issue 14)
    "transferhub.regional",  # regional networks (issue 16)
    "transferhub.reviews",
    "transferhub.subscriptions",
    "transferhub.papers",
    "transferhub.protocols",
    "transferhub.invitations",
    "transferhub.checks",
    "transferhub.suppliers",
    "transferhub.api",
    "transferhub.accounts",
    "transferhub.complaints",
    "transferhub.portal",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files carry the policy too.
    "transferhub.lib.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "transferhub.accounts.middleware.TwoFactorSetupMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "transferhub.regional.middleware.NetworkHostMiddleware",  # regional networks (issue 16)
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it watches login attempts and locks out.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "transferhub.urls"
WSGI_APPLICATION = "transferhub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "transferhub.network.context_processors.roles",
                "transferhub.decisions.context_processors.topics",
                "transferhub.portal.context_processors.navigation",
            ],
        },
    },
]

# SQLite unless DATABASE_URL says otherwise, so one can check out and run.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{DATA_DIR / 'transferhub.sqlite3'}"),
        # A worker keeps its PostgreSQL connection for a minute instead of opening one per
        # request (the two-server load test served half as many requests as on SQLite
        # without it); a connection that broke is noticed before it is used.
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Each worker keeps its connection, and with it SQLite's page cache and parsed schema:
    # a fresh connection per request cost some 10 ms of CPU per page at scale 1 (issue #8).
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 600)
    # WAL lets readers go on while one writer writes; IMMEDIATE avoids
    # "database is locked" on upgrade from read to write lock.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DB_SERVER_SIDE_BINDING", True
):
    # PostgreSQL: psycopg sends the parameters apart from the statement (server-side
    # binding) and prepares a statement run DB_PREPARE_THRESHOLD times on one connection,
    # so the server keeps its plan instead of planning every run (issue #19). `bench.pages`
    # on a scale-1 database, 3 alternating rounds: the server's CPU 10.8-11.7 -> 3.6-4.0 s,
    # planning 380-435 -> 144-179 ms (the decision search's generic plan is also 4x faster
    # than the one planned for its literal), our CPU per page the same. The PostgreSQL tests
    # of meetings and decisions gain a few per cent at most (few statements run ten times
    # on one test connection).
    # Behind PgBouncer in transaction mode prepared statements need PgBouncer 1.21+ with
    # max_prepared_statements; else set DB_SERVER_SIDE_BINDING=0.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=env_int("DB_PREPARE_THRESHOLD", 5)
    )
# psycopg keeps at most this many prepared statements a connection and counts the runs of
# as many (lib/db.py, keep_prepared_statements, which also keeps them through rollbacks).
# Its default, 100, is fewer than the statements a worker runs in turn: some 180 ran 10
# times or more in one load test beside 800 run once or twice.
DB_PREPARED_MAX = env_int("DB_PREPARED_MAX", 500)
# Cache, rate limits and locks: in Redis when REDIS_URL is set (redis://host:6379/0 or
# unix:///run/redis/redis.sock?db=0), so every app server shares them; else the cache is
# each process's memory and limits and locks are counted in the database (lib/ratelimit.py,
# lib/locks.py). REDIS_KEY_PREFIX keeps several installs on one Redis apart.
REDIS_URL = env("REDIS_URL")
REDIS_KEY_PREFIX = env("REDIS_KEY_PREFIX", "transferhub")
# A Redis that does not answer costs a request at most this long, never a hung worker.
REDIS_TIMEOUT_SECONDS = float(env("REDIS_TIMEOUT_SECONDS", "2"))
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, answering as an empty cache while Redis is unreachable.
            "BACKEND": "transferhub.lib.redis_client.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": REDIS_KEY_PREFIX,
            "OPTIONS": {
                "socket_timeout": REDIS_TIMEOUT_SECONDS,
                "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
            },
        }
    }
# The backup keeps the newest BACKUP_KEEP archives in DATA_DIR/backups (0: all of them).
BACKUP_KEEP = env_int("BACKUP_KEEP", 14)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The backend every login names in its session (accounts.views, checks.registration_views):
# it loads a session's user in one statement and checks no password; Django's ModelBackend
# after it checks passwords, and sessions that name it keep working.
SESSION_AUTH_BACKEND = "transferhub.accounts.backends.UserBackend"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    SESSION_AUTH_BACKEND,
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    # argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1): see lib/hashers.py.
    "transferhub.lib.hashers.Argon2OwaspHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Lockout after repeated failures (django-axes): per username and address.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 12)
SESSION_ENGINE = "transferhub.lib.sessions"  # Django's database sessions, read faster
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# No inline scripts or styles (transferhub/lib/middleware.py sends it on every response).
CONTENT_SECURITY_POLICY = env(
    "CONTENT_SECURITY_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
)
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    # Behind a proxy that sets X-Forwarded-Proto the redirect never fires; without one it must.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    if SITE_URL.startswith("https://") and SITE_URL not in CSRF_TRUSTED_ORIGINS:
        CSRF_TRUSTED_ORIGINS.append(SITE_URL)

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", "Europe/Berlin")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    # Uploads live outside the web root; they are served by a view that checks permission.
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(DATA_DIR / "media")},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = DATA_DIR / "media"
# Object storage (S3-compatible: AWS, MinIO, Ceph, Hetzner, …) when S3_BUCKET is set. Private
# bucket, no public URLs: every download still streams through the view that checked the
# permission (see transferhub/lib/storage.py).
S3_BUCKET = env("S3_BUCKET")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "transferhub.lib.storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env("S3_ENDPOINT_URL") or None,
            "access_key": env("S3_ACCESS_KEY_ID") or None,
            "secret_key": env("S3_SECRET_ACCESS_KEY") or None,
            "region_name": env("S3_REGION") or None,
            "location": env("S3_PREFIX"),
        },
    }
WHITENOISE_USE_FINDERS = DEBUG

MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_MB", 25) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
if env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(DATA_DIR / "mail"))  # for the file backend
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Transferhub <geschaeftsstelle@example.org>")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Task owners are reminded this many days before a task falls due (and once when overdue);
# the "mark done" link in the mail works without login for this many days.
TASK_REMINDER_DAYS = env_int("TASK_REMINDER_DAYS", 7)
TASK_DONE_LINK_DAYS = env_int("TASK_DONE_LINK_DAYS", 14)
# Self-registration of companies: days the confirmation link works; sign-ups per address
# and hour. API requests per token and minute. (Counted in the database, so the limit
# holds across every worker and process; see lib/ratelimit.py.)
REGISTRATION_LINK_DAYS = env_int("REGISTRATION_LINK_DAYS", 3)
# Unconfirmed registrations are deleted after this many days (expire-registrations, daily).
REGISTRATION_EXPIRE_DAYS = env_int("REGISTRATION_EXPIRE_DAYS", 3)
REGISTRATION_RATE_LIMIT = env_int("REGISTRATION_RATE_LIMIT", 10)
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 600)
# The public calendar: subscriptions per address and hour. Review links work this many days.
SUBSCRIBE_RATE_LIMIT = env_int("SUBSCRIBE_RATE_LIMIT", 10)
REVIEW_LINK_DAYS = env_int("REVIEW_LINK_DAYS", 60)
# Accounts: reset links per browser address and hour (half that per mail address); how
# long a reset link works; the secretariat signs in with a second factor (TOTP).
PASSWORD_RESET_RATE_LIMIT = env_int("PASSWORD_RESET_RATE_LIMIT", 6)
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_HOURS", 24) * 3600
TWO_FACTOR_FOR_SECRETARIAT = env_bool("TWO_FACTOR_FOR_SECRETARIAT", True)
# The seal fee (net, euros; "0" issues no invoices) and the invoicing party (issue 17).
SEAL_FEE_NET = env("SEAL_FEE_NET", "280.00")
SEAL_FEE_VAT_PERCENT = env("SEAL_FEE_VAT_PERCENT", "19")
INVOICE_DUE_DAYS = int(env("INVOICE_DUE_DAYS", "14"))
INVOICE_SELLER = {
    "name": env("INVOICE_SELLER_NAME", "Offensive Mittelstand – Geschäftsstelle"),
    "street": env("INVOICE_SELLER_STREET", "Musterstraße 1"),
    "postcode": env("INVOICE_SELLER_POSTCODE", "53111"),
    "town": env("INVOICE_SELLER_TOWN", "Bonn"),
    "vat_id": env("INVOICE_SELLER_VAT_ID", "DE000000000"),
    "iban": env("INVOICE_SELLER_IBAN", ""),
    "email": env("INVOICE_SELLER_EMAIL", "rechnung@example.org"),
}
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "Transferhub")
# Single sign-on through the network's OpenID Connect provider: on when issuer and client
# are set; the provider's redirect URI is SITE_URL + /anmelden/sso/zurueck/.
OIDC_ISSUER = env("OIDC_ISSUER")
OIDC_CLIENT_ID = env("OIDC_CLIENT_ID")
OIDC_CLIENT_SECRET = env("OIDC_CLIENT_SECRET")
OIDC_SCOPES = env("OIDC_SCOPES", "openid email profile")
OIDC_LABEL = env("OIDC_LABEL", "Mit dem Netzwerk-Konto anmelden")
OIDC_TIMEOUT = env_int("OIDC_TIMEOUT", 10)

# Background jobs (django-tasks): stored in the database, run by `transferhub worker`.
# TASKS_IMMEDIATE=1 (development, tests) runs them at once in the request.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if env_bool("TASKS_IMMEDIATE", False)
        else "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
