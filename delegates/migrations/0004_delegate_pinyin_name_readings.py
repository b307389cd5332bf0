"""Every delegate's stored pinyin read as a name (孙长伟 → sunchangwei), not word by word (sunzhangwei).

Delegates written before ``delegates.readings`` kept ``lazy_pinyin``'s word reading. This recomputes
``Delegate.pinyin`` with ``readings.name_pinyin``, in batches of ``BATCH`` rows by id, with one
``bulk_update`` per batch (no history rows: it is no staff edit). A pinyin staff typed themselves is
kept: only a value that is empty or one of the machine's readings of the name (the old word reading,
or any combination of its polyphones' readings) is replaced.

The search documents hold every reading of each name; they are rebuilt after ``migrate`` by
``proposals.search.upkeep`` (a post_migrate step that runs when this migration was applied), since a
migration must not run the indexer against models that later migrations may change.

Reversing is a no-op: the word readings were wrong, and nothing depends on them.
"""

from django.db import migrations
from pypinyin import lazy_pinyin

from delegates.readings import name_pinyin, name_spellings

BATCH = 1000
PINYIN_MAX_LENGTH = 200


def old_reading(name: str) -> str:
    """What the loader stored before: ``lazy_pinyin`` of the name, the dot dropped, lower case."""
    return "".join(lazy_pinyin(name.replace("·", ""))).lower()


def machine_made(name: str, pinyin: str) -> bool:
    """Whether ``pinyin`` is one the machine gave ``name`` (so it may be recomputed), not staff's own."""
    return not pinyin or pinyin in (old_reading(name), *name_spellings(name))


def recompute_pinyin(apps, schema_editor) -> int:
    """Recompute the stored pinyin of every delegate whose pinyin the machine made; returns how many changed."""
    Delegate = apps.get_model("delegates", "Delegate")
    rows = Delegate.objects.using(schema_editor.connection.alias)
    changed_total, last = 0, 0
    while True:
        batch = list(rows.filter(pk__gt=last).order_by("pk").only("pk", "name", "pinyin")[:BATCH])
        if not batch:
            return changed_total
        last = batch[-1].pk
        changed = []
        for delegate in batch:
            reading = name_pinyin(delegate.name)[:PINYIN_MAX_LENGTH]
            if delegate.pinyin != reading and machine_made(delegate.name, delegate.pinyin):
                delegate.pinyin = reading
                changed.append(delegate)
        rows.bulk_update(changed, ["pinyin"])
        changed_total += len(changed)


class Migration(migrations.Migration):
    dependencies = [
        ("delegates", "0003_session_year_unknown"),
    ]

    operations = [
        migrations.RunPython(recompute_pinyin, migrations.RunPython.noop, elidable=True),
    ]
