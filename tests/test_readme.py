"""The README stays true: every setting and every command we ship is documented there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def test_every_environment_variable_the_settings_read_is_documented():
    source = "".join(p.read_text("utf-8") for p in (ROOT / "config").glob("*.py"))
    names = set(re.findall(r"""(?:env_bool|env_list|env_int|env_rate|environ\.get|environ\.setdefault)\(\s*["']([A-Z][A-Z0-9_]+)["']""", source))
    names.discard("DJANGO_SETTINGS_MODULE")  # Django's own, set by manage.py and wsgi.py
    assert names, "no environment variables found: the pattern is stale"
    missing = sorted(n for n in names if f"`{n}`" not in README)
    assert not missing, f"undocumented in README.md: {missing}"


def test_every_management_command_we_ship_is_documented():
    commands = [p.stem for p in ROOT.glob("*/management/commands/*.py") if not p.stem.startswith("_")]
    assert "ingest" in commands
    missing = sorted(c for c in commands if c not in README)
    assert not missing, f"undocumented commands: {missing}"


def test_the_two_commands_are_the_makefile_targets():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for target in ("run", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")
