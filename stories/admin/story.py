"""The story list and the story form. Saving goes through ``stories.services``."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from .. import permissions, revisions, services
from ..models import Question, Story
from .actions import StoryActions
from .forms import StoryAdminForm
from .history import StoryHistoryMixin
from .inlines import ORDERED_INLINE_MODELS, STORY_INLINES


class StateFilter(admin.SimpleListFilter):
    """Status as editors speak of it: a published story in the future is 'scheduled'."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("review", _("In review")),
            ("scheduled", _("Scheduled")),
            ("live", _("Live")),
            ("withdrawn", _("Withdrawn")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "live":
            return queryset.published()
        if value == "scheduled":
            return queryset.scheduled()
        if value in {"draft", "review", "withdrawn"}:
            return queryset.filter(status=value)
        return queryset


@admin.register(Story)
class StoryAdmin(StoryActions, StoryHistoryMixin, VersionAdmin):
    form = StoryAdminForm
    list_display = [
        "headline",
        "state",
        "published_at",
        "updated_at",
        "pending_questions",
        "last_edited_by",
    ]
    list_filter = [StateFilter, "label", "featured", "authors"]
    search_fields = ["headline", "standfirst", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["headline"]}
    readonly_fields = ["preview_link", "first_published_at", "updated_at", "last_edited_by"]
    list_select_related = ["last_edited_by"]
    fieldsets = [
        (
            _("Headline"),
            {"fields": ["headline", "slug", "standfirst", "label", "preview_link"]},
        ),
        (_("What's happened"), {"fields": ["what_happened"]}),
        (_("What's behind the headline?"), {"fields": ["behind_headline"]}),
        (
            _("What the papers say"),
            {
                "fields": ["papers_say"],
                "description": _("Add one summary per outlet below, under “Source summaries”."),
            },
        ),
        (
            _("How we got here"),
            {
                "fields": ["how_we_got_here"],
                "description": _("Dated steps go in the timeline below."),
            },
        ),
        (_("Hero image"), {"fields": ["hero_image", "hero_alt", "hero_caption", "hero_credit"]}),
        (_("Tags"), {"fields": ["tags"]}),
        (
            _("Publishing"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "featured",
                    "first_published_at",
                    "updated_at",
                    "last_edited_by",
                    "base_version",
                ]
            },
        ),
    ]
    inlines = STORY_INLINES

    def reversion_register(self, model, **kwargs):
        # StoriesConfig.ready() registers the story and its rows (revisions.register), with
        # what a revision follows; importing the admin registers nothing.
        pass

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                pending_count=Count(
                    "questions", filter=Q(questions__status=Question.Status.PENDING)
                )
            )
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        if "status" in form.base_fields:
            # Only a hint in the UI: StoryAdminForm.clean and the services enforce it.
            allowed = permissions.allowed_statuses(request.user, obj.status if obj else None)
            form.base_fields["status"].choices = [
                c for c in form.base_fields["status"].choices if c[0] in allowed
            ]
        return form

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj and not permissions.may_reschedule(request.user, current=obj.status):
            fields.append("published_at")
        return fields

    def has_delete_permission(self, request, obj=None):
        return permissions.can_delete_story(request.user, obj)

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_published() else None

    @admin.display(description=_("state"), ordering="status")
    def state(self, obj):
        return obj.status_string

    @admin.display(description=_("pending questions"), ordering="pending_count")
    def pending_questions(self, obj):
        count = getattr(obj, "pending_count", 0)
        if not count:
            return 0
        url = reverse("admin:stories_question_changelist")
        return format_html(
            '<a href="{}?story__id__exact={}&status__exact=pending">{}</a>', url, obj.pk, count
        )

    @admin.display(description=_("on the site"))
    def preview_link(self, obj):
        if not obj or not obj.pk:
            return "—"
        if obj.is_published():
            return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), _("View live page"))
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> ({})',
            obj.get_absolute_url(),
            _("Preview"),
            _("only staff can see it"),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            story = self.get_object(request, unquote(object_id))
            if story is not None and self.has_change_permission(request, story):
                # Before the revision of this save opens: the state the editor started from.
                revisions.keep_unrecorded_state(story.pk)
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        # Each action's service keeps its own revision per story (VersionAdmin would open one
        # for the whole request).
        context = {"has_change_permission": self.has_change_permission(request)}
        context.update(extra_context or {})
        return admin.ModelAdmin.changelist_view(self, request, context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.StoryChanged:
            # Lost the race with a save that landed after validation; validating again
            # reports the conflict, with what changed.
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        opened = form.cleaned_data.get("base_version") if change else None
        services.story_save(story=obj, user=request.user, opened=opened)

    def save_formset(self, request, form, formset, change):
        if formset.model not in ORDERED_INLINE_MODELS:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)
        kept = [
            (i, f)
            for i, f in enumerate(formset.forms)
            if f.instance not in formset.deleted_objects
            and (f.instance.pk or f.has_changed())
            and not (formset.can_delete and formset._should_delete_form(f))
        ]
        # 0 or empty means "not placed yet": new rows go to the end.
        kept.sort(
            key=lambda item: (
                not item[1].cleaned_data.get("position"),
                item[1].cleaned_data.get("position") or 0,
                item[0],
            )
        )
        services.story_save_rows(
            story=form.instance,
            model=formset.model,
            rows=[f.instance for _i, f in kept],
            deleted=formset.deleted_objects,
            user=request.user,
            request=request,
        )
        formset.save_m2m()
        return None
