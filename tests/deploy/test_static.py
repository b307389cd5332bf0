"""The image build's collectstatic step succeeds with the production storage.

With DJANGO_DEBUG=0 static files go through whitenoise's manifest storage, which fails the build
when a stylesheet or script references a file that does not exist; this runs that step here.
"""

from __future__ import annotations

import json
import re
import subprocess

from tests.processes import PYTHON, ROOT, clean_env


def dockerfile_build_key() -> str:
    """The throw-away key the Dockerfile gives collectstatic (production settings refuse none or a short one)."""
    return re.search(r"DJANGO_SECRET_KEY=(\S+) python manage.py collectstatic", (ROOT / "Dockerfile").read_text())[1]


def test_collectstatic_as_the_dockerfile_runs_it_hashes_and_compresses_every_file(tmp_path):
    static_root = tmp_path / "staticfiles"
    env = clean_env(tmp_path, DJANGO_DEBUG="0", DJANGO_SECRET_KEY=dockerfile_build_key())
    env["DJANGO_STATIC_ROOT"] = str(static_root)

    result = subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    bundle = manifest["drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"]
    assert bundle != "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"
    assert (static_root / (bundle + ".gz")).exists()
