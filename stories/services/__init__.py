"""The workflow: every change of a story or a question is one function here.

Reads stay on the querysets (``Story.objects.published()``). These functions are keyword-only,
atomic, ask ``stories.permissions``, are counted by the optimistic lock (``locking``) and leave
an entry in the admin's history. The admin, its actions, the moderation queue, the ask form and
the management commands change stories and questions only through them.
"""

from .history import log_action
from .locking import StoryChanged
from .question import (
    question_ask,
    question_delete,
    question_forget_askers,
    question_merge,
    question_publish,
    question_reject,
    question_reorder,
    question_root,
    question_save,
    question_slug,
)
from .story import (
    story_publish,
    story_restore,
    story_save,
    story_save_rows,
    story_submit,
    story_withdraw,
)

__all__ = [
    "StoryChanged",
    "log_action",
    "question_ask",
    "question_delete",
    "question_forget_askers",
    "question_merge",
    "question_publish",
    "question_reject",
    "question_reorder",
    "question_root",
    "question_save",
    "question_slug",
    "story_publish",
    "story_restore",
    "story_save",
    "story_save_rows",
    "story_submit",
    "story_withdraw",
]
