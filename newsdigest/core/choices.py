"""A cheaper ``get_FOO_display()`` for models whose choice labels are translated lazily."""

from django.utils.encoding import force_str


class ChoiceDisplayMixin:
    """Translate only the chosen label, not every label of the field.

    Django's own ``_get_FIELD_display`` builds a dict of all choices through ``make_hashable``,
    which hashes, and so translates, every lazy label each time it is called: six look-ups for
    one outlet's lean, repeated for every outlet, story card and topic card on a page. Comparing
    values instead gives the same answer for the plain string choices these models use.
    """

    def _get_FIELD_display(self, field):  # noqa: N802 - the name Django looks up
        value = getattr(self, field.attname)
        for choice, label in field.flatchoices:
            if choice == value:
                return force_str(label, strings_only=True)
        return force_str(value, strings_only=True)
