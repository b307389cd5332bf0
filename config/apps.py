"""The project's own app: it only hooks the shared cache's table into ``migrate`` (see config.cache)."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ProjectConfig(AppConfig):
    name = "config"
    label = "project"
    verbose_name = "project"

    def ready(self) -> None:
        from config.cache import create_cache_tables

        # Any sender: Django sends post_migrate only to apps with models, and this app has none. The
        # handler checks for the table and stops there, so hearing it once per app costs a query.
        post_migrate.connect(create_cache_tables, dispatch_uid="project.create_cache_tables")
