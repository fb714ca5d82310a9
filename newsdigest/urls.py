from django.conf import settings
from django.contrib import admin
from django.contrib.flatpages import views as flatpage_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from newsdigest.core import views as core_views

admin.site.site_header = _("newsdigest newsroom")
admin.site.site_title = _("newsdigest")
admin.site.index_title = _("Explainers, questions and topics")

# The 500 page (newsdigest.core.views), or the 503 page when the database is down.
handler500 = "newsdigest.core.outage.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", core_views.healthz, name="healthz"),
    path("topics/", include("topics.urls")),
    path("about/", flatpage_views.flatpage, {"url": "/about/"}, name="about"),
    path("masthead/", flatpage_views.flatpage, {"url": "/masthead/"}, name="masthead"),
    path(
        "corrections-policy/",
        flatpage_views.flatpage,
        {"url": "/corrections-policy/"},
        name="corrections_policy",
    ),
    path(
        "ethics-policy/", flatpage_views.flatpage, {"url": "/ethics-policy/"}, name="ethics_policy"
    ),
    path("", include("stories.urls")),
]

if settings.NEWSDIGEST_BENCH:
    from newsdigest import bench

    urlpatterns.insert(0, path("bench/ceiling/", bench.ceiling, name="bench_ceiling"))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
