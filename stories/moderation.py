"""Moderators' forms and the admin's intermediate pages for rejecting and merging questions."""

from django import forms
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Question

# The group roles.py creates for the people who triage reader questions.
MODERATOR_GROUP = "Moderator"


def sees_askers(user):
    """Only moderators (and superusers) see who asked: nobody else needs it."""
    return user.is_superuser or user.groups.filter(name=MODERATOR_GROUP).exists()


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
        if status == Question.Status.PUBLISHED:
            if not (cleaned.get("answer") or "").strip():
                self.add_error("answer", _("Write an answer before publishing the question."))
            elif "slug" in self.fields and not cleaned.get("slug"):
                # The page needs an address; the constraint check below would refuse none.
                cleaned["slug"] = services.question_slug(
                    cleaned.get("text") or self.instance.text, exclude_pk=self.instance.pk
                )
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
