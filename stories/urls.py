from django.urls import path

from . import views

app_name = "stories"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("stories/<slug:slug>/", views.StoryDetailView.as_view(), name="detail"),
    path("questions/<slug:slug>/", views.QuestionDetailView.as_view(), name="question"),
    path("authors/<slug:slug>/", views.AuthorDetailView.as_view(), name="author"),
    path("outlets/<slug:slug>/", views.OutletDetailView.as_view(), name="outlet"),
    path("tags/<slug:slug>/", views.TagDetailView.as_view(), name="tag"),
    path("healthz", views.healthz, name="healthz"),
]
