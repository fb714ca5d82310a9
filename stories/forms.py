"""The readers' question form. Everything a reader sends is hostile until it passes here."""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .reader_text import clean_text, count_links

QUESTION_MIN = 15
QUESTION_MAX = 300
NAME_MAX = 100
EMAIL_MAX = 254
MAX_LINKS = 2
# A person needs a few seconds to read the page and type; a signed form older than this
# was kept open (or harvested) too long.
MIN_AGE_SECONDS = 3
MAX_AGE_SECONDS = 2 * 60 * 60
STAMP_SALT = "stories.ask.stamp"
HONEYPOT_FIELD = "website"


class _StampSigner(signing.TimestampSigner):
    """A TimestampSigner whose clock can be set, so a test can sign a form 'ten seconds ago'."""

    def __init__(self, *, at=None):
        super().__init__(salt=STAMP_SALT)
        self._at = at

    def timestamp(self):
        return signing.b62_encode(int(time.time() if self._at is None else self._at))

    def age(self, signed, now=None):
        """The signed value and its age in seconds; BadSignature when it was tampered with."""
        # Signer.unsign checks the signature and keeps the timestamp, which the age needs.
        value, stamp = signing.Signer.unsign(self, signed).rsplit(self.sep, 1)
        now = time.time() if now is None else now
        return value, now - signing.b62_decode(stamp)


def make_stamp(story, *, at=None):
    """The signed, timed token a fresh ask form carries for this story."""
    return _StampSigner(at=at).sign(str(story.pk))


def stamp_is_fresh(stamp, story, *, now=None):
    """True when the token is ours, for this story, and between 3 seconds and 2 hours old."""
    try:
        value, age = _StampSigner().age(stamp, now=now)
    except (signing.BadSignature, ValueError):
        return False
    return value == str(story.pk) and MIN_AGE_SECONDS <= age <= MAX_AGE_SECONDS


class AskForm(forms.Form):
    """A reader's question. ``trapped`` is set when a bot gave itself away: it is told 'thanks'."""

    question = forms.CharField(
        label=_("Your question"),
        # max_length checks the text as sent, before NFKC can expand it (one character can
        # become eighteen): the cost of normalising is bounded by this cap.
        max_length=QUESTION_MAX,
        widget=forms.Textarea(attrs={"rows": 3, "minlength": QUESTION_MIN}),
        help_text=_("Between 15 and 300 characters."),
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=NAME_MAX,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail (optional)"),
        max_length=EMAIL_MAX,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Only used to tell you once when your question is answered."),
    )
    notify = forms.BooleanField(
        label=_("E-mail me once when my question is answered."),
        required=False,
        help_text=_("We delete the address afterwards, and never show it or your name."),
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, story, **kwargs):
        # Its own id prefix: the form shares a page with search and other forms.
        kwargs.setdefault("auto_id", "ask-%s")
        super().__init__(*args, **kwargs)
        self.story = story
        self.trapped = False
        if not self.is_bound:
            self.initial["stamp"] = make_stamp(story)

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._is_bot():
            self.trapped = True

    def _is_bot(self):
        honeypot = self.data.get(HONEYPOT_FIELD, "")
        return bool(honeypot) or not stamp_is_fresh(self.data.get("stamp", ""), self.story)

    def clean_question(self):
        value = clean_text(self.cleaned_data["question"])
        if len(value) < QUESTION_MIN:
            raise forms.ValidationError(
                _("Please write a little more: at least %(min)d characters."),
                code="min_length",
                params={"min": QUESTION_MIN},
            )
        if len(value) > QUESTION_MAX:
            raise forms.ValidationError(
                _("Please shorten your question to %(max)d characters."),
                code="max_length",
                params={"max": QUESTION_MAX},
            )
        if count_links(value) > MAX_LINKS:
            raise forms.ValidationError(
                _("Please include at most %(max)d links."),
                code="links",
                params={"max": MAX_LINKS},
            )
        return value

    def clean_name(self):
        value = clean_text(self.cleaned_data["name"])[:NAME_MAX]
        if count_links(value):
            raise forms.ValidationError(_("A name cannot contain a web address."), code="links")
        return value

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("notify"):
            self.add_error(
                "notify",
                _("Tick this box if you want us to e-mail you, or leave the e-mail address empty."),
            )
        if not cleaned.get("email"):
            cleaned["notify"] = False
        return cleaned
