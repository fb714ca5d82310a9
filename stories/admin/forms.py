"""The admin's forms. They validate and explain; saving goes through ``stories.services``."""

from datetime import timedelta

from django import forms
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import format_html
from django.utils.timezone import template_localtime
from django.utils.translation import gettext_lazy as _

from .. import permissions, revisions, services
from ..models import Question, Story
from ..services import locking


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
        if self.instance.pk and not locking.is_current(
            self.instance.pk, cleaned.get("base_version")
        ):
            raise ValidationError(
                [
                    ValidationError(e, code="stale")
                    for e in conflict_messages(self.instance.pk, cleaned.get("base_version"))
                ]
            )
        status = cleaned.get("status")
        published_at = cleaned.get("published_at")
        original = None
        if self.instance.pk:
            original = (
                Story.objects.filter(pk=self.instance.pk).values("status", "published_at").first()
            )
        current = original["status"] if original else None
        if status and not permissions.may_set_status(self.user, current=current, status=status):
            if status in permissions.GUARDED_STATUSES:
                message = _(
                    "Only editors can publish or withdraw. Save as draft or "
                    "choose “In review” to send it to an editor."
                )
            else:
                message = _("Only editors can take a story off the site.")
            raise ValidationError({"status": message})
        if (
            original
            and "published_at" in self.fields
            and published_at != original["published_at"]
            and not permissions.may_reschedule(self.user, current=current)
        ):
            raise ValidationError(
                {"published_at": _("Only editors can change when a story goes live.")}
            )
        if status == Story.Status.PUBLISHED and not published_at and "published_at" in self.fields:
            cleaned["published_at"] = timezone.now()
        return cleaned


def conflict_messages(story_pk, opened):
    """Why a save made from version ``opened`` was refused: who saved since, what changed, and
    how to go on."""
    live = Story.objects.filter(pk=story_pk).select_related("last_edited_by").get()
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
    return errors


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


def _check_publishable(form, cleaned):
    """Publishing needs an answer, and a page address (made from the text if none is given)."""
    if cleaned.get("status") != Question.Status.PUBLISHED:
        return
    if not (cleaned.get("answer") or "").strip():
        form.add_error("answer", _("Write an answer before publishing the question."))
    elif "slug" in form.fields and not cleaned.get("slug"):
        # The page needs an address; the constraint check would refuse none.
        cleaned["slug"] = services.question_slug(
            cleaned.get("text") or form.instance.text, exclude_pk=form.instance.pk
        )


class QuestionInlineForm(forms.ModelForm):
    """A question row of the story form: publishing it there is moderation as in the queue."""

    def clean(self):
        cleaned = super().clean()
        _check_publishable(self, cleaned)
        return cleaned


class QuestionAdminForm(forms.ModelForm):
    """The moderator's form: publishing needs an answer, rejecting needs a reason."""

    class Meta:
        model = Question
        fields = [
            "story",
            "text",
            "slug",
            "lede",
            "answer",
            "position",
            "status",
            "rejection_reason",
            "merged_into",
        ]

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        into = cleaned.get("merged_into")
        story = cleaned.get("story") or getattr(self.instance, "story", None)
        if into is not None and into != self.initial_merged_into():
            if self.instance.pk and services.question_root(into).pk == self.instance.pk:
                self.add_error("merged_into", _("A question cannot be merged into itself."))
            elif story is not None and into.story_id != story.pk:
                self.add_error(
                    "merged_into", _("Only questions about the same explainer can be merged.")
                )
            return cleaned
        _check_publishable(self, cleaned)
        if (
            status == Question.Status.REJECTED
            and status != self.initial.get("status")
            and not (cleaned.get("rejection_reason") or "").strip()
        ):
            self.add_error(
                "rejection_reason", _("Say why, for the other moderators: it is never shown.")
            )
        return cleaned

    def initial_merged_into(self):
        return self.instance.merged_into if self.instance.pk else None

    def merging(self):
        """The question the moderator chose to merge this one into, if that is this save."""
        into = self.cleaned_data.get("merged_into")
        return into if into is not None and "merged_into" in self.changed_data else None


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (kept internally)"),
        max_length=300,
        help_text=_("e.g. spam, off topic, already answered in the explainer"),
    )


class _QuestionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return _("%(text)s (%(status)s, asked by %(n)d)") % {
            "text": obj.text,
            "status": obj.get_status_display(),
            "n": obj.ask_count,
        }


class MergeForm(forms.Form):
    into = _QuestionChoiceField(
        label=_("Merge into"),
        queryset=Question.objects.none(),
        widget=forms.RadioSelect,
        help_text=_("The askers are counted there; the selected questions are closed."),
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = candidates
