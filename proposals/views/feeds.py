"""Atom feeds of new proposals: overall, per key task, per sector and per delegate, each narrowed by
the list's own query parameters (``/feeds/proposals.atom?q=商业航天&year=2026``): a feed follows
exactly what its page shows. A malformed filter is a 400, as on the list.

Newest first by when the proposal was recorded, so a feed reader sees each proposal once even when
its article is dated earlier.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from proposals import selectors
from proposals.listing.filters import ProposalFilter
from proposals.listing.query import proposal_list, proposer_links, sector_links, task_links
from proposals.models import Proposal

from .list_state import chips, heading, is_filtered, query

ITEMS = 50
SITE = "两会代表委员建议库"


@dataclass
class Followed:
    """What a feed follows: a record (key task, sector, delegate) or none, and the list's filters."""

    record: object
    params: object
    label: str  # the list's heading, e.g. “商业航天” · 2026; empty when unfiltered

    def narrow(self, proposals):
        return ProposalFilter(self.params, queryset=proposals).qs if self.label else proposals


def followed(request, record=None) -> Followed:
    filtered = is_filtered(request.GET)
    label = heading(request.GET.get("q", "").strip(), chips(request)) if filtered else ""
    return Followed(record, request.GET, label)


class LatestProposalsFeed(Feed):
    feed_type = Atom1Feed
    subtitle = "新收录的代表委员建议、提案与观点"

    def __call__(self, request, *args, **kwargs):
        filterset = ProposalFilter(request.GET, queryset=Proposal.objects.none())
        if not filterset.is_valid():
            reasons = "；".join(f"{name}: {' '.join(messages)}" for name, messages in filterset.errors.items())
            return HttpResponse("筛选条件无效：" + reasons, status=400, content_type="text/plain; charset=utf-8")
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs) -> Followed:
        return followed(request)

    def title(self, obj: Followed) -> str:
        return f"{SITE} · {obj.label}" if obj.label else f"{SITE} · 最新建议"

    def link(self, obj: Followed) -> str:
        return reverse("proposals:proposal_list") + query(obj.params, sort=None).rstrip("?")

    def proposals(self, obj: Followed):
        return proposal_list()

    def items(self, obj: Followed):
        return list(obj.narrow(self.proposals(obj)).order_by("-created_at", "-id")[:ITEMS])

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


def titled(name: str, obj: Followed) -> str:
    return f"{SITE} · {name}" + (f" · {obj.label}" if obj.label else "")


class KeyTaskFeed(LatestProposalsFeed):
    def get_object(self, request, slug: str) -> Followed:
        return followed(request, selectors.key_task_by_slug(slug))

    def title(self, obj: Followed) -> str:
        return titled(f"重点工作：{obj.record.short_name or obj.record.name}", obj)

    def link(self, obj: Followed) -> str:
        return obj.record.get_absolute_url()

    def proposals(self, obj: Followed):
        return selectors.key_task_proposals(obj.record)


class TopicFeed(LatestProposalsFeed):
    def get_object(self, request, slug: str) -> Followed:
        return followed(request, selectors.topic_by_slug(slug))

    def title(self, obj: Followed) -> str:
        return titled(f"领域：{obj.record.name}", obj)

    def link(self, obj: Followed) -> str:
        return obj.record.get_absolute_url()

    def proposals(self, obj: Followed):
        return selectors.topic_proposals(obj.record)


class DelegateFeed(LatestProposalsFeed):
    def get_object(self, request, pk: int) -> Followed:
        return followed(request, selectors.survivor_of(selectors.delegate_for_page(pk)))

    def title(self, obj: Followed) -> str:
        return titled(str(obj.record), obj)

    def link(self, obj: Followed) -> str:
        return reverse("proposals:delegate_detail", args=[obj.record.pk])

    def proposals(self, obj: Followed):
        return selectors.delegate_proposals(obj.record)
