"""The review queue: machine-extracted proposals and delegates no one has checked yet, on one page.

``ReviewQueueMixin`` adds the page (URL name ``admin:proposals_proposal_review``) to the proposal admin.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path

from delegates.editorial import records_mark_reviewed
from delegates.models import Delegate, Membership, Origin, ReviewStatus

from ..models import (
    ArticleMention,
    Conflict,
    NameReview,
    Proposal,
    ProposalDelegate,
    ProposalKeyTask,
    ProposalTopic,
)
from .pages import passage_in_context


class ReviewQueueMixin:
    """For the proposal admin: the review queue's URL and view."""

    def get_urls(self):
        return [
            path("review/", self.admin_site.admin_view(self.review_view), name="proposals_proposal_review"),
            *super().get_urls(),
        ]

    def review_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            proposals = Proposal.objects.filter(pk__in=request.POST.getlist("proposal"))
            delegates = Delegate.objects.filter(pk__in=request.POST.getlist("delegate"))
            count = records_mark_reviewed(records=proposals) + records_mark_reviewed(records=delegates)
            self.message_user(request, f"已将 {count} 条记录标记为已审核。", messages.SUCCESS)
            return HttpResponseRedirect(request.get_full_path())
        proposals = (
            Proposal.objects.visible()
            .filter(origin=Origin.MACHINE, review_status=ReviewStatus.UNREVIEWED)
            .select_related("article")
            .prefetch_related(
                Prefetch("proposaldelegate_set", queryset=ProposalDelegate.objects.select_related("delegate")),
                Prefetch("key_task_links", queryset=ProposalKeyTask.objects.select_related("key_task")),
                Prefetch("topic_links", queryset=ProposalTopic.objects.select_related("topic")),
            )
            .order_by("article_id", "start")
        )
        proposal_page = Paginator(proposals, 20).get_page(request.GET.get("p"))
        delegates = (
            Delegate.objects.active()
            .filter(origin=Origin.MACHINE, review_status=ReviewStatus.UNREVIEWED)
            .prefetch_related(
                Prefetch("memberships", queryset=Membership.objects.select_related("session")),
                Prefetch("mentions", queryset=ArticleMention.objects.select_related("article")),
            )
            .order_by("name", "id")
        )
        delegate_page = Paginator(delegates, 20).get_page(request.GET.get("d"))
        delegate_rows = [
            (d, [(m.article, passage_in_context(m.article.text, m.start, m.start + len(m.name))) for m in list(d.mentions.all())[:3]])
            for d in delegate_page
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": "审核队列",
            "opts": self.model._meta,
            "proposal_page": proposal_page,
            "proposal_rows": [(p, passage_in_context(p.article.text, p.start, p.end)) for p in proposal_page],
            "delegate_page": delegate_page,
            "delegate_rows": delegate_rows,
            "name_reviews": NameReview.objects.filter(resolved=False).count(),
            "conflicts": Conflict.objects.filter(resolved=False).count(),
            "can_change": self.has_change_permission(request),
        }
        return TemplateResponse(request, "admin/proposals/review_queue.html", context)
