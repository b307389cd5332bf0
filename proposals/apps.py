from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ProposalsConfig(AppConfig):
    name = "proposals"
    verbose_name = "建议与提案"

    def ready(self) -> None:
        from .search.upkeep import reindex_after_migrate

        # Sent once per app with models after every migrate; the receiver acts only when that run
        # applied a migration that changes what the search documents hold.
        post_migrate.connect(reindex_after_migrate, sender=self, dispatch_uid="proposals.reindex_after_migrate")
