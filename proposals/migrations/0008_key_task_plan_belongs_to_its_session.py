"""The seeded key-task plan belongs to the 2026 内蒙古自治区 regional session.

Databases seeded before plans were kept per session may hold the seven tasks with no session, and
every proposal then took Inner Mongolia's plan. Attach them to their session (created if missing);
a task whose slug that session already has is left alone for staff to merge.
"""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data"


def attach(apps, schema_editor):
    Session = apps.get_model("delegates", "Session")
    KeyTask = apps.get_model("proposals", "KeyTask")
    plan = json.loads((DATA / "key_tasks_2026_nmg.json").read_text("utf-8"))
    slugs = [task["slug"] for task in plan["key_tasks"]]
    orphans = KeyTask.objects.filter(session__isnull=True, slug__in=slugs)
    if not orphans.exists():
        return
    s = plan["session"]
    session, _ = Session.objects.get_or_create(
        year=s["year"], level=s["level"], region=s["region"], defaults={"name": s["name"], "slug": s["slug"]}
    )
    taken = set(KeyTask.objects.filter(session=session).values_list("slug", flat=True))
    for task in orphans:
        if task.slug not in taken:
            task.session = session
            task.save(update_fields=["session"])


class Migration(migrations.Migration):
    dependencies = [("proposals", "0007_article_page_url"), ("delegates", "0003_session_year_unknown")]
    operations = [migrations.RunPython(attach, migrations.RunPython.noop)]
