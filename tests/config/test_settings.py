"""Production settings: refused when unsafe, complete when configured, logging to stdout.

Settings are read once at import, so each case runs Django in a subprocess with its own environment.
"""

from __future__ import annotations

import json
import secrets
import subprocess

import pytest

from tests.processes import PYTHON, ROOT, clean_env, production_env

PRINT_SETTINGS = """
import json, sys, django
django.setup()
from django.conf import settings
print(json.dumps({name: getattr(settings, name, None) for name in sys.argv[1:]}, default=str))
"""


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_under(env: dict[str, str], *names: str) -> dict:
    result = run(["-c", PRINT_SETTINGS, *names], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def one_line_refusal(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_production_without_a_secret_key_refuses_to_start_in_one_line(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, DJANGO_DEBUG="0"))

    assert one_line_refusal(result).startswith("manage.py: error: DJANGO_SECRET_KEY is not set")


def test_an_empty_secret_key_counts_as_missing(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY=""))

    assert "DJANGO_SECRET_KEY is not set" in one_line_refusal(result)


def test_a_secret_key_under_fifty_characters_is_refused_in_production(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="s3cr3t"))

    assert "DJANGO_SECRET_KEY is too short (6 characters)" in one_line_refusal(result)


def test_a_secret_key_of_fifty_characters_is_accepted(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50))

    assert result.returncode == 0, result.stderr


def test_the_wsgi_application_refuses_a_missing_key_in_one_line(tmp_path):
    result = run(["-c", "import config.wsgi"], clean_env(tmp_path, DJANGO_DEBUG="0"))

    assert one_line_refusal(result).startswith("config.wsgi: error: DJANGO_SECRET_KEY is not set")


def test_a_malformed_boolean_is_refused_in_one_line_naming_the_variable(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, DJANGO_SSL_REDIRECT="maybe"))

    assert "DJANGO_SSL_REDIRECT='maybe' is not a boolean" in one_line_refusal(result)


def test_check_deploy_passes_with_only_the_required_production_variables(tmp_path):
    env = clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY=secrets.token_urlsafe(50))

    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

    assert result.returncode == 0, result.stdout + result.stderr


def test_https_settings_are_on_by_default_in_production(tmp_path):
    env = clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 60)

    values = settings_under(
        env, "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD"
    )

    assert values == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
    }


def test_a_plain_http_trial_turns_each_https_setting_off_explicitly(tmp_path):
    env = clean_env(
        tmp_path,
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k" * 60,
        DJANGO_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_HSTS_SECONDS="0",
        DJANGO_HSTS_INCLUDE_SUBDOMAINS="0",
        DJANGO_HSTS_PRELOAD="0",
    )

    values = settings_under(
        env,
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
    )

    assert values == {
        "SECURE_SSL_REDIRECT": False,
        "SESSION_COOKIE_SECURE": False,
        "CSRF_COOKIE_SECURE": False,
        "SECURE_HSTS_SECONDS": 0,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": False,
        "SECURE_HSTS_PRELOAD": False,
    }


def test_https_settings_stay_off_for_a_developer_who_sets_nothing(tmp_path):
    values = settings_under(clean_env(tmp_path), "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_PRELOAD")

    assert values == {"SECURE_SSL_REDIRECT": False, "SECURE_HSTS_SECONDS": 0, "SECURE_HSTS_PRELOAD": False}


def test_check_deploy_passes_with_the_documented_production_environment(tmp_path):
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_fails_when_production_forgets_https(tmp_path):
    env = production_env(tmp_path, DJANGO_SSL_REDIRECT="0")

    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

    assert result.returncode != 0
    assert "security.W008" in result.stderr


def test_debug_is_off_and_cookies_are_secure_in_production_by_default(tmp_path):
    env = clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 60)

    values = settings_under(
        env,
        "DEBUG",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
        "SECURE_PROXY_SSL_HEADER",
    )

    assert values == {
        "DEBUG": False,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "SECURE_PROXY_SSL_HEADER": None,
    }


def test_debug_stays_on_for_a_developer_who_sets_nothing(tmp_path):
    assert settings_under(clean_env(tmp_path), "DEBUG") == {"DEBUG": True}


def test_proxy_headers_are_trusted_only_when_asked(tmp_path):
    env = clean_env(tmp_path, DJANGO_BEHIND_PROXY="1")

    values = settings_under(env, "SECURE_PROXY_SSL_HEADER", "USE_X_FORWARDED_HOST")

    assert values == {
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "USE_X_FORWARDED_HOST": True,
    }


def test_previous_secret_keys_are_read_for_rotation(tmp_path):
    env = clean_env(
        tmp_path, DJANGO_SECRET_KEY="new" * 20, DJANGO_SECRET_KEY_FALLBACKS="old1" * 15 + ", " + "old2" * 15
    )

    values = settings_under(env, "SECRET_KEY_FALLBACKS")

    assert values == {"SECRET_KEY_FALLBACKS": ["old1" * 15, "old2" * 15]}


