"""The journalists' site: pages and Atom feeds. Permalinks use database ids and slugs, which
re-ingesting an article keeps (the loader upserts on natural keys)."""

from django.urls import path

from config.ratelimits import rate_limit

from .views import articles, classes, delegates, feeds, home, indexes, lists, proposals, stats

app_name = "proposals"


def is_search(request) -> bool:
    """A list page is a search (expensive, rate-limited) only when it has a query."""
    return bool(request.GET.get("q", "").strip())


searches = rate_limit("search", when=is_search)
exports = rate_limit("export")

urlpatterns = [
    path("", home.home, name="home"),
    path("proposals/", searches(lists.proposal_list), name="proposal_list"),
    path("proposals/export.csv", exports(lists.proposal_list_csv), name="proposal_list_csv"),
    path("proposals/<int:pk>/", proposals.proposal_detail, name="proposal_detail"),
    path("delegates/", searches(delegates.delegate_list), name="delegate_list"),
    path("delegates/<int:pk>/", delegates.delegate_detail, name="delegate_detail"),
    path("key-tasks/", indexes.key_task_index, name="key_task_index"),
    path("sectors/", indexes.sector_index, name="sector_index"),
    path("stats/", stats.stats_page, name="stats"),
    path("stats/<slug:slug>.csv", exports(stats.stats_csv), name="stats_csv"),
    path("key-tasks/<slug:slug>/", classes.key_task_detail, name="key_task_detail"),
    path("sectors/<slug:slug>/", classes.topic_detail, name="topic_detail"),
    path("articles/<int:pk>/", articles.article_detail, name="article_detail"),
    path("feeds/proposals.atom", searches(feeds.LatestProposalsFeed()), name="proposals_feed"),
    path("feeds/key-tasks/<slug:slug>.atom", feeds.KeyTaskFeed(), name="key_task_feed"),
    path("feeds/sectors/<slug:slug>.atom", feeds.TopicFeed(), name="topic_feed"),
    path("feeds/delegates/<int:pk>.atom", feeds.DelegateFeed(), name="delegate_feed"),
]
