"""Search documents, and each engine's own full-text index over their tokens.

PostgreSQL: a stored generated ``tsvector`` column (config 'simple': the tokens are already
segmented by jieba, so the parser only has to split on the spaces) with a GIN index. SQLite: an FTS5
table per document table, with rowid = the record's id, kept current by triggers. The models do
not know these columns and tables; ``proposals.search`` is the only code that reads them.
"""

import django.db.models.deletion
from django.db import migrations, models

TABLES = {
    "proposals_proposalsearchdocument": "proposal_id",
    "proposals_delegatesearchdocument": "delegate_id",
    "proposals_articlesearchdocument": "article_id",
}


def create_engine_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table, key in TABLES.items():
        if vendor == "postgresql":
            schema_editor.execute(
                f"ALTER TABLE {table} ADD COLUMN vector tsvector "
                f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, tokens)) STORED"
            )
            schema_editor.execute(f"CREATE INDEX {table}_vector_gin ON {table} USING gin (vector)")
        elif vendor == "sqlite":
            fts = f"{table}_fts"
            schema_editor.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(tokens)")
            schema_editor.execute(
                f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, tokens) VALUES (new.{key}, new.tokens); END"
            )
            schema_editor.execute(
                f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                f"DELETE FROM {fts} WHERE rowid = old.{key}; END"
            )
            schema_editor.execute(
                f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN "
                f"DELETE FROM {fts} WHERE rowid = old.{key}; "
                f"INSERT INTO {fts}(rowid, tokens) VALUES (new.{key}, new.tokens); END"
            )


def drop_engine_indexes(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "postgresql":
            schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS vector")
        elif vendor == "sqlite":
            schema_editor.execute(f"DROP TABLE IF EXISTS {table}_fts")


class Migration(migrations.Migration):

    dependencies = [
        ('delegates', '0001_initial'),
        ('proposals', '0002_seed_key_tasks_and_topics'),
    ]

    operations = [
        migrations.CreateModel(
            name='ArticleSearchDocument',
            fields=[
                ('tokens', models.TextField(blank=True, help_text='jieba 搜索模式分词（已转简体、小写），以空格分隔。', verbose_name='分词')),
                ('indexed_at', models.DateTimeField(auto_now=True, help_text='最近一次写入索引的时间。', verbose_name='索引时间')),
                ('article', models.OneToOneField(help_text='被索引的文章。', on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to='proposals.article', verbose_name='文章')),
            ],
            options={
                'verbose_name': '文章检索文档',
                'verbose_name_plural': '文章检索文档',
            },
        ),
        migrations.CreateModel(
            name='DelegateSearchDocument',
            fields=[
                ('tokens', models.TextField(blank=True, help_text='jieba 搜索模式分词（已转简体、小写），以空格分隔。', verbose_name='分词')),
                ('indexed_at', models.DateTimeField(auto_now=True, help_text='最近一次写入索引的时间。', verbose_name='索引时间')),
                ('delegate', models.OneToOneField(help_text='被索引的代表委员。', on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to='delegates.delegate', verbose_name='代表委员')),
            ],
            options={
                'verbose_name': '代表委员检索文档',
                'verbose_name_plural': '代表委员检索文档',
            },
        ),
        migrations.CreateModel(
            name='ProposalSearchDocument',
            fields=[
                ('tokens', models.TextField(blank=True, help_text='jieba 搜索模式分词（已转简体、小写），以空格分隔。', verbose_name='分词')),
                ('indexed_at', models.DateTimeField(auto_now=True, help_text='最近一次写入索引的时间。', verbose_name='索引时间')),
                ('proposal', models.OneToOneField(help_text='被索引的建议。', on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to='proposals.proposal', verbose_name='建议')),
            ],
            options={
                'verbose_name': '建议检索文档',
                'verbose_name_plural': '建议检索文档',
            },
        ),
        migrations.RunPython(create_engine_indexes, drop_engine_indexes),
    ]
