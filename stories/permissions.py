"""Who may do what: every role decision of the newsroom, as Django permissions.

The admin, the views and the services ask the functions below; none of them checks a group
name or ``is_superuser``. The groups are only bundles of these permissions (``GROUPS``), created
by the migrations through ``sync_groups``.
"""

from .models import Story

PUBLISH_STORY = "stories.publish_story"
CHANGE_STORY = "stories.change_story"
DELETE_STORY = "stories.delete_story"
# Taking a story that readers have seen off the database, instead of withdrawing it: legal
# takedowns. No group has it; superusers have every permission.
DELETE_PUBLISHED_STORY = "stories.delete_published_story"
MODERATE_QUESTIONS = "stories.change_question"
DELETE_QUESTION = "stories.delete_question"
VIEW_ASKER = "stories.view_asker"

# A status only an editor may set, or move a story out of.
GUARDED_STATUSES = frozenset({Story.Status.PUBLISHED, Story.Status.WITHDRAWN})


def can_publish(user):
    """Publish, schedule and withdraw stories."""
    return bool(user and user.has_perm(PUBLISH_STORY))


def can_preview(user):
    """See a story that is not public on its reader page, with the preview banner."""
    return bool(user and user.is_authenticated and user.is_staff and user.has_perm(CHANGE_STORY))


def can_change_story(user):
    """Edit a story and its rows, and restore one of its revisions."""
    return bool(user and user.has_perm(CHANGE_STORY))


def can_see_askers(user):
    """See who asked a reader question: their name and e-mail address."""
    return bool(user and user.has_perm(VIEW_ASKER))


def can_moderate(user):
    """Publish, reject, merge and reorder questions."""
    return bool(user and user.has_perm(MODERATE_QUESTIONS))


def can_delete_question(user):
    """Delete a question instead of rejecting it."""
    return bool(user and user.has_perm(DELETE_QUESTION))


def can_delete_story(user, story=None):
    """Delete a story; one that was ever public is withdrawn instead, except by a superuser."""
    if not user.has_perm(DELETE_STORY):
        return False
    if story is not None and story.was_ever_published:
        return user.has_perm(DELETE_PUBLISHED_STORY)
    return True


def allowed_statuses(user, current=None):
    """The statuses this user may give a story whose status is now ``current``."""
    if can_publish(user):
        return set(Story.Status.values)
    if current in GUARDED_STATUSES:
        # Only an editor takes a story off the site, so it keeps the status it has.
        return {current}
    return {Story.Status.DRAFT, Story.Status.REVIEW} | ({current} if current else set())


def may_set_status(user, *, current, status):
    """Whether the user may move a story from ``current`` (None when new) to ``status``."""
    return status == current or status in allowed_statuses(user, current)


def may_reschedule(user, *, current):
    """Whether the user may change when a story with status ``current`` goes or went live."""
    return current != Story.Status.PUBLISHED or can_publish(user)


# What each group may do. Writers write, editors also publish, moderators triage questions.
CONTENT = ["story", "sourcesummary", "timelineentry", "storyupdate", "storyauthor", "storytopic"]

WRITER = (
    [f"stories.{verb}_{model}" for model in CONTENT for verb in ("add", "change", "view", "delete")]
    + [f"stories.{verb}_question" for verb in ("add", "change", "view", "delete")]
    + [f"topics.{verb}_topic" for verb in ("add", "change", "view")]
    + [f"stories.{verb}_outlet" for verb in ("add", "change", "view")]
    + [f"stories.{verb}_author" for verb in ("add", "change", "view")]
    + ["stories.view_storyslugredirect", "stories.view_storytag", "stories.add_storytag"]
    + ["stories.add_taggedstory", "stories.change_taggedstory", "stories.view_taggedstory"]
    + ["stories.delete_taggedstory"]
)

EDITOR = WRITER + [
    PUBLISH_STORY,
    "topics.delete_topic",
    "stories.delete_outlet",
    "stories.delete_author",
    "stories.change_storyslugredirect",
    "stories.delete_storyslugredirect",
    "stories.add_storyslugredirect",
    # The site's name, tagline and logo.
    "publisher.view_siteidentity",
    "publisher.add_siteidentity",
    "publisher.change_siteidentity",
    # The publisher's own pages (about, masthead, policies), which tell readers editors keep them.
    "flatpages.view_flatpage",
    "flatpages.change_flatpage",
]

MODERATOR = ["stories.view_story", "stories.view_question", MODERATE_QUESTIONS, VIEW_ASKER]

GROUPS = {"Writer": WRITER, "Editor": EDITOR, "Moderator": MODERATOR}


def sync_groups(apps):
    """Create or update the three groups; safe to run again.

    Called by migrations with their historical ``apps``: a permission that does not exist yet
    at that point (its model or its custom permission comes in a later migration) is left for
    the migration that adds it, which calls this again. tests/stories/test_permissions.py checks
    that after all migrations each group has exactly its list.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            found = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if found is not None:
                wanted.append(found)
        group.permissions.set(wanted)


def grant_now(apps, schema_editor):
    """For a migration: make every permission that exists by now, then sync the groups.

    Django makes permissions after all migrations have run; a migration that gives a group a
    new permission needs it at once.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    sync_groups(apps)


def take_back(apps, app_label, codenames):
    """For a migration's reverse: remove these permissions from every group."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    for group in Group.objects.all():
        group.permissions.remove(*perms)
