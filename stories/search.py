"""Search over published explainers, published questions and topics.

On PostgreSQL: the stored, weighted tsvectors of migration 0004 with their GIN indexes,
websearch_to_tsquery (which accepts any input), ts_rank and ts_headline. On SQLite: substring
matching over the same fields, headline and question hits ranked above summary hits and
those above body hits. Both answer the same behavioural tests.

Everything goes through Story.objects.published() and Question.objects.published().
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC
from urllib.parse import urlencode

from django import forms
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorExact,
    SearchVectorField,
)
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import Col, RawSQL
from django.db.models.functions import Cast, Extract
from django.shortcuts import render
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from newsdigest.core import robots
from newsdigest.core.pagination import CappedPaginator
from topics.models import Topic

from .models import Question, SourceSummary, Story

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
PER_PAGE = 10
MAX_RESULTS = 1000
RANK_WINDOW = MAX_RESULTS
TOPICS_SHOWN = 4
EXCERPT_CHARS = 220
# ts_headline marks hits with these; everything else is escaped before they become <mark>.
MARK_START, MARK_STOP = "\u2062\u2063", "\u2063\u2062"

KINDS = {
    "stories": _("Explainers"),
    "questions": _("Questions"),
    "topics": _("Topics"),
}


def clean_query(raw):
    """The query a reader meant: control characters gone, spaces collapsed, at most 200 chars."""
    text = "".join(
        " " if unicodedata.category(ch).startswith(("C", "Z")) else ch for ch in (raw or "")
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    """Words for the substring fallback and the plain highlighter: letters and digits only."""
    words = re.findall(r"\w+", query.lower())
    seen = []
    for word in words:
        if word not in seen and not (len(word) < 2 and len(words) > 1):
            seen.append(word)
    return seen[:MAX_TERMS]


class SearchForm(forms.Form):
    """The search box and its filters; a bad filter is dropped, never an error page."""

    q = forms.CharField(label=_("Search"), required=False, max_length=2000, strip=False)
    kind = forms.ChoiceField(label=_("Show"), required=False, choices=list(KINDS.items()))
    topic = forms.SlugField(label=_("Topic"), required=False, max_length=200)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def filters(self):
        """The valid filters, with a default for each that is missing or wrong."""
        data = self.cleaned_data if self.is_valid() else {}
        if not data:
            # Keep whichever fields were valid on their own.
            data = {name: self.cleaned_data.get(name) for name in self.fields}
        return {
            "query": clean_query(self.data.get("q", "")),
            "kind": data.get("kind") or "stories",
            "topic": data.get("topic") or "",
            "since": data.get("since"),
            "until": data.get("until"),
        }


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    excerpt: str
    date: object = None
    context: str = ""


# --- backends ---------------------------------------------------------------------------


def _raw(sql, params, output_field):
    # Only this module's constant SQL fragments are interpolated; reader input is a parameter.
    return RawSQL(sql, params, output_field=output_field)  # noqa: S611


class PostgresBackend:
    """Stored tsvectors, GIN indexes, ts_rank and ts_headline.

    Ranking reads every candidate's vector, and a common word matches tens of thousands of
    explainers; so only the newest RANK_WINDOW matches are ranked. That bounds the cost of
    any query, and for news the newest matches are the ones readers look for; the date
    filter reaches further back.
    """

    TSQUERY = "websearch_to_tsquery('english', %s)"

    @staticmethod
    def vector(model):
        """The stored search_vector column, which is no model field (SQLite has none).

        A column reference rather than raw SQL, so it follows the table's alias when the query
        becomes a subquery.
        """
        field = SearchVectorField()
        field.set_attributes_from_name("search_vector")
        field.model = model
        return Col(model._meta.db_table, field)

    @staticmethod
    def tsquery(query):
        return SearchQuery(query, search_type="websearch", config="english")

    def matches(self, model, query):
        return SearchVectorExact(self.vector(model), self.tsquery(query))

    def rank(self, model, query):
        return SearchRank(self.vector(model), self.tsquery(query))

    def headline(self, document_sql, query):
        options = f"StartSel={MARK_START}, StopSel={MARK_STOP}, MaxWords=35, MinWords=15"
        return _raw(
            f"ts_headline('english', {document_sql}, {self.TSQUERY}, %s)",
            [query, options],
            output_field=TextField(),
        )

    def story_matches(self, query, base):
        return base.filter(self.matches(Story, query))

    @staticmethod
    def moment(field):
        """A time as seconds since the epoch: a thousand floats load far faster than datetimes."""
        return Cast(Extract(field, "epoch", tzinfo=UTC), FloatField())

    def story_window(self, query, base):
        return self.story_matches(query, base).annotate(rank=self.rank(Story, query))

    def story_page(self, query, base):
        document = (
            "regexp_replace(concat_ws(' ', stories_story.standfirst, "
            "stories_story.what_happened), '<[^>]*>', ' ', 'g')"
        )
        return base.annotate(excerpt=self.headline(document, query))

    def question_matches(self, query, base):
        return base.filter(self.matches(Question, query))

    def question_window(self, query, base):
        return self.question_matches(query, base).annotate(rank=self.rank(Question, query))

    def question_page(self, query, base):
        document = (
            "regexp_replace(concat_ws(' ', stories_question.lede, stories_question.answer), "
            "'<[^>]*>', ' ', 'g')"
        )
        return base.annotate(excerpt=self.headline(document, query))

    def topics(self, query, base):
        # A few hundred rows: a vector computed on the fly is cheaper than keeping one.
        vector = (
            "setweight(to_tsvector('english', topics_topic.name), 'A') || "
            "setweight(to_tsvector('english', topics_topic.bio), 'B') || "
            "setweight(to_tsvector('english', topics_topic.description), 'C')"
        )
        return (
            base.filter(_raw(f"({vector}) @@ {self.TSQUERY}", [query], output_field=BooleanField()))
            .annotate(
                rank=_raw(f"ts_rank({vector}, {self.TSQUERY})", [query], output_field=FloatField()),
                excerpt=self.headline("concat_ws(' ', topics_topic.bio)", query),
            )
            .order_by("-rank", "name")
        )

    def excerpt(self, obj, terms):
        text = escape(obj.excerpt or "")
        return mark_safe(  # noqa: S308 - escaped above; only our own markers become tags
            text.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
        )


class SubstringBackend:
    """For SQLite: every word must appear somewhere; where it appears sets the rank.

    Like PostgresBackend, only the newest RANK_WINDOW matches are ranked.
    """

    def _all_terms(self, terms, fields, extra=None):
        condition = Q()
        for term in terms:
            any_field = Q()
            for field in fields:
                any_field |= Q(**{f"{field}__icontains": term})
            if extra is not None:
                any_field |= extra(term)
            condition &= any_field
        return condition

    @staticmethod
    def moment(field):
        return F(field)

    def _tier(self, terms, fields):
        return self._all_terms(terms, fields) if terms else Q(pk__in=[])

    def story_matches(self, query, base):
        terms = query_terms(query)
        if not terms:
            return base.none()

        def in_sources(term):
            return Exists(
                SourceSummary.objects.filter(story=OuterRef("pk")).filter(
                    Q(title__icontains=term) | Q(summary__icontains=term)
                )
            )

        bodies = ["what_happened", "behind_headline", "papers_say", "how_we_got_here"]
        condition = self._all_terms(terms, ["headline", "standfirst", *bodies], extra=in_sources)
        return base.filter(condition)

    def story_window(self, query, base):
        terms = query_terms(query)
        return self.story_matches(query, base).annotate(
            rank=Case(
                When(self._tier(terms, ["headline"]), then=Value(3)),
                When(self._tier(terms, ["headline", "standfirst"]), then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )

    def story_page(self, query, base):
        return base

    def question_matches(self, query, base):
        terms = query_terms(query)
        if not terms:
            return base.none()
        return base.filter(self._all_terms(terms, ["text", "lede", "answer"]))

    def question_window(self, query, base):
        terms = query_terms(query)
        return self.question_matches(query, base).annotate(
            rank=Case(
                When(self._tier(terms, ["text"]), then=Value(3)),
                When(self._tier(terms, ["text", "lede"]), then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )

    def question_page(self, query, base):
        return base

    def topics(self, query, base):
        terms = query_terms(query)
        if not terms:
            return base.none()
        return (
            base.filter(self._all_terms(terms, ["name", "bio", "description"]))
            .annotate(
                rank=Case(
                    When(self._tier(terms, ["name"]), then=Value(2)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("-rank", "name")
        )

    def excerpt(self, obj, terms):
        return highlight(_plain_excerpt_source(obj), terms)


def _plain_excerpt_source(obj):
    if isinstance(obj, Story):
        return f"{obj.standfirst} {strip_tags(obj.what_happened)}"
    if isinstance(obj, Question):
        return f"{obj.lede} {strip_tags(obj.answer)}"
    return obj.bio


def highlight(text, terms, width=EXCERPT_CHARS):
    """An escaped excerpt around the first hit, each hit wrapped in <mark>."""
    text = " ".join((text or "").split())
    lowered = text.lower()
    positions = [lowered.find(term) for term in terms if term in lowered]
    start = max(0, min(positions) - width // 3) if positions else 0
    excerpt = text[start : start + width]
    if not terms:
        return escape(excerpt)
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    pieces, last = [], 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(excerpt[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + width < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece escaped


def backend():
    """The backend for the database in use."""
    return PostgresBackend() if connection.vendor == "postgresql" else SubstringBackend()


# --- querysets with filters --------------------------------------------------------------


def _story_base(*, topic="", since=None, until=None):
    base = Story.objects.published().only(
        "headline", "slug", "standfirst", "what_happened", "published_at"
    )
    if topic:
        base = base.filter(storytopic__topic__slug=topic)
    if since:
        base = base.filter(published_at__date__gte=since)
    if until:
        base = base.filter(published_at__date__lte=until)
    return base


def _question_base(*, topic="", since=None, until=None):
    base = (
        Question.objects.published()
        .select_related("story")
        .only("text", "slug", "lede", "answer", "story__headline", "story__published_at")
    )
    if topic:
        base = base.filter(story__storytopic__topic__slug=topic)
    if since:
        base = base.filter(story__published_at__date__gte=since)
    if until:
        base = base.filter(story__published_at__date__lte=until)
    return base


def story_results(query, **scope):
    """Published explainers matching the query, in no order: for counting."""
    return backend().story_matches(query, _story_base(**scope))


def question_results(query, **scope):
    """Published questions on published explainers matching the query, in no order."""
    return backend().question_matches(query, _question_base(**scope))


def _seconds(moment):
    return moment if isinstance(moment, float) else moment.timestamp()


def ranked_window(kind, query, **scope):
    """The newest RANK_WINDOW matches of ``kind`` as (pk, rank, date) rows, best first.

    One query both counts the matches (up to the window) and ranks them; a second one, for
    the page shown, reads the rows and their excerpts. Counting and ranking separately read
    the same matching rows twice.
    """
    engine = backend()
    if kind == "stories":
        window = engine.story_window(query, _story_base(**scope)).order_by("-published_at", "-pk")
        window = window.annotate(moment=engine.moment("published_at"))
        rows = list(window.values_list("pk", "rank", "moment")[:RANK_WINDOW])
        # Best first, then newest, then the higher key: the database's old ORDER BY.
        rows.sort(key=lambda row: (-row[1], -_seconds(row[2]), -row[0]))
    else:
        # Newest questions first: the primary key walks them in that order without a sort.
        window = engine.question_window(query, _question_base(**scope)).order_by("-pk")
        window = window.annotate(moment=engine.moment("story__published_at"))
        rows = list(window.values_list("pk", "rank", "moment")[:RANK_WINDOW])
        rows.sort(key=lambda row: (-row[1], -_seconds(row[2]), row[0]))
    return rows


def page_objects(kind, query, pks):
    """The explainers or questions of one results page, in the order of ``pks``."""
    if not pks:
        return []
    engine = backend()
    if kind == "stories":
        objects = engine.story_page(query, _story_base()).filter(pk__in=pks)
    else:
        objects = engine.question_page(query, _question_base()).filter(pk__in=pks)
    by_pk = {obj.pk: obj for obj in objects}
    return [by_pk[pk] for pk in pks if pk in by_pk]


def topic_results(query):
    """Topics whose name, bio or description matches the query."""
    return backend().topics(query, Topic.objects.only("name", "slug", "kind", "bio"))


def to_hits(kind, objects, terms):
    """Search results as the template shows them, with a safe highlighted excerpt."""
    engine = backend()
    hits = []
    for obj in objects:
        excerpt = engine.excerpt(obj, terms)
        if kind == "stories":
            hits.append(Hit(kind, obj.headline, obj.get_absolute_url(), excerpt, obj.published_at))
        elif kind == "questions":
            hits.append(
                Hit(
                    kind,
                    obj.text,
                    obj.get_absolute_url(),
                    excerpt,
                    obj.story.published_at,
                    context=obj.story.headline,
                )
            )
        else:
            hits.append(
                Hit(kind, obj.name, obj.get_absolute_url(), excerpt, context=obj.get_kind_display())
            )
    return hits


def _capped_count(queryset, window=None):
    """How many results there are, up to MAX_RESULTS (and the ranked window, if smaller)."""
    cap = min(MAX_RESULTS, window) if window else MAX_RESULTS
    return CappedPaginator(queryset, PER_PAGE, cap=cap).count


def _page(request, object_list):
    paginator = CappedPaginator(object_list, PER_PAGE, cap=MAX_RESULTS)
    try:
        return paginator.page(request.GET.get("page", "1"))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


@robots.noindex
def search_view(request):
    """/search/?q=…: explainers, questions or topics, with counts for each kind."""
    form = SearchForm(request.GET)
    filters = form.filters()
    query, kind = filters["query"], filters["kind"]
    context = {
        "form": form,
        "query": query,
        "kind": kind,
        "kinds": KINDS,
        "topic_choices": Topic.objects.order_by("name").values_list("slug", "name"),
    }
    if query:
        scope = {k: filters[k] for k in ("topic", "since", "until")}
        topics = topic_results(query)
        counts = {}
        if kind == "topics":
            page = _page(request, topics)
            objects = page.object_list
        else:
            rows = ranked_window(kind, query, **scope)
            counts[kind] = len(rows)
            page = _page(request, rows)
            objects = page_objects(kind, query, [row[0] for row in page.object_list])
        # The capped count of plain matches equals the count of the ranked window (the newest
        # RANK_WINDOW matches), without sorting every match by date to find that window.
        if "stories" not in counts:
            counts["stories"] = _capped_count(story_results(query, **scope), RANK_WINDOW)
        if "questions" not in counts:
            counts["questions"] = _capped_count(question_results(query, **scope), RANK_WINDOW)
        counts["topics"] = page.paginator.count if kind == "topics" else _capped_count(topics)
        counts = {name: counts[name] for name in KINDS}
        terms = query_terms(query)
        context["page_obj"] = page
        context["results"] = to_hits(kind, objects, terms)
        context["counts"] = counts
        context["max_results"] = MAX_RESULTS
        context["filter_query"] = urlencode(
            {
                "q": query,
                **{k: str(v) for k, v in filters.items() if k in scope and v},
            }
        )
        if kind == "stories" and page.number == 1:
            context["topic_hits"] = to_hits("topics", topics[:TOPICS_SHOWN], terms)
    return render(request, "search/search.html", context)
