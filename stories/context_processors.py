from django.utils.functional import SimpleLazyObject

from publisher.identity import site_context


def site(request):
    """Site name, tagline and logo for every template; read only by a template that shows them."""
    return {"site": SimpleLazyObject(lambda: site_context(request))}
