"""In a real browser: an editor corrects a delegate and re-tags a proposal, the article is re-ingested
(a corrected edition, uploaded in the admin), and both corrections still show on the public pages."""

from __future__ import annotations

import re
from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from delegates.models import Delegate
from proposals.models import Conflict, KeyTask, Proposal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CORRECTED_AFFILIATION = "中国航天科工集团第六研究院党委书记、院长"


@pytest.fixture
def editor_login(db):
    # A transactional test may run after another that flushed the groups the migration made.
    import_module("proposals.migrations.0004_editor_viewer_groups").create_groups(apps, None)
    user = User.objects.create_user("editor-b", password="correct horse 两会", is_staff=True)
    user.groups.add(Group.objects.get(name="editor"))
    return "editor-b", "correct horse 两会"


def test_editor_corrections_survive_reingestion_and_show_publicly(page, sample_article, sample_article_path, editor_login, tmp_path):
    base = page.base_url
    delegate = Delegate.objects.get(name="赵勇")
    proposal = Proposal.objects.get(article=sample_article, delegates=delegate)
    culture = KeyTask.objects.get(slug="culture")
    assert culture not in proposal.key_tasks.all()

    username, password = editor_login
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("input[type=submit]").click()
    expect(page.locator("#lianghui-editorial")).to_be_visible()

    # Correct the delegate's affiliation and title.
    page.goto(base + "/admin/delegates/delegate/?q=赵勇")
    page.locator("#result_list a", has_text="赵勇").first.click()
    page.fill("input[name='memberships-0-affiliation']", CORRECTED_AFFILIATION)
    page.fill("input[name='memberships-0-title']", "党委书记、院长")
    page.locator("input[name='_save']").click()
    expect(page.locator(".messagelist")).to_be_visible()

    # Re-tag the proposal with a key task through the bulk action's intermediate page.
    page.goto(base + "/admin/proposals/proposal/?q=赵勇")
    page.locator(f"input[name='_selected_action'][value='{proposal.pk}']").check()
    page.select_option("select[name='action']", "add_key_task")
    page.locator("button[name='index']").click()
    page.select_option("select[name='key_task']", str(culture.pk))
    page.locator("input[name='apply']").click()
    expect(page.locator(".messagelist")).to_contain_text("添加重点工作")

    # A corrected edition of the article arrives: upload it, preview, confirm.
    edition = tmp_path / "page.txt"
    edition.write_text(sample_article_path.read_text("utf-8").replace("第六研究院党委书记赵勇", "第六研究院院长赵勇"), "utf-8")
    page.goto(base + "/admin/proposals/article/")
    page.locator("a", has_text="上传文章").click()
    page.set_input_files("input[name='file']", str(edition))
    page.select_option("select[name='article']", str(sample_article.pk))
    page.locator("input[type=submit]").click()
    expect(page.locator("#content")).to_contain_text("更新")
    page.locator("input[name='confirm']").click()
    expect(page.locator(".messagelist")).to_contain_text("导入完成")

    assert Conflict.objects.filter(membership_id=delegate.memberships.get().pk, field="affiliation").exists()

    # Both corrections are what the public sees.
    page.goto(base + f"/delegates/{delegate.pk}/")
    expect(page.locator("#h-memberships + table")).to_contain_text(CORRECTED_AFFILIATION)
    page.goto(base + f"/proposals/{proposal.pk}/")
    expect(page.locator("a.chip-task", has_text=re.compile(str(culture)))).to_be_visible()
