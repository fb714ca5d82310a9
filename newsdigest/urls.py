from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("newsdigest newsroom")
admin.site.site_title = _("newsdigest")
admin.site.index_title = _("Explainers, questions and topics")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("topics/", include("topics.urls")),
    path("", include("stories.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
