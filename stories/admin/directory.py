"""Outlets, authors and the old addresses of stories."""

from django.contrib import admin

from ..models import Author, Outlet, StorySlugRedirect


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "lean", "country", "lean_rated_by", "lean_rated_on"]
    list_filter = ["lean", "country"]
    search_fields = ["name", "slug", "homepage"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "role"]
    search_fields = ["name", "role"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(StorySlugRedirect)
class StorySlugRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "story", "created_at"]
    search_fields = ["old_slug", "story__headline"]
    autocomplete_fields = ["story"]
