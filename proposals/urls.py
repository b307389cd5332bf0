"""The journalists' site: pages and Atom feeds. Permalinks use database ids and slugs, which
re-ingesting an article keeps (the loader upserts on natural keys)."""

from django.urls import path

from .views import articles, classes, delegates, feeds, home, indexes, lists, proposals, stats

app_name = "proposals"

urlpatterns = [
    path("", home.home, name="home"),
    path("proposals/", lists.proposal_list, name="proposal_list"),
    path("proposals/export.csv", lists.proposal_list_csv, name="proposal_list_csv"),
    path("proposals/<int:pk>/", proposals.proposal_detail, name="proposal_detail"),
    path("delegates/", delegates.delegate_list, name="delegate_list"),
    path("delegates/<int:pk>/", delegates.delegate_detail, name="delegate_detail"),
    path("key-tasks/", indexes.key_task_index, name="key_task_index"),
    path("sectors/", indexes.sector_index, name="sector_index"),
    path("stats/", stats.stats_page, name="stats"),
    path("stats/<slug:slug>.csv", stats.stats_csv, name="stats_csv"),
    path("key-tasks/<slug:slug>/", classes.key_task_detail, name="key_task_detail"),
    path("sectors/<slug:slug>/", classes.topic_detail, name="topic_detail"),
    path("articles/<int:pk>/", articles.article_detail, name="article_detail"),
    path("feeds/proposals.atom", feeds.LatestProposalsFeed(), name="proposals_feed"),
    path("feeds/key-tasks/<slug:slug>.atom", feeds.KeyTaskFeed(), name="key_task_feed"),
    path("feeds/sectors/<slug:slug>.atom", feeds.TopicFeed(), name="topic_feed"),
    path("feeds/delegates/<int:pk>.atom", feeds.DelegateFeed(), name="delegate_feed"),
]
