"""A narrow index over the visible proposals: (article, id), for the list page and its facets.

The list page sorts by the article's date and counts facets over the filtered set; both need only
each visible proposal's id and article. With this partial index PostgreSQL reads them by an
index-only scan (a few MB) instead of the 33 MB table, and SQLite from the index alone. Raw SQL on
purpose: the index is a speed-up of the list's queries, not a property of the model, and keeping it
out of the model state leaves ``proposals/models.py`` to the code that owns it.
"""

from django.db import migrations

INDEX = "proposals_proposal_visible_article_id"


class Migration(migrations.Migration):
    dependencies = [
        ("proposals", "0005_proposal_piece_for_citation"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {INDEX} ON proposals_proposal (article_id, id) WHERE NOT is_deleted",
            f"DROP INDEX {INDEX}",
        ),
    ]
