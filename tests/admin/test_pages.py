"""Every admin page works on ingested data: changelists, change forms, add forms, Chinese search."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from delegates.models import Delegate, DelegateAlias, Membership
from proposals.models import Proposal

pytestmark = pytest.mark.django_db


def _registered():
    return [(model, model_admin) for model, model_admin in admin.site._registry.items()
            if model._meta.app_label in {"delegates", "proposals"}]


def test_every_project_model_is_registered():
    from django.apps import apps

    registered = {model for model, _ in _registered()}
    wanted = {
        m for m in apps.get_app_config("delegates").get_models() if not m.__name__.startswith("Historical")
    } | {
        m for m in apps.get_app_config("proposals").get_models()
        if not m.__name__.startswith("Historical") and not m.__name__.endswith("SearchDocument")
    }
    assert wanted - registered == set()


def test_every_changelist_change_form_and_search_renders(admin_client, sample_article, demo_articles):
    for model, _ in _registered():
        opts = model._meta
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        response = admin_client.get(changelist)
        assert response.status_code == 200, changelist
        response = admin_client.get(changelist, {"q": "内蒙古"})
        assert response.status_code == 200, changelist
        obj = model._default_manager.first()
        if obj is not None:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert admin_client.get(url).status_code == 200, url
            history = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])
            assert admin_client.get(history).status_code == 200, history


def test_add_forms_render_where_adding_is_allowed(admin_client, superuser, rf, sample_article):
    request = rf.get("/")
    request.user = superuser
    for model, model_admin in _registered():
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
        expected = 200 if model_admin.has_add_permission(request) else 403
        assert admin_client.get(url).status_code == expected, url


def test_delegate_search_by_name_alias_pinyin_and_organization(admin_client, sample_article):
    membership = Membership.objects.exclude(organization="").select_related("delegate").first()
    delegate = membership.delegate
    DelegateAlias.objects.create(delegate=delegate, name="别名测试")
    url = reverse("admin:delegates_delegate_changelist")
    for term in (delegate.name, "别名测试", delegate.pinyin, membership.organization[:6]):
        response = admin_client.get(url, {"q": term})
        assert delegate in response.context["cl"].result_list, term


def test_proposal_search_by_passage_text_and_delegate_name(admin_client, sample_article):
    proposal = Proposal.objects.filter(article=sample_article).order_by("id")[3]
    name = proposal.delegates.first().name
    url = reverse("admin:proposals_proposal_changelist")
    for term in (proposal.passage[10:18], name):
        response = admin_client.get(url, {"q": term})
        assert proposal in response.context["cl"].result_list, term
    response = admin_client.get(url, {"q": "这句话不在任何文章里"})
    assert list(response.context["cl"].result_list) == []


@pytest.mark.parametrize(
    "params",
    [
        {"review": "unreviewed"}, {"review": "locked"}, {"delegates__memberships__role__exact": "deputy"},
        {"delegates__memberships__level__exact": "regional"}, {"kind__exact": "suggestion"}, {"deleted": "yes"},
        {"deleted": "all"}, {"origin__exact": "staff"},
    ],
)
def test_proposal_filters(admin_client, sample_article, params):
    response = admin_client.get(reverse("admin:proposals_proposal_changelist"), params)
    assert response.status_code == 200  # an unknown filter would redirect to ?e=1


def test_proposal_filter_by_key_task_and_delegation(admin_client, sample_article):
    proposal = Proposal.objects.filter(article=sample_article, key_tasks__isnull=False).first()
    task = proposal.key_tasks.first()
    response = admin_client.get(reverse("admin:proposals_proposal_changelist"), {"key_tasks__id__exact": task.pk})
    result = list(response.context["cl"].result_list)
    assert proposal in result and all(task in p.key_tasks.all() for p in result)
    membership = Membership.objects.exclude(delegation="").first()
    if membership is not None:
        response = admin_client.get(reverse("admin:delegates_delegate_changelist"), {"delegation": membership.delegation})
        assert membership.delegate in response.context["cl"].result_list


def test_delegate_changelist_hides_deleted_and_filters_by_role(admin_client, sample_article):
    deleted = Delegate.objects.first()
    Delegate.objects.filter(pk=deleted.pk).update(is_deleted=True)
    url = reverse("admin:delegates_delegate_changelist")
    assert deleted not in admin_client.get(url).context["cl"].result_list
    assert deleted in admin_client.get(url, {"deleted": "yes"}).context["cl"].result_list
    members = admin_client.get(url, {"memberships__role__exact": "member"}).context["cl"].result_list
    assert members and all(d.memberships.filter(role="member").exists() for d in members)


def test_changelists_query_count_does_not_grow_with_rows(admin_client, sample_article, django_assert_max_num_queries):
    for name in ("proposals_proposal", "delegates_delegate", "proposals_article", "delegates_membership"):
        with django_assert_max_num_queries(25):
            assert admin_client.get(reverse(f"admin:{name}_changelist")).status_code == 200


def test_review_queue_shows_source_passage_beside_fields(admin_client, sample_article):
    response = admin_client.get(reverse("admin:proposals_proposal_review"))
    assert response.status_code == 200
    proposal, source = response.context["proposal_rows"][0]
    assert proposal.passage in source and "<mark>" in source
    assert response.context["delegate_rows"]


def test_review_queue_marks_reviewed(admin_client, sample_article):
    proposal = Proposal.objects.filter(article=sample_article).first()
    delegate = proposal.delegates.first()
    response = admin_client.post(reverse("admin:proposals_proposal_review"), {"proposal": [proposal.pk], "delegate": [delegate.pk]})
    assert response.status_code == 302
    proposal.refresh_from_db()
    delegate.refresh_from_db()
    assert proposal.review_status == delegate.review_status == "reviewed"
    queue = admin_client.get(reverse("admin:proposals_proposal_review"))
    assert proposal not in [p for p, _ in queue.context["proposal_rows"]]


def test_index_links_the_editorial_pages(admin_client):
    response = admin_client.get(reverse("admin:index"))
    for name in ("admin:proposals_proposal_review", "admin:proposals_article_upload", "admin:proposals_conflict_changelist"):
        assert reverse(name) in response.content.decode()
