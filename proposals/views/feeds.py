"""Atom feeds of new proposals: overall, per key task, per sector and per delegate.

Newest first by when the proposal was recorded, so a feed reader sees each proposal once even when
its article is dated earlier.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from proposals import selectors
from proposals.listing.query import proposal_list, proposer_links, sector_links, task_links
from proposals.models import Proposal

ITEMS = 50


class LatestProposalsFeed(Feed):
    feed_type = Atom1Feed
    title = "两会代表委员建议库 · 最新建议"
    subtitle = "新收录的代表委员建议、提案与观点"

    def link(self) -> str:
        return reverse("proposals:proposal_list")

    def proposals(self, obj):
        return proposal_list()

    def items(self, obj=None):
        return list(self.proposals(obj).order_by("-created_at", "-id")[:ITEMS])

    def item_title(self, item: Proposal) -> str:
        names = "、".join(link.delegate.name for link in proposer_links(item))
        return f"{names}：{item}" if names else str(item)

    def item_description(self, item: Proposal) -> str:
        return item.passage

    def item_link(self, item: Proposal) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Proposal):
        return item.created_at

    def item_updateddate(self, item: Proposal):
        return item.updated_at

    def item_categories(self, item: Proposal):
        return [link.key_task.short_name or link.key_task.name for link in task_links(item)] + [
            link.topic.name for link in sector_links(item)
        ]


class KeyTaskFeed(LatestProposalsFeed):
    def get_object(self, request, slug: str):
        return selectors.key_task_by_slug(slug)

    def title(self, obj) -> str:
        return f"两会代表委员建议库 · 重点工作：{obj.short_name or obj.name}"

    def link(self, obj) -> str:
        return obj.get_absolute_url()

    def proposals(self, obj):
        return selectors.key_task_proposals(obj)


class TopicFeed(LatestProposalsFeed):
    def get_object(self, request, slug: str):
        return selectors.topic_by_slug(slug)

    def title(self, obj) -> str:
        return f"两会代表委员建议库 · 领域：{obj.name}"

    def link(self, obj) -> str:
        return obj.get_absolute_url()

    def proposals(self, obj):
        return selectors.topic_proposals(obj)


class DelegateFeed(LatestProposalsFeed):
    def get_object(self, request, pk: int):
        return selectors.survivor_of(selectors.delegate_for_page(pk))

    def title(self, obj) -> str:
        return f"两会代表委员建议库 · {obj}"

    def link(self, obj) -> str:
        return reverse("proposals:delegate_detail", args=[obj.pk])

    def proposals(self, obj):
        return selectors.delegate_proposals(obj)
