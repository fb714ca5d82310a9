from datetime import timedelta

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import format_html
from django.utils.timezone import template_localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import moderation, notifications, revisions, services
from .models import (
    Author,
    Outlet,
    Question,
    SourceSummary,
    Story,
    StoryAuthor,
    StorySlugRedirect,
    StoryTopic,
    StoryUpdate,
    TimelineEntry,
)

ORDERED_INLINE_MODELS = (SourceSummary, StoryAuthor, StoryTopic, Question)

# StoryAdmin is a VersionAdmin: our registration (with its follow list) must come first.
revisions.register()


class StaleStoryError(Exception):
    """Another save won the race between the version check and the write."""


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


class StoryAdminForm(forms.ModelForm):
    # Set per request by StoryAdmin.get_form: the permission check must run on the server.
    user = None
    # The story's version when the editor opened the form; a save from an older one is refused.
    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Story
        # StoryAdmin.fieldsets decide what is shown; this is the editable whole.
        fields = [
            "headline",
            "slug",
            "standfirst",
            "label",
            "what_happened",
            "behind_headline",
            "papers_say",
            "how_we_got_here",
            "hero_image",
            "hero_alt",
            "hero_caption",
            "hero_credit",
            "tags",
            "status",
            "published_at",
            "featured",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "base_version" in self.fields:
            self.fields["base_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        self._check_version(cleaned.get("base_version"))
        status = cleaned.get("status")
        published_at = cleaned.get("published_at")
        original = None
        if self.instance.pk:
            original = (
                Story.objects.filter(pk=self.instance.pk).values("status", "published_at").first()
            )
        guarded = {Story.Status.PUBLISHED, Story.Status.WITHDRAWN}
        if not services.can_publish(self.user):
            was = original["status"] if original else None
            if status in guarded and status != was:
                raise ValidationError(
                    {
                        "status": _(
                            "Only editors can publish or withdraw. Save as draft or "
                            "choose “In review” to send it to an editor."
                        )
                    }
                )
            if original and was in guarded and status not in guarded | {None}:
                raise ValidationError({"status": _("Only editors can take a story off the site.")})
            if (
                original
                and was == Story.Status.PUBLISHED
                and "published_at" in self.fields
                and published_at != original["published_at"]
            ):
                raise ValidationError(
                    {"published_at": _("Only editors can change when a story goes live.")}
                )
        if status == Story.Status.PUBLISHED and not published_at and "published_at" in self.fields:
            cleaned["published_at"] = timezone.now()
        return cleaned

    def _check_version(self, opened):
        """Refuse a save made from a form opened before someone else's save: never overwrite."""
        if not self.instance.pk:
            return
        live = Story.objects.filter(pk=self.instance.pk).select_related("last_edited_by").first()
        if live is None or (opened is not None and opened == live.version):
            return
        who, when = _last_change(live)
        errors = [
            _(
                "%(who)s changed this story at %(when)s, after you opened it. Your changes have "
                "not been saved, so nothing of theirs was overwritten."
            )
            % {"who": who or _("Someone else"), "when": localize(template_localtime(when))}
        ]
        kept = revisions.story_version_at(live.pk, opened) if opened is not None else None
        if kept is not None:
            difference = revisions.compare(
                revisions.revision_snapshot(kept.revision), revisions.live_snapshot(live)
            )
            lines = revisions.summary_lines(difference)
            if lines:
                errors.append(_("What changed since you opened it:"))
                errors.extend(lines)
        errors.append(
            format_html(
                '<a href="{}">{}</a> {}',
                reverse("admin:stories_story_change", args=[live.pk]),
                _("Reload the story"),
                _("to edit the current text (copy anything you want to keep first)."),
            )
        )
        raise ValidationError([ValidationError(e, code="stale") for e in errors])


def _last_change(story):
    """Who changed the story or one of its questions last, and when, from the admin log."""
    questions = [str(pk) for pk in story.questions.values_list("pk", flat=True)]
    entry = (
        LogEntry.objects.filter(
            Q(content_type=ContentType.objects.get_for_model(Story), object_id=str(story.pk))
            | Q(content_type=ContentType.objects.get_for_model(Question), object_id__in=questions)
        )
        .select_related("user")
        .order_by("-action_time")
        .first()
    )
    if entry is not None and entry.action_time >= story.updated_at - timedelta(seconds=1):
        return entry.user, entry.action_time
    return story.last_edited_by, story.updated_at


class OrderedInlineMixin:
    """Position is editable; the admin renumbers rows 1..n in the order the editor chose."""

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj else self.extra


class StoryAuthorInline(OrderedInlineMixin, admin.TabularInline):
    model = StoryAuthor
    autocomplete_fields = ["author"]
    extra = 1
    verbose_name = _("byline")
    verbose_name_plural = _("bylines")


class SourceSummaryInline(OrderedInlineMixin, admin.StackedInline):
    model = SourceSummary
    autocomplete_fields = ["outlet"]
    extra = 1
    fields = [("outlet", "position"), "title", "url", "published_on", "summary"]
    classes = ["collapse-open"]


class TimelineEntryInline(admin.TabularInline):
    model = TimelineEntry
    extra = 0


class StoryTopicInline(OrderedInlineMixin, admin.TabularInline):
    model = StoryTopic
    autocomplete_fields = ["topic"]
    extra = 1
    verbose_name = _("topic")
    verbose_name_plural = _("topics (“More on these topics”)")


class QuestionInline(OrderedInlineMixin, admin.StackedInline):
    model = Question
    extra = 0
    fields = [("text", "status", "position"), "slug", "lede", "answer"]
    prepopulated_fields = {"slug": ["text"]}
    verbose_name = _("question")
    verbose_name_plural = _("questions (“Go deeper”)")
    show_change_link = True

    def get_queryset(self, request):
        # Reader questions waiting for moderation belong in the queue, not on the page form.
        return super().get_queryset(request).exclude(status=Question.Status.PENDING)


class StoryUpdateInline(admin.TabularInline):
    model = StoryUpdate
    extra = 0
    fields = ["kind", "note", "created_at"]
    verbose_name_plural = _("updates and corrections (public log)")


@admin.register(Story)
class StoryAdmin(VersionAdmin):
    form = StoryAdminForm
    object_history_template = "admin/stories/story/object_history.html"
    history_latest_first = True
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
    actions = ["publish_selected", "withdraw_selected"]
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
    inlines = [
        StoryAuthorInline,
        SourceSummaryInline,
        TimelineEntryInline,
        QuestionInline,
        StoryTopicInline,
        StoryUpdateInline,
    ]

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
        if not services.can_publish(request.user) and "status" in form.base_fields:
            # Only a hint in the UI: StoryAdminForm.clean enforces it.
            current = obj.status if obj else None
            allowed = {Story.Status.DRAFT, Story.Status.REVIEW, current}
            form.base_fields["status"].choices = [
                c for c in form.base_fields["status"].choices if c[0] in allowed
            ]
        return form

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not services.can_publish(request.user) and obj and obj.status == Story.Status.PUBLISHED:
            fields.append("published_at")
        return fields

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not services.can_publish(request.user):
            actions.pop("publish_selected", None)
            actions.pop("withdraw_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.was_ever_published and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

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

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name="{}_{}_compare".format(*info),
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            self._keep_opened_state(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def _keep_opened_state(self, request, object_id):
        """Keep the state an editor opens when no revision holds it yet (stories made outside
        the admin), so that a refused save can say exactly what changed since."""
        story = Story.objects.filter(pk=unquote(object_id)).first()
        if story is None or not self.has_change_permission(request, story):
            return
        if revisions.story_version_at(story.pk, story.version) is not None:
            return
        with reversion.create_revision():
            reversion.set_comment(_("Kept as it was when first opened for editing."))
            reversion.add_to_revision(story)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        live = getattr(request, "_live_story_state", None)
        if live is not None and object_id:
            # Inside a restore: the revert rewrote the whole row, but the version number and the
            # publishing state stay as they are live, so a restore is checked and saved like an
            # edit and never republishes or unpublishes by itself.
            Story.objects.filter(pk=unquote(object_id)).update(**live)
        token = revisions.saving_story_form.set(True)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleStoryError:
            # Lost the race with a concurrent save; validating again reports the conflict.
            return super().changeform_view(request, object_id, form_url, extra_context)
        finally:
            revisions.saving_story_form.reset(token)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        with transaction.atomic(using=router.db_for_write(Story)):
            # Locked until the restore is saved or rolled back.
            live = (
                Story.objects.select_for_update()
                .filter(pk=unquote(object_id))
                .values(*revisions.WORKFLOW_FIELDS)
                .first()
            )
            if live is not None:
                request._live_story_state = live
            return super().revision_view(request, object_id, version_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        log, kept = [], []
        if obj is not None:
            log = (
                LogEntry.objects.filter(
                    content_type=ContentType.objects.get_for_model(Story), object_id=str(obj.pk)
                )
                .select_related("user")
                .order_by("-action_time")
            )
            kept = (
                Version.objects.get_for_object(obj)
                .select_related("revision", "revision__user")
                .order_by("-pk")
            )
        context = {
            "action_list": [
                {
                    "revision": version.revision,
                    "version_id": version.pk,
                    "url": reverse("admin:stories_story_revision", args=[obj.pk, version.pk]),
                }
                for version in kept
            ],
            "admin_log": log,
            "compare_url": reverse("admin:stories_story_compare", args=[object_id]),
        }
        context.update(extra_context or {})
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        """Two kept revisions of a story side by side, field by field, inlines included."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        story = get_object_or_404(Story, pk=unquote(object_id))
        versions = Version.objects.get_for_object(story).select_related(
            "revision", "revision__user"
        )
        try:
            chosen = sorted(
                (versions.get(pk=int(request.GET[key])) for key in ("a", "b")),
                key=lambda v: v.revision.date_created,
            )
        except (KeyError, ValueError, Version.DoesNotExist):
            self.message_user(request, _("Choose two revisions to compare."), messages.WARNING)
            return self.history_view(request, object_id)
        older, newer = chosen
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": story,
            "title": _("Compare revisions of “%(story)s”") % {"story": story},
            "older": older,
            "newer": newer,
            "older_url": reverse("admin:stories_story_revision", args=[story.pk, older.pk]),
            "newer_url": reverse("admin:stories_story_revision", args=[story.pk, newer.pk]),
            "history_url": reverse("admin:stories_story_history", args=[story.pk]),
            "difference": revisions.compare(
                revisions.revision_snapshot(older.revision),
                revisions.revision_snapshot(newer.revision),
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/stories/story/compare.html", context)

    def save_model(self, request, obj, form, change):
        if change:
            opened = form.cleaned_data.get("base_version")
            # The check and the increment are one statement: of two concurrent saves from the
            # same version, exactly one matches.
            won = Story.objects.filter(pk=obj.pk, version=opened).update(version=F("version") + 1)
            if not won:
                raise StaleStoryError
            obj.version = opened + 1
        previous = None
        if change:
            previous = Story.objects.filter(pk=obj.pk).values("status").first()
        became = obj.status if (previous or {}).get("status") != obj.status else None
        if became == Story.Status.WITHDRAWN:
            obj.withdrawn_at = timezone.now()
        obj.last_edited_by = request.user
        super().save_model(request, obj, form, change)
        if became == Story.Status.PUBLISHED:
            services.log_action(request.user, obj, _("Published."))
        elif became == Story.Status.WITHDRAWN:
            services.log_action(request.user, obj, _("Withdrawn."))

    def save_formset(self, request, form, formset, change):
        if formset.model not in ORDERED_INLINE_MODELS:
            return super().save_formset(request, form, formset, change)
        parent = form.instance
        # Park existing rows out of the way so renumbering never trips the unique positions.
        formset.model.objects.filter(story=parent, position__isnull=False).update(
            position=F("position") + 10000
        )
        formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        kept = [
            (i, f)
            for i, f in enumerate(formset.forms)
            if f.instance not in formset.deleted_objects
            and (f.instance.pk or f.has_changed())
            and not (formset.can_delete and formset._should_delete_form(f))
        ]
        numbered = [
            f
            for i, f in sorted(
                kept,
                key=lambda item: (
                    # 0 or empty means "not placed yet": new rows go to the end.
                    not item[1].cleaned_data.get("position"),
                    item[1].cleaned_data.get("position") or 0,
                    item[0],
                ),
            )
        ]
        position = 0
        moderated = []
        for f in numbered:
            instance = f.instance
            instance.story = parent
            if formset.model is Question and "status" in f.changed_data:
                # A status set here is a moderation decision like one made in the queue.
                instance.moderated_by = request.user
                instance.moderated_at = timezone.now()
                moderated.append(instance)
            if formset.model is Question and instance.position is None:
                instance.save()
                continue
            position += 1
            instance.position = position
            instance.save()
        # Rows the formset did not show (pending questions) keep their relative order.
        for instance in formset.model.objects.filter(story=parent, position__gte=10000).order_by(
            "position"
        ):
            position += 1
            instance.position = position
            instance.save(update_fields=["position"])
        formset.save_m2m()
        for question in moderated:
            notifications.notify_answered(question, request=request)

    @admin.action(description=_("Publish selected stories now"))
    def publish_selected(self, request, queryset):
        if not services.can_publish(request.user):
            raise PermissionDenied
        count = 0
        for story in queryset.exclude(status=Story.Status.PUBLISHED):
            try:
                services.story_publish(story=story, user=request.user, at=timezone.now())
            except ValidationError as exc:
                self.message_user(request, f"{story}: {exc}", messages.ERROR)
                continue
            count += 1
        self.message_user(
            request,
            ngettext("%(n)d story published.", "%(n)d stories published.", count) % {"n": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw selected stories from the site"))
    def withdraw_selected(self, request, queryset):
        if not services.can_publish(request.user):
            raise PermissionDenied
        count = 0
        for story in queryset.filter(status=Story.Status.PUBLISHED):
            services.story_withdraw(story=story, user=request.user)
            count += 1
        self.message_user(
            request,
            ngettext("%(n)d story withdrawn.", "%(n)d stories withdrawn.", count) % {"n": count},
            messages.SUCCESS,
        )


class QueueOrderFilter(admin.SimpleListFilter):
    title = _("origin")
    parameter_name = "origin"

    def lookups(self, request, model_admin):
        return Question.Origin.choices

    def queryset(self, request, queryset):
        return queryset.filter(origin=self.value()) if self.value() else queryset


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    """The moderation queue: pending first, oldest first; publish, reject with a reason, merge."""

    form = moderation.QuestionAdminForm
    list_display = ["text", "story", "status", "asked_by", "submitted_at", "moderated_by"]
    list_filter = ["status", QueueOrderFilter]
    search_fields = ["text", "story__headline"]
    list_select_related = ["story", "moderated_by"]
    autocomplete_fields = ["story", "merged_into"]
    actions = ["publish_selected", "reject_selected", "merge_selected"]
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
        if moderation.sees_askers(request.user):
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
        into = form.cleaned_data.get("merged_into")
        merging = into is not None and "merged_into" in form.changed_data
        if merging:
            obj.merged_into = None
            super().save_model(request, obj, form, change)
            services.question_merge(question=obj, into=into, user=request.user, request=request)
            return
        if "status" in form.changed_data or not change:
            if obj.status == Question.Status.PUBLISHED:
                services.question_publish(question=obj, user=request.user, request=request)
                return
            if obj.status == Question.Status.REJECTED:
                services.question_reject(
                    question=obj, user=request.user, reason=obj.rejection_reason
                )
                return
            if change:
                obj.moderated_by = request.user
                obj.moderated_at = timezone.now()
        elif obj.status == Question.Status.PUBLISHED and "position" in form.changed_data:
            if obj.position is not None:
                services._make_room(obj)
        super().save_model(request, obj, form, change)
        if obj.status == Question.Status.PUBLISHED:
            # Sends nothing if the askers were told already; retries a mail that failed.
            notifications.notify_answered(obj, request=request)

    @admin.action(description=_("Publish selected answered questions"))
    def publish_selected(self, request, queryset):
        done = 0
        for question in queryset.exclude(status=Question.Status.PUBLISHED):
            try:
                services.question_publish(question=question, user=request.user, request=request)
            except ValidationError:
                self.message_user(
                    request,
                    _("“%(q)s” has no answer yet: write one, then publish.") % {"q": question},
                    messages.WARNING,
                )
                continue
            done += 1
        self.message_user(
            request,
            ngettext("%(n)d question published.", "%(n)d questions published.", done) % {"n": done},
        )

    @admin.action(description=_("Reject selected questions…"))
    def reject_selected(self, request, queryset):
        form = moderation.RejectForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            done = 0
            for question in queryset.exclude(status=Question.Status.REJECTED):
                services.question_reject(
                    question=question, user=request.user, reason=form.cleaned_data["reason"]
                )
                done += 1
            self.message_user(
                request,
                ngettext("%(n)d question rejected.", "%(n)d questions rejected.", done)
                % {"n": done},
            )
            return None
        return moderation.intermediate_page(
            self,
            request,
            queryset,
            action="reject_selected",
            title=_("Reject questions"),
            form=form,
            template="admin/stories/question/reject_selected.html",
        )

    @admin.action(description=_("Merge selected into another question…"))
    def merge_selected(self, request, queryset):
        stories = set(queryset.values_list("story_id", flat=True))
        if len(stories) != 1:
            self.message_user(
                request,
                _("Choose questions about one explainer: only those can be merged."),
                messages.ERROR,
            )
            return None
        candidates = (
            Question.objects.filter(story_id=stories.pop(), merged_into__isnull=True)
            .exclude(pk__in=queryset.values("pk"))
            .order_by("status", "position", "submitted_at")
        )
        form = moderation.MergeForm(
            request.POST if "apply" in request.POST else None, candidates=candidates
        )
        if form.is_valid():
            into = form.cleaned_data["into"]
            done = 0
            for question in queryset.filter(merged_into__isnull=True):
                try:
                    services.question_merge(
                        question=question, into=into, user=request.user, request=request
                    )
                except ValidationError as exc:
                    self.message_user(request, f"{question}: {exc.messages[0]}", messages.ERROR)
                    continue
                done += 1
            self.message_user(
                request,
                ngettext(
                    "%(n)d question merged into “%(into)s”.",
                    "%(n)d questions merged into “%(into)s”.",
                    done,
                )
                % {"n": done, "into": into},
            )
            return None
        return moderation.intermediate_page(
            self,
            request,
            queryset,
            action="merge_selected",
            title=_("Merge questions"),
            form=form,
            template="admin/stories/question/merge_selected.html",
        )


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
