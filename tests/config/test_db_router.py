"""With a read replica configured, the public data is read from it and everything else stays primary."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session

from config.db_router import PrimaryReplicaRouter
from delegates.models import Delegate
from proposals.models import Proposal

router = PrimaryReplicaRouter()


def test_the_knowledge_base_is_read_from_the_replica():
    assert router.db_for_read(Proposal) == "replica"
    assert router.db_for_read(Delegate) == "replica"


def test_users_and_sessions_are_read_from_the_primary_so_a_login_is_never_lost_to_lag():
    assert router.db_for_read(User) == "default"
    assert router.db_for_read(Session) == "default"


@pytest.mark.django_db
def test_reads_inside_a_transaction_go_to_the_primary():
    # pytest-django runs this test inside an atomic block, as a service under transaction.atomic would.
    assert router.db_for_read(Proposal) == "default"


def test_every_write_goes_to_the_primary():
    assert router.db_for_write(Proposal) == "default"
    assert router.db_for_write(User) == "default"


def test_migrations_run_on_the_primary_only():
    assert router.allow_migrate("default", "proposals") is True
    assert router.allow_migrate("replica", "proposals") is False
    assert router.allow_migrate("replica", "auth") is False


def test_rows_from_either_database_may_be_related():
    assert router.allow_relation(Proposal(), Delegate()) is True
