"""Settings for the two-sessions proposals knowledge base: one module, driven by the environment.

Every setting a deployment may need is read from an environment variable documented in README.md
(a test fails when one is not). Defaults suit a developer's machine: SQLite in ``var/``, DEBUG on.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not an integer") from None


def env_rate(name: str, default: str) -> str:
    """A request rate as DRF and django-ratelimit both read it: ``30/minute``, ``5/hour``, ``10/m``."""
    value = os.environ.get(name, "") or default
    if not re.fullmatch(r"\d+/(?:s|m|h|d)[a-z]*", value):
        raise ImproperlyConfigured(f"{name}={value!r} is not a rate (use e.g. 30/minute, 1000/hour, 5/day)")
    return value


DEBUG = env_bool("DJANGO_DEBUG", True)

# Django's own deploy check asks for at least 50 characters; a shorter key is guessable.
MIN_SECRET_KEY_LENGTH = 50
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not DEBUG and not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set: production (DJANGO_DEBUG=0) needs a random key of at least "
        f"{MIN_SECRET_KEY_LENGTH} characters"
    )
if not DEBUG and len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH:
    raise ImproperlyConfigured(
        f"DJANGO_SECRET_KEY is too short ({len(SECRET_KEY)} characters): production (DJANGO_DEBUG=0) "
        f"needs a random key of at least {MIN_SECRET_KEY_LENGTH} characters"
    )
if not SECRET_KEY:
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production-0123456789abcdef"
# Rotation: the previous keys, comma-separated, still verify old sessions and signed values.
SECRET_KEY_FALLBACKS = env_list("DJANGO_SECRET_KEY_FALLBACKS", "")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

# Where local state lives (SQLite file, jieba's cache). Kept out of git.
VAR_DIR = Path(os.environ.get("LIANGHUI_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.syndication",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_ratelimit",
    "simple_history",
    "delegates",
    "proposals",
    "proposals.alerts",
    "config.apps.ProjectConfig",  # creates the shared cache's table on every migrate
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Take the write lock at BEGIN and wait for it, so two ingestions never deadlock on an upgrade.
    # Write-ahead logging: readers (the site) never wait for a writer (an ingestion), and a commit
    # costs one sync of the log instead of several of the file. synchronous=NORMAL is safe in WAL
    # mode against a crashed process; a power cut may lose the last commits, never corrupt the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    })
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0)
    )
    # Tests run against the primary only: the replica holds the same data, a little later.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["config.db_router.PrimaryReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- The knowledge base -------------------------------------------------------------------------
# Public pages show the full article text (True) or only the attributed passages with context
# (False): newspaper text is copyrighted. The admin always sees everything.
LIANGHUI_PUBLIC_FULL_TEXT = env_bool("LIANGHUI_PUBLIC_FULL_TEXT", True)
# Largest article file ingestion accepts, in bytes.
LIANGHUI_MAX_ARTICLE_BYTES = env_int("LIANGHUI_MAX_ARTICLE_BYTES", 2_000_000)
# Seconds an ingest waits for another ingest's lock before it gives up (``ingest --lock-timeout``).
LIANGHUI_INGEST_LOCK_TIMEOUT = env_int("LIANGHUI_INGEST_LOCK_TIMEOUT", 600)
# jieba writes a model cache; keep it in a private directory, not world-writable /tmp.
LIANGHUI_JIEBA_CACHE_DIR = Path(os.environ.get("LIANGHUI_JIEBA_CACHE_DIR", VAR_DIR / "jieba"))
# The parser has no Django import: it reads its cache directory from the environment.
os.environ.setdefault("LIANGHUI_JIEBA_CACHE_DIR", str(LIANGHUI_JIEBA_CACHE_DIR))

# --- Email and alerts (docs/alerts.md) -----------------------------------------------------------
# Without EMAIL_HOST a developer's machine prints emails to the console; production sends by SMTP.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG and not os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL are both on: choose one (STARTTLS or implicit TLS)")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or "两会建议库 <alerts@localhost>"
# The site's public address, for the absolute links in emails (send_alerts has no request to ask).
LIANGHUI_SITE_URL = (os.environ.get("LIANGHUI_SITE_URL") or ("http://127.0.0.1:8000" if DEBUG else "")).rstrip("/")
# How long a confirmation link stays valid, in hours.
LIANGHUI_ALERTS_CONFIRM_HOURS = env_int("LIANGHUI_ALERTS_CONFIRM_HOURS", 72)
# Sign-ups allowed per address and per client IP (django-ratelimit rates: 3/h, 20/d...).
LIANGHUI_ALERTS_RATE_EMAIL = os.environ.get("LIANGHUI_ALERTS_RATE_EMAIL") or "3/h"
LIANGHUI_ALERTS_RATE_IP = os.environ.get("LIANGHUI_ALERTS_RATE_IP") or "20/h"
for _name, _rate in (("LIANGHUI_ALERTS_RATE_EMAIL", LIANGHUI_ALERTS_RATE_EMAIL), ("LIANGHUI_ALERTS_RATE_IP", LIANGHUI_ALERTS_RATE_IP)):
    if not re.fullmatch(r"[0-9]+/[0-9]*[smhd]", _rate):
        raise ImproperlyConfigured(f"{_name}={_rate!r} is not a rate: a count per period, e.g. 3/h, 20/d or 10/5m")

# --- Who the client is, and the cache that counts its requests -------------------------------
# Every rate limit (the API's throttles and the HTML pages' django-ratelimit limits) counts in the
# default cache, which therefore must be shared by all workers and instances: the database (a table
# `migrate` creates, config/cache.py) unless REDIS_URL points at Redis.
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"DJANGO_TRUSTED_PROXY_COUNT={TRUSTED_PROXY_COUNT} cannot be negative")
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "lianghui"}
    }
else:
    CACHES = {"default": {"BACKEND": "config.cache.AtomicDatabaseCache", "LOCATION": "lianghui_cache"}}
RATELIMIT_IP_META_KEY = "config.ratelimits.client_ip"
RATELIMIT_SEARCH = env_rate("RATELIMIT_SEARCH", "30/minute")
RATELIMIT_EXPORT = env_rate("RATELIMIT_EXPORT", "10/minute")
# django-ratelimit warns about any cache it does not list. Both of ours are shared and count
# atomically: Redis's INCRBY, and the row lock in config.cache.AtomicDatabaseCache (the list
# predates Django's own Redis backend).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# --- REST framework -----------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"],
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_rate("API_THROTTLE_ANON", "1000/hour"),
        "user": env_rate("API_THROTTLE_USER", "10000/hour"),
    },
    # How many proxies in front of us append to X-Forwarded-For. 0: the header is ignored and the
    # client is the connection's address (anyone can send the header, so trusting it by default
    # lets a client rotate it past every limit).
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "两会代表委员建议/提案 API",
    "DESCRIPTION": "Delegates (人大代表 / 政协委员), their proposals (建议 / 提案), key tasks and sectors.",
    "VERSION": "1.0.0",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SERVE_INCLUDE_SCHEMA": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "proposals.api.openapi.add_error_responses",
    ],
}

CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = env_bool("CORS_ALLOW_ALL_ORIGINS", True)
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
# Let browser scripts read the validators and the throttle's wait (conditional GET, backing off).
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]

# --- Production hardening (all configurable; see docs/operations.md) -----------------------------
# Secure by default in production: `check --deploy --fail-level WARNING` passes with only
# DJANGO_DEBUG=0 and DJANGO_SECRET_KEY set. A plain-HTTP trial turns each off explicitly
# (DJANGO_SSL_REDIRECT=0, DJANGO_SECURE_COOKIES=0, DJANGO_HSTS_SECONDS=0; docs/operations.md).
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", not DEBUG)
# The container's own health check speaks plain HTTP on loopback.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sent by config.middleware (Django 6.0's setting name and shape). No inline script anywhere: pages
# and Swagger UI load their JavaScript from /static/. Inline styles stay allowed because Swagger UI
# and the admin set style attributes from their scripts.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
DATA_UPLOAD_MAX_MEMORY_SIZE = LIANGHUI_MAX_ARTICLE_BYTES + 100_000
FILE_UPLOAD_MAX_MEMORY_SIZE = LIANGHUI_MAX_ARTICLE_BYTES + 100_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"}
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"jieba": {"level": "WARNING"}},
}
