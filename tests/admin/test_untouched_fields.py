"""Edits lock only what was edited: saving a change form without touching a field leaves that field
machine-managed, whatever the browser's round trip did to it (CRLF line ends, surrounding
whitespace, an empty value for None)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from delegates.editorial import normalised, same_value
from proposals.models import Proposal
from tests.admin.conftest import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal_with_awkward_context(sample_article):
    """A proposal whose machine context starts with a line break and holds one inside, as articles do."""
    proposal = Proposal.objects.filter(article=sample_article).order_by("pk").first()
    Proposal.objects.filter(pk=proposal.pk).update(context_before="\n上文第一行\n上文第二行 ", context_after="")
    proposal.refresh_from_db()
    return proposal


def post_form(client, proposal, edit=lambda data: None):
    url = reverse("admin:proposals_proposal_change", args=[proposal.pk])
    data = change_form_data(client.get(url))
    edit(data)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    proposal.refresh_from_db()
    return proposal


def test_saving_the_form_untouched_locks_nothing_and_keeps_the_machine_context(editor_client, proposal_with_awkward_context):
    def browser_round_trip(data):
        data["context_before"] = data["context_before"].replace("\n", "\r\n")

    proposal = post_form(editor_client, proposal_with_awkward_context, browser_round_trip)

    assert "context_before" not in proposal.staff_fields
    assert "context_after" not in proposal.staff_fields
    assert proposal.context_before == "\n上文第一行\n上文第二行 "


def test_a_real_edit_of_the_context_is_still_locked(editor_client, proposal_with_awkward_context):
    def edit(data):
        data["context_before"] = "编辑改写的上文"

    proposal = post_form(editor_client, proposal_with_awkward_context, edit)

    assert "context_before" in proposal.staff_fields
    assert proposal.context_before == "编辑改写的上文"


@pytest.mark.parametrize(
    ("stored", "edited", "same"),
    [("a\nb", "a\r\nb", True), (" a ", "a", True), (None, "", True), ("a", "b", False), (3, 3, True), (3, 4, False)],
)
def test_values_are_compared_as_an_editor_sees_them(stored, edited, same):
    assert same_value(stored, edited) is same


def test_normalised_text_has_lf_line_ends_and_no_surrounding_whitespace():
    assert normalised("\r\n a\r\nb\r ") == "a\nb"
