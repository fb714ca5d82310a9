"""List actions of the story list and of the moderation queue; each calls one service.

Mixed into StoryAdmin and QuestionAdmin; the method names are the actions' names in requests.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .. import permissions, services
from ..models import Question, Story
from .forms import MergeForm, RejectForm


class StoryActions:
    actions = ["publish_selected", "withdraw_selected"]

    def has_publish_permission(self, request):
        return permissions.can_publish(request.user)

    @admin.action(description=_("Publish selected stories now"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        count = 0
        for story in queryset.exclude(status=Story.Status.PUBLISHED):
            try:
                services.story_publish(story=story, user=request.user, at=timezone.now())
            except (ValidationError, PermissionDenied) as exc:
                self.message_user(request, f"{story}: {exc}", messages.ERROR)
                continue
            count += 1
        self.message_user(
            request,
            ngettext("%(n)d story published.", "%(n)d stories published.", count) % {"n": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw selected stories from the site"), permissions=["publish"])
    def withdraw_selected(self, request, queryset):
        count = 0
        for story in queryset.filter(status=Story.Status.PUBLISHED):
            services.story_withdraw(story=story, user=request.user)
            count += 1
        self.message_user(
            request,
            ngettext("%(n)d story withdrawn.", "%(n)d stories withdrawn.", count) % {"n": count},
            messages.SUCCESS,
        )


class QuestionActions:
    actions = ["publish_selected", "reject_selected", "merge_selected"]

    @admin.action(description=_("Publish selected answered questions"), permissions=["change"])
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

    @admin.action(description=_("Reject selected questions…"), permissions=["change"])
    def reject_selected(self, request, queryset):
        form = RejectForm(request.POST if "apply" in request.POST else None)
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
        return intermediate_page(
            self,
            request,
            queryset,
            action="reject_selected",
            title=_("Reject questions"),
            form=form,
            template="admin/stories/question/reject_selected.html",
        )

    @admin.action(description=_("Merge selected into another question…"), permissions=["change"])
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
        form = MergeForm(request.POST if "apply" in request.POST else None, candidates=candidates)
        if not form.is_valid():
            return intermediate_page(
                self,
                request,
                queryset,
                action="merge_selected",
                title=_("Merge questions"),
                form=form,
                template="admin/stories/question/merge_selected.html",
            )
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


def intermediate_page(model_admin, request, queryset, *, action, title, form, template):
    """The confirmation page an action shows before it acts, as Django's delete action does."""
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.model._meta,
        "queryset": queryset,
        "form": form,
        "action": action,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": model_admin.media + form.media,
    }
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, template, context)