def test_a_value_signed_with_the_old_key_still_verifies_after_rotation(tmp_path):
    sign = "import django; django.setup(); from django.core import signing; print(signing.dumps('kept'))"
    unsign = (
        "import sys, django; django.setup(); from django.core import signing;"
        " print(signing.loads(sys.argv[1]))"
    )
    old, new = "old-key-" + "a" * 50, "new-key-" + "b" * 50
    token = run(["-c", sign], clean_env(tmp_path, DJANGO_SECRET_KEY=old)).stdout.strip()

    rotated = run(
        ["-c", unsign, token], clean_env(tmp_path, DJANGO_SECRET_KEY=new, DJANGO_SECRET_KEY_FALLBACKS=old)
    )
    forgotten = run(["-c", unsign, token], clean_env(tmp_path, DJANGO_SECRET_KEY=new))

    assert rotated.stdout.strip() == "kept"
    assert "BadSignature" in forgotten.stderr


def test_a_replica_url_adds_a_mirrored_replica_and_the_router(tmp_path):
    env = clean_env(
        tmp_path, DATABASE_URL="postgres://app@primary/kb", DATABASE_REPLICA_URL="postgres://app@replica/kb"
    )

    values = settings_under(env, "DATABASES", "DATABASE_ROUTERS")

    assert values["DATABASES"]["replica"]["HOST"] == "replica"
    assert values["DATABASES"]["replica"]["TEST"]["MIRROR"] == "default"
    assert values["DATABASE_ROUTERS"] == ["config.db_router.PrimaryReplicaRouter"]


def test_without_a_replica_url_there_is_one_database_and_no_router(tmp_path):
    values = settings_under(clean_env(tmp_path), "DATABASES", "DATABASE_ROUTERS")

    assert list(values["DATABASES"]) == ["default"]
    assert values["DATABASE_ROUTERS"] == []


def test_log_records_go_to_stdout_not_stderr(tmp_path):
    code = "import django, logging; django.setup(); logging.getLogger('proposals').warning('marker-4711')"

    result = run(["-c", code], clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 60))

    assert "WARNING proposals marker-4711" in result.stdout
    assert "marker-4711" not in result.stderr


def test_the_default_sqlite_database_uses_write_ahead_logging(tmp_path):
    """Readers (the site) must not wait for a writer (an ingestion); commits sync the log only."""
    import subprocess

    from tests.processes import PYTHON, ROOT, clean_env

    script = (
        "import django; django.setup()\n"
        "from django.db import connection\n"
        "cursor = connection.cursor()\n"
        "print(cursor.execute('PRAGMA journal_mode').fetchone()[0], cursor.execute('PRAGMA synchronous').fetchone()[0])\n"
    )
    env = clean_env(tmp_path, DJANGO_SETTINGS_MODULE="config.settings")
    completed = subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.split() == ["wal", "1"]  # synchronous=NORMAL
    assert (tmp_path / "var" / "db.sqlite3").exists()


def test_the_trusted_proxy_count_comes_from_the_environment_and_defaults_to_none(tmp_path):
    default = settings_under(clean_env(tmp_path), "REST_FRAMEWORK")["REST_FRAMEWORK"]
    one = settings_under(clean_env(tmp_path, DJANGO_TRUSTED_PROXY_COUNT="1"), "REST_FRAMEWORK")["REST_FRAMEWORK"]

    assert (default["NUM_PROXIES"], one["NUM_PROXIES"]) == (0, 1)


def test_a_negative_trusted_proxy_count_is_refused_in_one_line(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, DJANGO_TRUSTED_PROXY_COUNT="-1"))

    assert "DJANGO_TRUSTED_PROXY_COUNT=-1 cannot be negative" in one_line_refusal(result)


def test_rate_limits_count_in_the_database_cache_by_default(tmp_path):
    values = settings_under(clean_env(tmp_path), "CACHES", "RATELIMIT_IP_META_KEY")

    assert values["CACHES"]["default"]["BACKEND"] == "config.cache.AtomicDatabaseCache"
    assert values["CACHES"]["default"]["LOCATION"] == "lianghui_cache"  # config.cache.DATABASE_CACHE_TABLE
    assert values["RATELIMIT_IP_META_KEY"] == "config.ratelimits.client_ip"


def test_a_redis_url_moves_the_shared_cache_to_redis(tmp_path):
    values = settings_under(clean_env(tmp_path, REDIS_URL="redis://cache:6379/0"), "CACHES")

    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache:6379/0"


def test_page_rates_come_from_the_environment(tmp_path):
    env = clean_env(tmp_path, RATELIMIT_SEARCH="5/minute", RATELIMIT_EXPORT="2/minute")

    values = settings_under(env, "RATELIMIT_SEARCH", "RATELIMIT_EXPORT")

    assert values == {"RATELIMIT_SEARCH": "5/minute", "RATELIMIT_EXPORT": "2/minute"}


@pytest.mark.parametrize("name", ["RATELIMIT_SEARCH", "API_THROTTLE_ANON"])
def test_a_malformed_rate_is_refused_in_one_line_naming_the_variable(tmp_path, name):
    result = run(["manage.py", "check"], clean_env(tmp_path, **{name: "lots"}))

    assert f"{name}='lots' is not a rate" in one_line_refusal(result)

