"""Factories for tests. A story's default is "published yesterday"; traits give the rest."""

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from stories.models import (
    Author,
    Outlet,
    Question,
    SourceSummary,
    Story,
    StoryAuthor,
    StoryTopic,
    StoryUpdate,
)
from topics.models import Topic


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@newsroom.test")
    is_staff = True
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*(Group.objects.get(name=name) for name in extracted))


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Reporter {n}")
    slug = factory.Sequence(lambda n: f"reporter-{n}")
    role = "Staff writer"


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"The Daily Lantern {n}")
    slug = factory.Sequence(lambda n: f"daily-lantern-{n}")
    homepage = factory.LazyAttribute(lambda o: f"https://{o.slug}.example/")
    lean = Outlet.Lean.CENTRE


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    kind = Topic.Kind.SUBJECT
    bio = "A subject in the news."


class StoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Story
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Harbour board weighs plan number {n}")
    slug = factory.Sequence(lambda n: f"harbour-plan-{n}")
    standfirst = "A short line that sets up the explainer."
    what_happened = "<p>The board met and voted on the plan.</p>"
    behind_headline = "<p>The vote reflects a long argument about money.</p>"
    how_we_got_here = "<p>The plan was first floated two years ago.</p>"
    status = Story.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    class Params:
        draft = factory.Trait(status=Story.Status.DRAFT, published_at=None)
        in_review = factory.Trait(status=Story.Status.REVIEW, published_at=None)
        scheduled = factory.Trait(
            status=Story.Status.PUBLISHED,
            published_at=factory.LazyFunction(lambda: timezone.now() + timedelta(days=1)),
        )
        withdrawn = factory.Trait(
            status=Story.Status.WITHDRAWN,
            first_published_at=factory.LazyFunction(lambda: timezone.now() - timedelta(days=3)),
        )


class StoryAuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryAuthor

    story = factory.SubFactory(StoryFactory)
    author = factory.SubFactory(AuthorFactory)
    position = factory.Sequence(lambda n: n + 1)


class StoryTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryTopic

    story = factory.SubFactory(StoryFactory)
    topic = factory.SubFactory(TopicFactory)
    position = factory.Sequence(lambda n: n + 1)


class SourceSummaryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SourceSummary

    story = factory.SubFactory(StoryFactory)
    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Original report {n}")
    url = factory.Sequence(lambda n: f"https://lantern.example/report-{n}")
    summary = "The outlet reported the vote and the reaction."
    position = factory.Sequence(lambda n: n + 1)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    story = factory.SubFactory(StoryFactory)
    text = factory.Sequence(lambda n: f"What happens to the harbour plan next, part {n}?")
    slug = factory.Sequence(lambda n: f"harbour-next-{n}")
    lede = "A short lede."
    answer = "<p>The board will vote again in spring.</p>"
    status = Question.Status.PUBLISHED
    position = factory.Sequence(lambda n: n + 1)

    class Params:
        pending = factory.Trait(
            status=Question.Status.PENDING,
            slug=None,
            answer="",
            position=None,
            origin=Question.Origin.READER,
        )
        rejected = factory.Trait(status=Question.Status.REJECTED, position=None)


class StoryUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryUpdate

    story = factory.SubFactory(StoryFactory)
    kind = StoryUpdate.Kind.UPDATE
    note = "Added the council's response."
