from django.urls import path

from . import ask_views, feeds, sitemaps, views
from .search import views as search

app_name = "stories"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("stories/<slug:slug>/", views.StoryDetailView.as_view(), name="detail"),
    path("stories/<slug:slug>/ask/", ask_views.ask, name="ask"),
    path("stories/<slug:slug>/ask/thanks/", ask_views.ask_thanks, name="ask_thanks"),
    path("questions/<slug:slug>/", views.QuestionDetailView.as_view(), name="question"),
    path("authors/<slug:slug>/", views.AuthorDetailView.as_view(), name="author"),
    path("outlets/<slug:slug>/", views.OutletDetailView.as_view(), name="outlet"),
    path("tags/<slug:slug>/", views.TagDetailView.as_view(), name="tag"),
    path("search/", search.search_view, name="search"),
    path("feed/", feeds.LatestStoriesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestStoriesAtomFeed(), name="feed_atom"),
    # A topic's feed is a feed of explainers: stories owns it, at the topic's address.
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic_feed"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("sitemaps/<slug:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("news-sitemap.xml", sitemaps.news_sitemap, name="news_sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
]
