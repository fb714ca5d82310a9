from django.contrib import admin

from .models import Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "bio", "wikidata_id", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["name", "bio", "slug", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["related"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "bio"]}),
        (None, {"fields": ["description", "image", "image_credit"]}),
        (None, {"fields": ["wikidata_id", "related"]}),
    ]
