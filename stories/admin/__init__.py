"""The editors' admin: the story form and list, the moderation queue, and the directories.

Every change it makes goes through ``stories.services``; who may do what is decided in
``stories.permissions``.
"""

from .directory import AuthorAdmin, OutletAdmin, StorySlugRedirectAdmin
from .forms import QuestionAdminForm, StoryAdminForm
from .question import QuestionAdmin
from .story import StoryAdmin

__all__ = [
    "AuthorAdmin",
    "OutletAdmin",
    "QuestionAdmin",
    "QuestionAdminForm",
    "StoryAdmin",
    "StoryAdminForm",
    "StorySlugRedirectAdmin",
]
