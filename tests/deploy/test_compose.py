"""docker-compose.yml, the Dockerfile and docs/operations.md agree with each other and with the code.

No Docker engine runs here, so the file is checked twice: by Debian's ``docker-compose config`` when
it is installed, and always by loading the YAML and checking its structure.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from tests.processes import PYTHON, ROOT, clean_env

COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
OPERATIONS = ROOT / "docs" / "operations.md"
REQUIRED_SECRETS = {"POSTGRES_PASSWORD": "pg-secret", "DJANGO_SECRET_KEY": "k" * 60}

# Where the web service reads its environment.
PYTHON_SOURCES = [
    ROOT / "config" / "settings.py",
    ROOT / "gunicorn.conf.py",
    *sorted((ROOT / "deploy").glob("*.py")),
]
SHELL_SOURCES = [ROOT / "deploy" / "entrypoint.sh"]
PYTHON_ENV_READ = re.compile(
    r"""(?:env_bool|env_int|env_list|env_rate|_env_int|environ\.get|environ\[)\(?\s*["']([A-Z][A-Z0-9_]+)["']"""
)
SHELL_ENV_READ = re.compile(r"\$\{?([A-Z][A-Z0-9_]+)")
INTERPOLATION = re.compile(r"\$\{([A-Z][A-Z0-9_]*)(?:(:?[-?])([^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def interpolate(value: str, env: dict[str, str]) -> str:
    """The subset of compose's ``${VAR:-default}`` / ``${VAR:?error}`` syntax this file uses."""

    def substitute(match: re.Match) -> str:
        name, operator, argument = match.groups()
        current = env.get(name)
        missing = current is None or (current == "" and operator and operator.startswith(":"))
        if operator and operator.endswith("?") and missing:
            raise KeyError(f"{name}: {argument}")
        if operator and operator.endswith("-") and missing:
            return argument
        return current or ""

    return INTERPOLATION.sub(substitute, value)


def variables_read_by_the_web_service() -> set[str]:
    names = set()
    for path in PYTHON_SOURCES:
        names |= set(PYTHON_ENV_READ.findall(path.read_text()))
    for path in SHELL_SOURCES:
        names |= set(SHELL_ENV_READ.findall(path.read_text()))
    return names


def documented_variables() -> set[str]:
    return set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", OPERATIONS.read_text(), re.M))


def test_the_database_is_postgresql_on_a_named_volume_with_a_health_check(compose):
    db = compose["services"]["db"]

    assert re.fullmatch(r"postgres:1[56](\.\d+)?(-\w+)?", db["image"])
    volume, mount = db["volumes"][0].split(":")[:2]
    assert mount == "/var/lib/postgresql/data"
    assert volume in compose["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_the_database_is_created_in_utf8(compose):
    args = compose["services"]["db"]["environment"]["POSTGRES_INITDB_ARGS"]

    assert "--encoding=UTF8" in args
    assert re.search(r"--locale=\S+\.UTF-8", args)


def test_the_web_service_starts_after_a_healthy_database_and_redis_and_checks_its_own_health(compose):
    web = compose["services"]["web"]

    assert web["build"] == "."
    assert web["depends_on"] == {"db": {"condition": "service_healthy"}, "redis": {"condition": "service_healthy"}}
    assert web["healthcheck"]["test"] == ["CMD", "python", "deploy/healthcheck.py"]


def test_the_web_service_runs_in_production_mode_against_the_compose_database(compose):
    environment = compose["services"]["web"]["environment"]
    resolved = {key: interpolate(str(value), REQUIRED_SECRETS) for key, value in environment.items()}

    assert environment["DJANGO_DEBUG"] == "0"
    assert resolved["DATABASE_URL"] == "postgres://lianghui:pg-secret@db:5432/lianghui"
    assert resolved["DJANGO_SECRET_KEY"] == "k" * 60
    assert resolved["DJANGO_ALLOWED_HOSTS"]


def test_redis_runs_beside_the_app_with_a_health_check_and_keeps_nothing_on_disk(compose):
    redis = compose["services"]["redis"]

    assert re.fullmatch(r"redis:\d+(\.\d+)*(-\w+)?", redis["image"])
    assert "ping" in " ".join(redis["healthcheck"]["test"])
    assert "volumes" not in redis  # throttle counts need not survive a restart
    assert "ports" not in redis  # reachable by the app only, never published


def test_the_app_counts_rate_limits_in_the_compose_redis_shared_by_all_its_workers(compose):
    environment = compose["services"]["web"]["environment"]

    redis_url = interpolate(str(environment["REDIS_URL"]), REQUIRED_SECRETS)

    host = re.fullmatch(r"redis://([\w-]+):6379/\d+", redis_url)[1]
    assert host in compose["services"]


def test_no_proxy_is_trusted_unless_the_operator_says_how_many(compose):
    environment = compose["services"]["web"]["environment"]

    assert interpolate(str(environment["DJANGO_TRUSTED_PROXY_COUNT"]), REQUIRED_SECRETS) == ""


@pytest.mark.parametrize("secret", sorted(REQUIRED_SECRETS))
def test_compose_refuses_to_start_without_each_secret(compose, secret):
    # A default here would put a well-known password or key in production.
    environment = {**compose["services"]["db"]["environment"], **compose["services"]["web"]["environment"]}
    others = {name: value for name, value in REQUIRED_SECRETS.items() if name != secret}

    with pytest.raises(KeyError, match=secret):
        for value in environment.values():
            interpolate(str(value), others)


def test_every_variable_the_web_service_reads_is_documented():
    undocumented = variables_read_by_the_web_service() - documented_variables()

    assert undocumented == set(), f"add these to the table in {OPERATIONS.relative_to(ROOT)}"


def test_every_variable_in_the_compose_file_is_documented():
    used = set(INTERPOLATION.findall(COMPOSE_FILE.read_text()))
    names = {name for name, _, _ in used}

    assert names - documented_variables() == set()


def test_every_variable_compose_passes_to_the_web_service_is_read_by_it(compose):
    passed = set(compose["services"]["web"]["environment"])

    assert passed - variables_read_by_the_web_service() == set(), "a misspelt or dead variable"


def test_django_starts_with_the_environment_compose_gives_the_web_service(compose, tmp_path):
    environment = compose["services"]["web"]["environment"]
    resolved = {key: interpolate(str(value), REQUIRED_SECRETS) for key, value in environment.items()}

    result = subprocess.run(
        [PYTHON, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        cwd=ROOT,
        env=clean_env(tmp_path, **resolved),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="Debian's docker-compose is not installed")
def test_docker_compose_accepts_the_file(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **REQUIRED_SECRETS}

    result = subprocess.run(
        ["docker-compose", "--project-directory", str(ROOT), "-f", str(COMPOSE_FILE), "config", "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="Debian's docker-compose is not installed")
def test_docker_compose_names_the_missing_secret(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DJANGO_SECRET_KEY": "k" * 60}

    result = subprocess.run(
        ["docker-compose", "--project-directory", str(ROOT), "-f", str(COMPOSE_FILE), "config", "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "set POSTGRES_PASSWORD" in result.stderr


def test_the_image_is_slim_python_311_running_as_a_non_root_user():
    instructions = [
        line.split(None, 1) for line in DOCKERFILE.read_text().splitlines() if line and line[0].isupper()
    ]
    by_name: dict[str, list[str]] = {}
    for name, argument in instructions:
        by_name.setdefault(name, []).append(argument)

    assert by_name["FROM"] == ["python:3.11-slim"]
    assert by_name["USER"][-1] not in {"root", "0"}
    assert by_name["ENTRYPOINT"] == ['["deploy/entrypoint.sh"]']
    assert by_name["CMD"] == ['["gunicorn", "--config", "gunicorn.conf.py", "config.wsgi:application"]']


def test_the_image_installs_the_project_and_collects_static_files_at_build_time():
    text = DOCKERFILE.read_text()

    assert "pip install ." in text
    assert "manage.py collectstatic --noinput" in text


def test_the_build_context_leaves_out_local_state_and_secrets():
    ignored = set((ROOT / ".dockerignore").read_text().split())

    assert {".git", ".venv", ".env", "var", "staticfiles"} <= ignored


def test_the_entrypoint_is_executable():
    assert (ROOT / "deploy" / "entrypoint.sh").stat().st_mode & 0o111
