"""The two staff roles: ``editor`` corrects, tags and ingests; ``viewer`` reads the admin only.

A user also needs ``is_staff`` to log in to the admin; superusers need no group. Permissions are
created here first, because on a fresh database Django only creates them after all migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ALL = ("add", "change", "delete", "view")
EDITOR = {
    "delegates": {
        "delegate": ALL, "delegatealias": ALL, "membership": ALL, "session": ("add", "change", "view"),
    },
    "proposals": {
        "proposal": ALL, "proposaldelegate": ALL, "proposalkeytask": ALL, "proposaltopic": ALL,
        "keytask": ("add", "change", "view"), "topic": ("add", "change", "view"),
        "article": ("add", "change", "view"),  # add = upload and ingest an article
        "proposalsource": ("view",), "articlemention": ("view",),
        "namereview": ("change", "view"), "conflict": ("change", "view"),
    },
}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(actions_of):
        for app_label, models in EDITOR.items():
            for model, actions in models.items():
                for action in actions_of(actions):
                    yield Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")

    editor, _ = Group.objects.get_or_create(name="editor")
    editor.permissions.add(*permissions(lambda actions: actions))
    viewer, _ = Group.objects.get_or_create(name="viewer")
    viewer.permissions.add(*permissions(lambda actions: ("view",)))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["editor", "viewer"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("delegates", "0002_delegate_is_deleted"),
        ("proposals", "0003_search_documents"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
