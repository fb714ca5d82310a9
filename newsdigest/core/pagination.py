"""Pages of a list that stay cheap however long the list grows, and never fail on bad input."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.functional import cached_property


class CappedPaginator(Paginator):
    """Counts at most ``cap`` rows, so no page of a huge list costs a COUNT(*) over the archive.

    Past the cap there are no more pages: OFFSET stays small, and late pages stay fast.
    Readers reach older items through filters (topic, date), not page 5,000.
    """

    def __init__(self, object_list, per_page, cap=None, max_pages=100, **kwargs):
        self.cap = cap or int(per_page) * max_pages
        super().__init__(object_list, per_page, **kwargs)

    @cached_property
    def count(self):
        if isinstance(self.object_list, list | tuple):
            return min(len(self.object_list), self.cap)
        # Neither ordering nor annotations change a count; dropping them spares ranking and
        # highlighting every matching row.
        return self.object_list.order_by().values("pk")[: self.cap].count()


def paginate(request, queryset, per_page=None, *, cap=None):
    """A page of results that never fails on bad input: junk or overflow shows a real page."""
    # Capped: an archive of 100 000 explainers costs no COUNT(*) and no huge OFFSET.
    per_page = per_page or settings.NEWSDIGEST["PAGE_SIZE"]
    paginator = CappedPaginator(queryset, per_page, cap=cap)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
