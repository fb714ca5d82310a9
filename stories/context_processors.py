from django.conf import settings


def site(request):
    """Site name and tagline for every template."""
    return {"site": settings.NEWSDIGEST}
