"""The search package's seams: the registered kinds and the backend for the database in use."""

import pytest
from django.db import connection

from stories.search.backends import PostgresBackend, SearchBackend, SubstringBackend, backend
from stories.search.forms import SearchForm
from stories.search.kinds import DEFAULT, KINDS
from stories.search.text import query_terms
from tests.factories import QuestionFactory, StoryFactory, TopicFactory

WORD = "ptarmigan"
SCOPE = {"topic": "", "since": None, "until": None}


def make_explainers():
    StoryFactory(headline=f"Hidden {WORD} count", draft=True)
    return StoryFactory(headline=f"The {WORD} count", standfirst=f"Why the {WORD} matters").headline


def make_questions():
    hidden = StoryFactory(headline="Hidden", draft=True)
    QuestionFactory(story=hidden, text=f"Where is the hidden {WORD}?")
    QuestionFactory(text=f"Who counts the pending {WORD}?", pending=True)
    return QuestionFactory(text=f"Who counts the {WORD}?", lede=f"The {WORD} survey.").text


def make_topics():
    return TopicFactory(name=f"{WORD.title()} Ridge", bio=f"Where the {WORD} nests.").name


# One public row of each kind that the word finds, beside rows of it that are not public.
MAKERS = {"stories": make_explainers, "questions": make_questions, "topics": make_topics}


def test_every_registered_kind_has_a_test_here():
    """A kind registered without a row to find here would go untested on both databases."""
    assert set(MAKERS) == set(KINDS)


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(MAKERS))
def test_each_kind_finds_only_its_public_rows(name):
    """Each kind counts, ranks, pages and marks its public matches on this database."""
    title = MAKERS[name]()
    kind, engine = KINDS[name], backend()
    assert kind.count(engine, WORD, SCOPE) == 1
    objects = kind.page_objects(engine, WORD, kind.results(engine, WORD, SCOPE))
    hits = kind.hits(engine, objects, query_terms(WORD))
    assert [hit.title for hit in hits] == [title]
    assert hits[0].kind == name
    assert "<mark>" in hits[0].excerpt


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_each_kind_declares_fields_its_model_has(name):
    """What a kind declares names real fields, so neither backend meets a typo at run time."""
    kind = KINDS[name]
    opts = kind.model._meta
    names = {
        *kind.fields,
        *kind.weights,
        *kind.excerpt_fields,
        *(field for tier in kind.tiers for field in tier),
    }
    for field in names:
        opts.get_field(field)  # raises FieldDoesNotExist for a name the model lacks
    assert set(kind.markup_fields) <= set(kind.excerpt_fields)
    assert set(field for tier in kind.tiers for field in tier) <= set(kind.fields)
    for relation, fields in kind.related.items():
        related = opts.get_field(relation).related_model
        for field in fields:
            related._meta.get_field(field)


def test_backend_matches_the_database_vendor():
    """PostgreSQL gets full-text search, anything else the substring fallback, chosen once."""
    expected = PostgresBackend if connection.vendor == "postgresql" else SubstringBackend
    assert type(backend()) is expected
    assert isinstance(backend(), SearchBackend)
    assert backend() is backend()


def test_an_unknown_kind_shows_the_default():
    """The form hands the view a registered kind, whatever the address says."""
    assert SearchForm({"q": WORD, "kind": "nonsense"}).filters()["kind"] is DEFAULT
    assert SearchForm({"q": WORD, "kind": "questions"}).filters()["kind"] is KINDS["questions"]
