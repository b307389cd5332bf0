"""Roles: the editor and viewer groups from the migration; a viewer cannot change anything; tokens."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from rest_framework.authtoken.models import Token

from delegates.models import Delegate
from proposals.models import Proposal
from tests.admin.conftest import change_form_data

pytestmark = pytest.mark.django_db


def test_groups_exist_with_their_permissions():
    editor = set(Group.objects.get(name="editor").permissions.values_list("codename", flat=True))
    viewer = set(Group.objects.get(name="viewer").permissions.values_list("codename", flat=True))
    assert {"change_proposal", "delete_proposal", "change_delegate", "change_keytask", "change_topic", "add_article",
            "change_conflict", "change_namereview"} <= editor
    assert viewer and all(codename.startswith("view_") for codename in viewer)
    assert {"view_proposal", "view_delegate", "view_article", "view_conflict"} <= viewer


def test_viewer_reads_but_cannot_change(viewer_client, sample_article):
    proposal = Proposal.objects.first()
    delegate = Delegate.objects.first()
    for url in (reverse("admin:proposals_proposal_changelist"), reverse("admin:delegates_delegate_changelist"),
                reverse("admin:proposals_proposal_change", args=[proposal.pk]),
                reverse("admin:proposals_proposal_review")):
        assert viewer_client.get(url).status_code == 200, url

    url = reverse("admin:proposals_proposal_change", args=[proposal.pk])
    response = viewer_client.post(url, {"headline": "viewer edit", "_save": "1"})
    assert response.status_code == 403
    url = reverse("admin:delegates_delegate_change", args=[delegate.pk])
    assert viewer_client.post(url, {"name": "viewer edit"}).status_code == 403
    assert viewer_client.post(reverse("admin:proposals_proposal_delete", args=[proposal.pk]), {"post": "yes"}).status_code == 403
    assert viewer_client.get(reverse("admin:proposals_proposal_add")).status_code == 403
    assert viewer_client.get(reverse("admin:proposals_article_upload")).status_code == 403
    assert viewer_client.post(reverse("admin:proposals_proposal_review"), {"proposal": [proposal.pk]}).status_code == 403
    response = viewer_client.post(reverse("admin:proposals_proposal_changelist"),
                                  {"action": "mark_reviewed", "_selected_action": [proposal.pk]})
    assert response.status_code in (200, 302)  # the action is not offered: nothing happens
    proposal.refresh_from_db()
    delegate.refresh_from_db()
    assert proposal.headline != "viewer edit" and proposal.review_status == "unreviewed" and not proposal.is_deleted
    assert delegate.name != "viewer edit"


def test_viewer_gets_no_bulk_actions(viewer_client, sample_article):
    response = viewer_client.get(reverse("admin:proposals_proposal_changelist"))
    assert not response.context["action_form"] or not [c for c in response.context["action_form"].fields["action"].choices if c[0]]


def test_editor_changes_and_is_recorded_in_history(editor_client, editor, sample_article):
    proposal = Proposal.objects.first()
    url = reverse("admin:proposals_proposal_change", args=[proposal.pk])
    data = change_form_data(editor_client.get(url))
    data["summary"] = "编辑改写的摘要"
    assert editor_client.post(url, data).status_code == 302
    record = proposal.history.first()
    assert record.summary == "编辑改写的摘要" and record.history_user == editor


def test_editor_cannot_issue_tokens_but_superuser_can(editor_client, admin_client, editor, superuser):
    url = reverse("admin:authtoken_tokenproxy_add")
    assert editor_client.get(url).status_code == 403
    assert admin_client.post(url, {"user": editor.pk, "_save": "1"}).status_code == 302
    assert Token.objects.filter(user=editor).exists()
