"""``proposals.services``: merging delegates, as staff do it after ingestion kept namesakes apart."""

from __future__ import annotations

import pytest

from delegates.models import Delegate
from proposals.services import delegate_merge
from tests.conftest import ingest_file
from tests.loader.test_load import write


@pytest.mark.django_db
def test_merging_delegates_moves_proposals_and_redirects(tmp_path):
    ingest_file(write(tmp_path, "a.txt", "# 一\n\n自治区人大代表、某钢铁公司董事长张伟说，要推动钢铁行业转型升级。"))
    ingest_file(write(tmp_path, "b.txt", "# 二\n\n自治区人大代表、某县人民医院院长张伟说，要加强基层医疗卫生服务。"))
    first, second = Delegate.objects.filter(name="张伟").order_by("pk")
    delegate_merge(survivor=first, others=[second])
    second.refresh_from_db()
    assert second.merged_into == first
    assert first.proposals.count() == 2
    assert Delegate.objects.active().filter(name="张伟").count() == 1
