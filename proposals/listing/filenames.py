"""Download names that say what was exported: ``建议-2026-内蒙古-商业航天.csv``.

The name is read off the list's query parameters (labels in Chinese, as the page shows them) and
sent both ways RFC 6266 allows: ``filename*=UTF-8''…`` (RFC 5987, what browsers use) and a plain
ASCII ``filename="…"`` fallback in pinyin for clients that know only that.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from delegates.models import Delegate, Level, Role
from delegates.services import pinyin_of
from proposals.models import KeyTask, ProposalKind, Topic

# The order the parts of a name come in; parameters not listed here do not name the file.
NAMED_PARAMS = (
    "year", "region", "level", "role", "delegation", "session", "key_task", "sector", "delegate", "kind",
    "date_from", "date_to", "published_after", "published_before", "q",
)
MAX_NAME_CHARS = 80
# Characters no file system or browser keeps in a name, and control characters.
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def param_values(params, name: str) -> list[str]:
    """The values of one parameter, repeated or comma-separated (as the lists read them)."""
    return [part.strip() for value in params.getlist(name) for part in value.split(",") if part.strip()]


def short_label(label: str) -> str:
    """``省级（自治区 / 省 / 直辖市）`` → ``省级``: the part before any bracket."""
    return re.split(r"[（(]", str(label), maxsplit=1)[0].strip()


def _labels(params) -> dict[str, dict[str, str]]:
    wanted = {name: param_values(params, name) for name in ("key_task", "sector", "delegate")}
    labels: dict[str, dict[str, str]] = {
        "role": {k: short_label(v) for k, v in Role.choices},
        "level": {k: short_label(v) for k, v in Level.choices},
        "kind": {k: short_label(v) for k, v in ProposalKind.choices},
    }
    if wanted["key_task"]:
        labels["key_task"] = {
            slug: short or name
            for slug, short, name in KeyTask.objects.filter(slug__in=wanted["key_task"]).values_list(
                "slug", "short_name", "name"
            )
        }
    if wanted["sector"]:
        labels["sector"] = dict(Topic.objects.filter(slug__in=wanted["sector"]).values_list("slug", "name"))
    ids = [v for v in wanted["delegate"] if v.isdigit()]
    if ids:
        labels["delegate"] = {str(pk): name for pk, name in Delegate.objects.filter(pk__in=ids).values_list("pk", "name")}
    return labels


def export_filename(params, *, stem: str = "建议", extension: str = "csv") -> str:
    """The file name for the list these parameters select: ``建议-2026-内蒙古-商业航天.csv``;
    ``建议-全部.csv`` when nothing is filtered."""
    labels = _labels(params)
    parts = []
    for name in NAMED_PARAMS:
        for value in param_values(params, name):
            label = labels.get(name, {}).get(value, value)
            if name in ("date_from", "published_after"):
                label = f"{label}起"
            elif name in ("date_to", "published_before"):
                label = f"至{label}"
            parts.append(label)
    cleaned = [UNSAFE.sub(" ", part).strip(" .") for part in parts]
    body = "-".join([stem, *(part for part in cleaned if part)] or [stem])
    if body == stem:
        body = f"{stem}-全部"
    return f"{body[:MAX_NAME_CHARS].rstrip('-. ')}.{extension}"


def ascii_fallback(filename: str) -> str:
    """``建议-2026-内蒙古.csv`` → ``jianyi-2026-neimenggu.csv``: pinyin, then only safe ASCII."""
    stem, dot, extension = filename.rpartition(".")
    if not dot:
        stem, extension = filename, ""
    words = [pinyin_of(part) if not part.isascii() else part for part in stem.split("-")]
    plain = re.sub(r"[^A-Za-z0-9._-]+", "_", "-".join(words)).strip("_.-") or "export"
    return f"{plain}.{extension}" if extension else plain


def content_disposition(filename: str) -> str:
    """``attachment`` with an ASCII ``filename`` and the real name as ``filename*`` (RFC 6266/5987)."""
    return f"attachment; filename=\"{ascii_fallback(filename)}\"; filename*=UTF-8''{quote(filename, safe='')}"
