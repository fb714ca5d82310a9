"""The newsroom's groups and what each may do (DESIGN.md, "Roles")."""

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
    "stories.publish_story",
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
]

MODERATOR = ["stories.view_story", "stories.view_question", "stories.change_question"]

GROUPS = {"Writer": WRITER, "Editor": EDITOR, "Moderator": MODERATOR}


def sync_groups(apps):
    """Create or update the three groups; safe to run again.

    A permission of a model that does not exist yet at this point of the migrations (its
    content type is missing) is left for the migration that grants it after creating the
    model; any other missing permission is an error.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for name, perms in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            model = codename.split("_", 1)[1]
            if not ContentType.objects.filter(app_label=app_label, model=model).exists():
                continue
            wanted.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(wanted)
