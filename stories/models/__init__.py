"""The content model of the stories app; docs/architecture.md describes it."""

from .directory import Author, Outlet
from .question import Question, QuestionQuerySet
from .rows import (
    SourceSummary,
    StoryAuthor,
    StorySlugRedirect,
    StoryTopic,
    StoryUpdate,
    TimelineEntry,
)
from .story import Story, StoryQuerySet
from .tags import StoryTag, TaggedStory

__all__ = [
    "Author",
    "Outlet",
    "Question",
    "QuestionQuerySet",
    "SourceSummary",
    "Story",
    "StoryAuthor",
    "StorySlugRedirect",
    "StoryQuerySet",
    "StoryTag",
    "StoryTopic",
    "StoryUpdate",
    "TaggedStory",
    "TimelineEntry",
]
