"""Migration 0004 gives delegates already in a database the name readings new ones get (孙长伟 →
sunchangwei), keeps a pinyin staff typed, and the search documents are rebuilt after it."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as current_apps
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from delegates.models import Delegate
from proposals.models import DelegateSearchDocument
from proposals.search import search_delegates
from proposals.search.upkeep import applied_reindexing_migrations, reindex_after_migrate

migration = importlib.import_module("delegates.migrations.0004_delegate_pinyin_name_readings")

BEFORE = ("delegates", "0003_session_year_unknown")
AFTER = ("delegates", "0004_delegate_pinyin_name_readings")


class _Editor:
    """What ``RunPython`` hands the function: only its connection is read."""

    connection = connection


def old_delegate(name: str, pinyin: str | None = None) -> Delegate:
    """A delegate as the loader wrote it before the name readings: lazy_pinyin's word reading."""
    return Delegate.objects.create(name=name, pinyin=migration.old_reading(name) if pinyin is None else pinyin)


@pytest.mark.django_db
def test_recomputes_word_readings_in_batches_and_keeps_staff_pinyin(monkeypatch):
    monkeypatch.setattr(migration, "BATCH", 2)  # several batches with five rows
    sun = old_delegate("孙长伟")
    shan = old_delegate("单雄")
    old_delegate("曾华")
    plain = old_delegate("赵勇")
    typed = old_delegate("长孙无忌", pinyin="zhangsun wuji")
    assert (sun.pinyin, shan.pinyin) == ("sunzhangwei", "danxiong")

    assert migration.recompute_pinyin(current_apps, _Editor()) == 3

    pinyin = dict(Delegate.objects.values_list("name", "pinyin"))
    assert pinyin["孙长伟"] == "sunchangwei"
    assert pinyin["单雄"] == "shanxiong"
    assert pinyin["曾华"] == "zenghua"
    assert pinyin["赵勇"] == plain.pinyin == "zhaoyong"
    assert pinyin["长孙无忌"] == typed.pinyin  # staff's own spelling stays
    # Run again: nothing left to change.
    assert migration.recompute_pinyin(current_apps, _Editor()) == 0


@pytest.mark.django_db
def test_an_empty_pinyin_is_filled():
    old_delegate("孙长伟", pinyin="")
    migration.recompute_pinyin(current_apps, _Editor())
    assert Delegate.objects.get().pinyin == "sunchangwei"


@pytest.mark.django_db(transaction=True)
def test_migrating_back_and_forth_through_the_real_executor():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])  # the reverse is a no-op
    executor.loader.build_graph()
    old_apps = executor.loader.project_state([BEFORE]).apps
    Historical = old_apps.get_model("delegates", "Delegate")
    Historical.objects.create(name="孙长伟", pinyin="sunzhangwei")

    executor = MigrationExecutor(connection)
    executor.migrate([AFTER])

    assert Delegate.objects.get(name="孙长伟").pinyin == "sunchangwei"
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


class _Migration:
    def __init__(self, app_label, name):
        self.app_label, self.name = app_label, name


def test_only_a_forward_run_of_the_migration_triggers_the_rebuild():
    assert applied_reindexing_migrations([(_Migration(*AFTER), False)]) == {AFTER}
    assert applied_reindexing_migrations([(_Migration(*AFTER), True)]) == set()
    assert applied_reindexing_migrations([(_Migration(*BEFORE), False)]) == set()
    assert applied_reindexing_migrations(None) == set()


@pytest.mark.django_db
def test_after_migrate_the_search_documents_hold_the_name_readings():
    from proposals.search import index_delegates

    sun = old_delegate("孙长伟")
    index_delegates([sun.pk])
    # A document as the word-reading code wrote it: no sunchangwei.
    DelegateSearchDocument.objects.filter(delegate=sun).update(tokens="孙长伟 孙 长 伟 孙长 长伟 sunzhangwei sun zhang wei")
    assert not search_delegates(Delegate.objects.all(), "sunchangwei").exists()
    migration.recompute_pinyin(current_apps, _Editor())

    reindex_after_migrate(None, plan=[(_Migration(*AFTER), False)], verbosity=0)

    assert list(search_delegates(Delegate.objects.all(), "sunchangwei")) == [sun]
    assert list(search_delegates(Delegate.objects.all(), "sunzhangwei")) == [sun]


@pytest.mark.django_db
def test_the_reindex_command_rebuilds_them_by_hand():
    from proposals.search import index_delegates

    sun = old_delegate("孙长伟")
    index_delegates([sun.pk])
    DelegateSearchDocument.objects.filter(delegate=sun).update(tokens="孙长伟 sunzhangwei")
    call_command("reindex", verbosity=0)
    assert list(search_delegates(Delegate.objects.all(), "sunchangwei")) == [sun]
