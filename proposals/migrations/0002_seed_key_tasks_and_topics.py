"""Seed the 2026 Inner Mongolia session's seven key tasks and the sector taxonomy.

Both ship as data (proposals/data/*.json) and are editable in the admin afterwards; this migration
only creates what is missing, so it never overwrites staff edits.
"""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data"


def seed(apps, schema_editor):
    Session = apps.get_model("delegates", "Session")
    KeyTask = apps.get_model("proposals", "KeyTask")
    Topic = apps.get_model("proposals", "Topic")
    plan = json.loads((DATA / "key_tasks_2026_nmg.json").read_text("utf-8"))
    s = plan["session"]
    session, _ = Session.objects.get_or_create(
        year=s["year"], level=s["level"], region=s["region"], defaults={"name": s["name"], "slug": s["slug"]}
    )
    for task in plan["key_tasks"]:
        KeyTask.objects.get_or_create(
            session=session, slug=task["slug"],
            defaults={
                "name": task["name"], "short_name": task["short_name"], "description": task["description"],
                "phrases": task["phrases"], "keywords": task["keywords"], "order": task["order"],
            },
        )
    topics = json.loads((DATA / "topics.json").read_text("utf-8"))["topics"]
    for order, topic in enumerate(topics, start=1):
        Topic.objects.get_or_create(
            slug=topic["slug"], defaults={"name": topic["name"], "keywords": topic["keywords"], "order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("proposals", "0001_initial"), ("delegates", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
