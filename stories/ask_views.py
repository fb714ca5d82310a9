"""Readers ask questions: the form's own page, the POST endpoint, and the thank-you page.

The form is normally shown inside an explainer (includes/ask_form.html); its own page exists
so a reader without JavaScript can be shown what to fix, and so the form has an address.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from newsdigest.core import ratelimit, robots

from . import services
from .forms import AskForm
from .models import Story


def _public_story(slug):
    return get_object_or_404(Story.objects.published(), slug=slug)


def from_this_site(request):
    """Whether a POST was sent by a page of this site, as the browser tells it.

    Browsers mark every request with Sec-Fetch-Site, and older ones send Origin with a POST;
    a form on another site gives itself away by either. A client that sends neither is not a
    browser another site can drive, and meets the stamp and the rate limit like everyone else.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in {"same-origin", "none"}
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin in {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


def _private(response):
    # The form carries a fresh signed stamp and a CSRF token: never share it through a cache.
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return robots.header(response)


# No CSRF cookie: the form sits on public pages, which set no cookies so that any cache may
# keep them. The question is anonymous (the session plays no part), so a forged POST gains
# nothing a direct one would not; cross-site posts are refused by from_this_site, and the
# signed stamp and the rate limit apply to every POST.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def ask(request, slug):
    """Show the ask form (GET) or take a question (POST), then redirect to the thank-you page."""
    robots.keep_out(request)
    story = _public_story(slug)
    if request.method == "POST" and not from_this_site(request):
        raise PermissionDenied
    if request.method == "GET":
        form = AskForm(story=story)
        return _private(render(request, "stories/ask.html", {"story": story, "ask_form": form}))

    decision = ratelimit.hit_ask(request)
    if not decision.allowed:
        return rate_limited(request, story, decision.retry_after)

    form = AskForm(request.POST, story=story)
    valid = form.is_valid()
    if form.trapped:
        # A bot is told what a person is told, and nothing is stored.
        return redirect("stories:ask_thanks", slug=story.slug)
    if valid:
        try:
            services.question_ask(
                story=story,
                text=form.cleaned_data["question"],
                asker_name=form.cleaned_data["name"],
                asker_email=form.cleaned_data["email"],
                notify_consent=form.cleaned_data["notify"],
                request=request,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("stories:ask_thanks", slug=story.slug)
    # Errors: a fresh stamp, so correcting them is not mistaken for a stale form.
    form.data = form.data.copy()
    form.data["stamp"] = AskForm(story=story).initial["stamp"]
    return _private(render(request, "stories/ask.html", {"story": story, "ask_form": form}))


def rate_limited(request, story, retry_after):
    """429 with Retry-After, and a page that says when the reader may try again."""
    context = {
        "story": story,
        "retry_after": retry_after,
        "retry_minutes": max(1, -(-retry_after // 60)),
        "retry_at": timezone.localtime(timezone.now() + timedelta(seconds=retry_after)),
    }
    response = render(request, "stories/ask_rate_limited.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    return _private(response)


@require_GET
def ask_thanks(request, slug):
    """What happens next, after a question was sent."""
    robots.keep_out(request)
    story = _public_story(slug)
    return render(request, "stories/ask_thanks.html", {"story": story})
