"""A story's history in the admin: the log and its revisions, comparing two, restoring one."""

import copy

from django.contrib import messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from reversion.errors import RevertError
from reversion.models import Version
from reversion.utils import mute_signals

from .. import revisions, services
from ..models import Story
from .forms import conflict_messages


class _Preview(Exception):
    """Carries the rendered preview out of the transaction that is rolled back."""

    def __init__(self, response):
        super().__init__()
        self.response = response


def _read_only(context):
    """The restore page shows a revision; only its restore button acts, so no field may take
    typing that the restore would then drop."""
    adminform = context.get("adminform")
    if adminform is not None:
        for name, field in adminform.form.fields.items():
            # The version the page was opened at travels with the restore: the lock needs it.
            field.disabled = name != "base_version"
    for inline in context.get("inline_admin_formsets", ()):
        for form in [*inline.formset.forms, inline.formset.empty_form]:
            for field in form.fields.values():
                field.disabled = True


def _opened(request):
    try:
        return int(request.POST.get("base_version", ""))
    except ValueError:
        return None


class StoryHistoryMixin:
    """For StoryAdmin (a VersionAdmin): history, comparison and restore of revisions."""

    object_history_template = "admin/stories/story/object_history.html"
    history_latest_first = True

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
        """Two revisions of a story side by side, field by field, inlines included."""
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

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """A revision in the story form (a preview, nothing is written); saving restores it
        through ``services.story_restore``."""
        story = self.get_object(request, unquote(object_id))
        if story is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        allowed = (
            self.has_change_permission(request, story)
            if request.method == "POST"
            else self.has_view_or_change_permission(request, story)
        )
        if not allowed:
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(story), pk=version_id)
        if request.method == "POST":
            opened = _opened(request)
            try:
                services.story_restore(
                    story=story, version=version, user=request.user, opened=opened
                )
            except services.StoryChanged:
                for message in conflict_messages(story.pk, opened):
                    self.message_user(request, message, messages.ERROR)
            except (RevertError, models.ProtectedError) as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return HttpResponseRedirect(reverse("admin:stories_story_changelist"))
            else:
                self.message_user(
                    request,
                    format_html(
                        _("The {name} “{obj}” was changed successfully."),
                        name=self.opts.verbose_name,
                        obj=format_html('<a href="{}">{}</a>', request.path, story),
                    ),
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:stories_story_change", args=[story.pk]))
        context = {
            "title": _("Revert %(name)s") % {"name": version.object_repr},
            "revert": True,
            **(extra_context or {}),
        }
        return self._revision_preview(request, story, version, context)

    def _revision_preview(self, request, story, version, context):
        preview = copy.copy(request)
        preview.method = "GET"
        try:
            with (
                transaction.atomic(using=version.db),
                mute_signals(pre_save, post_save, pre_delete, post_delete, m2m_changed),
            ):
                revisions.revert_content(story, version)
                response = self.changeform_view(
                    preview, quote(str(story.pk)), request.path, context
                )
                _read_only(response.context_data)
                response.template_name = self.revision_form_template or [
                    "reversion/stories/story/revision_form.html",
                    "reversion/stories/revision_form.html",
                    "reversion/revision_form.html",
                ]
                response.render()
                raise _Preview(response)
        except _Preview as rendered:
            return rendered.response
        except (RevertError, models.ProtectedError) as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:stories_story_changelist"))
