"""The moderation queue: pending questions first, oldest first; publish, reject, merge."""

from django.contrib import admin
from django.db.models import Case, IntegerField, Value, When
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .. import permissions, services
from ..models import Question
from .actions import QuestionActions
from .forms import QuestionAdminForm


class QueueOrderFilter(admin.SimpleListFilter):
    title = _("origin")
    parameter_name = "origin"

    def lookups(self, request, model_admin):
        return Question.Origin.choices

    def queryset(self, request, queryset):
        return queryset.filter(origin=self.value()) if self.value() else queryset


@admin.register(Question)
class QuestionAdmin(QuestionActions, admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ["text", "story", "status", "asked_by", "submitted_at", "moderated_by"]
    list_filter = ["status", QueueOrderFilter]
    search_fields = ["text", "story__headline"]
    list_select_related = ["story", "moderated_by"]
    autocomplete_fields = ["story", "merged_into"]
    readonly_fields = [
        "origin",
        "asker_name",
        "asker_email",
        "asked_by",
        "submitted_at",
        "moderated_by",
        "moderated_at",
        "notified_at",
        "page_link",
    ]
    fieldsets = [
        (
            None,
            {"fields": ["story", "text", "slug", "lede", "answer", "position", "page_link"]},
        ),
        (_("Moderation"), {"fields": ["status", "rejection_reason", "merged_into"]}),
        (
            _("Asker (never shown publicly)"),
            {"fields": ["origin", "asker_name", "asker_email", "asked_by", "submitted_at"]},
        ),
        (_("History"), {"fields": ["moderated_by", "moderated_at", "notified_at"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if permissions.can_see_askers(request.user):
            return fieldsets
        hidden = {"asker_name", "asker_email"}
        return [
            (name, {**opts, "fields": [f for f in opts["fields"] if f not in hidden]})
            for name, opts in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            # A question belongs to the explainer it was asked about.
            fields.append("story")
        return fields

    def get_ordering(self, request):
        # The queue: pending questions first, oldest first.
        pending_first = Case(
            When(status=Question.Status.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return [pending_first.asc(), "submitted_at", "pk"]

    @admin.display(description=_("asked by"), ordering="ask_count")
    def asked_by(self, obj):
        return ngettext("%(n)d reader", "%(n)d readers", obj.ask_count) % {"n": obj.ask_count}

    @admin.display(description=_("page"))
    def page_link(self, obj):
        if obj and obj.pk and obj.slug and obj.is_published():
            return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), _("View live page"))
        return "—"

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.slug and obj.is_published() else None

    def save_model(self, request, obj, form, change):
        into = form.merging()
        if into is not None:
            services.question_merge(question=obj, into=into, user=request.user, request=request)
        else:
            services.question_save(question=obj, user=request.user, request=request)

    def delete_model(self, request, obj):
        services.question_delete(question=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for question in queryset:
            services.question_delete(question=question, user=request.user)
