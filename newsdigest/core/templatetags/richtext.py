from django import template
from django.utils.safestring import mark_safe

from newsdigest.core.sanitize import clean_html

register = template.Library()


@register.filter(is_safe=True)
def richtext(value):
    """Render editor rich text through the allow-list, whatever is in the database."""
    return mark_safe(clean_html(value))  # noqa: S308 - cleaned by nh3 just above
