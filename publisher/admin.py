from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse

from .models import IDENTITY_PK, SiteIdentity


@admin.register(SiteIdentity)
class SiteIdentityAdmin(admin.ModelAdmin):
    """One form, not a list: the changelist opens the identity, or a new one to fill in."""

    fields = ("name", "tagline", "logo")
    readonly_fields = ()

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteIdentity.objects.exists()

    def has_delete_permission(self, request, obj=None):
        # Deleting would only bring back the settings' defaults; editing says what is meant.
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            return super().changelist_view(request, extra_context)
        if SiteIdentity.objects.filter(pk=IDENTITY_PK).exists():
            return redirect(reverse("admin:publisher_siteidentity_change", args=[IDENTITY_PK]))
        if self.has_add_permission(request):
            return redirect(reverse("admin:publisher_siteidentity_add"))
        return super().changelist_view(request, extra_context)

    def get_changeform_initial_data(self, request):
        from .identity import defaults

        site = defaults()
        return {"name": site["SITE_NAME"], "tagline": site["TAGLINE"]}
