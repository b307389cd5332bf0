"""Email and alert settings come from the environment, and bad values stop start-up with one line."""

from __future__ import annotations

from tests.config.test_settings import run, settings_under
from tests.processes import clean_env as project_env
from tests.processes import production_env as project_production_env

EMAIL = ("EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS",
         "EMAIL_USE_SSL", "EMAIL_TIMEOUT", "DEFAULT_FROM_EMAIL", "LIANGHUI_SITE_URL")


def without_mail_settings(env: dict[str, str]) -> dict[str, str]:
    """The environment less any mail settings of the machine running the tests."""
    return {k: v for k, v in env.items() if not k.startswith("EMAIL_") and k != "DEFAULT_FROM_EMAIL"}


def clean_env(tmp_path, **overrides: str) -> dict[str, str]:
    return {**without_mail_settings(project_env(tmp_path)), **overrides}


def production_env(tmp_path, **overrides: str) -> dict[str, str]:
    return {**without_mail_settings(project_production_env(tmp_path)), **overrides}


def test_a_developer_machine_prints_email_and_links_to_the_local_server(tmp_path):
    values = settings_under(clean_env(tmp_path), *EMAIL)

    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert values["LIANGHUI_SITE_URL"] == "http://127.0.0.1:8000"


def test_production_sends_through_the_configured_smtp_server(tmp_path):
    env = production_env(
        tmp_path, EMAIL_HOST="smtp.example.org", EMAIL_PORT="587", EMAIL_HOST_USER="kb", EMAIL_HOST_PASSWORD="pw",
        EMAIL_USE_TLS="1", DEFAULT_FROM_EMAIL="建议库 <alerts@example.org>", LIANGHUI_SITE_URL="https://kb.example.org/",
    )

    values = settings_under(env, *EMAIL, "RATELIMIT_IP_META_KEY")

    assert values == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": 587, "EMAIL_HOST_USER": "kb", "EMAIL_HOST_PASSWORD": "pw",
        "EMAIL_USE_TLS": True, "EMAIL_USE_SSL": False, "EMAIL_TIMEOUT": 30,
        "DEFAULT_FROM_EMAIL": "建议库 <alerts@example.org>", "LIANGHUI_SITE_URL": "https://kb.example.org",
        "RATELIMIT_IP_META_KEY": "config.ratelimits.client_ip",
    }


def test_both_tls_modes_at_once_refuse_to_start_and_say_why(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, EMAIL_USE_TLS="1", EMAIL_USE_SSL="1"))

    assert result.returncode != 0
    assert "EMAIL_USE_TLS and EMAIL_USE_SSL are both on" in result.stderr


def test_a_malformed_sign_up_rate_refuses_to_start_and_names_the_variable(tmp_path):
    result = run(["manage.py", "check"], clean_env(tmp_path, LIANGHUI_ALERTS_RATE_IP="many"))

    assert result.returncode != 0
    assert "LIANGHUI_ALERTS_RATE_IP='many' is not a rate" in result.stderr
