"""A text field for editor rich text that is cleaned on the server whatever the form sent."""

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db import models
from django.utils.safestring import mark_safe

from .sanitize import ALLOWED_SUMMARY, clean_html


class RichTextarea(AdminTextareaWidget):
    """A textarea for HTML with buttons that type the allowed tags, and a cleaned preview."""

    template_name = "core/widgets/richtext.html"

    class Media:
        css = {"all": ["core/richtext-admin.css"]}
        js = ["core/richtext-admin.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["allowed"] = ALLOWED_SUMMARY
        # What readers will see: the preview is the cleaned value, never the raw input.
        context["widget"]["preview"] = mark_safe(clean_html(value))  # noqa: S308 - cleaned just now
        return context


class RichTextField(models.TextField):
    """TextField whose value is reduced to the rich-text allow-list on validation and on save.

    Cleaning in pre_save covers every path to the database that calls save(): the admin, a
    crafted POST, services and fixtures alike. The column is a plain text column, so
    deconstruct() presents the field to migrations as the TextField it is stored as.
    """

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.TextField", args, kwargs

    def to_python(self, value):
        value = super().to_python(value)
        return clean_html(value) if value else value

    def pre_save(self, model_instance, add):
        value = clean_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        widget = kwargs.get("widget")
        if widget is None or (isinstance(widget, type) and issubclass(widget, forms.Textarea)):
            kwargs["widget"] = RichTextarea
        return super().formfield(**kwargs)
