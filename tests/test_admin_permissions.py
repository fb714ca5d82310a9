"""Who may do what in the admin: every registered model admin × every role × every admin view.

The matrix is the newsroom's policy written out (stories/permissions.py): a model admin that is
registered without a row here fails the coverage test, so a new admin cannot ship unexamined.
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.urls import reverse
from taggit.models import Tag

from publisher.models import SiteIdentity
from stories.models import StorySlugRedirect
from tests.factories import (
    AuthorFactory,
    OutletFactory,
    QuestionFactory,
    StoryFactory,
    TopicFactory,
    UserFactory,
)

STAFF_ROLES = ["Writer", "Editor", "Moderator"]
ROLES = [*STAFF_ROLES, "superuser", "non-staff", "anonymous"]

# What each group may do per model admin: v(iew), a(dd), c(hange), d(elete).
POLICY = {
    "auth.group": {"Writer": "", "Editor": "", "Moderator": ""},
    "auth.user": {"Writer": "", "Editor": "", "Moderator": ""},
    "sites.site": {"Writer": "", "Editor": "", "Moderator": ""},
    "flatpages.flatpage": {"Writer": "", "Editor": "vc", "Moderator": ""},
    "taggit.tag": {"Writer": "", "Editor": "", "Moderator": ""},
    "topics.topic": {"Writer": "vac", "Editor": "vacd", "Moderator": ""},
    "stories.story": {"Writer": "vacd", "Editor": "vacd", "Moderator": "v"},
    "stories.question": {"Writer": "vacd", "Editor": "vacd", "Moderator": "vc"},
    "stories.outlet": {"Writer": "vac", "Editor": "vacd", "Moderator": ""},
    "stories.author": {"Writer": "vac", "Editor": "vacd", "Moderator": ""},
    "stories.storyslugredirect": {"Writer": "v", "Editor": "vacd", "Moderator": ""},
    "publisher.siteidentity": {"Writer": "", "Editor": "vac", "Moderator": ""},
}

# One-row settings answer some views their own way, for everyone allowed in: the list opens
# the row, there is no second row to add, and the row is never deleted (editing it is).
SINGLE_ROW = {
    "publisher.siteidentity": {
        "changelist GET": 302,
        "add GET": 403,
        "add POST": 403,
        "delete GET": 403,
        "delete POST": 403,
    },
}

# One object of each model for the change and delete views; a story never published may be
# deleted by writers (published ones are withdrawn: see the last test).
BUILDERS = {
    "auth.group": lambda: Group.objects.create(name="Matrix group"),
    "auth.user": lambda: UserFactory(username="matrix-user", is_staff=False),
    # An explicit id: the default site was inserted with id 1, which PostgreSQL's sequence
    # does not know about.
    "sites.site": lambda: Site.objects.create(pk=900, domain="matrix.example", name="Matrix"),
    "flatpages.flatpage": lambda: FlatPage.objects.create(
        url="/matrix/", title="Matrix", content="Matrix page."
    ),
    "taggit.tag": lambda: Tag.objects.create(name="matrix", slug="matrix"),
    "topics.topic": lambda: TopicFactory(),
    "stories.story": lambda: StoryFactory(draft=True),
    "stories.question": lambda: QuestionFactory(pending=True, story=StoryFactory()),
    "stories.outlet": lambda: OutletFactory(),
    "stories.author": lambda: AuthorFactory(),
    "stories.storyslugredirect": lambda: StorySlugRedirect.objects.create(
        old_slug="old-address", story=StoryFactory()
    ),
    "publisher.siteidentity": lambda: SiteIdentity.objects.create(name="Matrix Digest"),
}

VIEWS = [
    "changelist GET",
    "add GET",
    "add POST",
    "change GET",
    "change POST",
    "delete GET",
    "delete POST",
]


def registered():
    return sorted(model._meta.label_lower for model in admin.site._registry)


def expected_status(role, label, view):
    """The answer the policy promises for one cell of the matrix."""
    if role in {"anonymous", "non-staff"}:
        return 302  # to the login page
    allowed = "vacd" if role == "superuser" else POLICY[label][role]
    needs = {
        "changelist GET": "vc",
        "add GET": "a",
        "add POST": "a",
        "change GET": "vc",
        "change POST": "c",
        "delete GET": "d",
        "delete POST": "d",
    }[view]
    if not set(needs) & set(allowed):
        return 403
    if view in SINGLE_ROW.get(label, {}):
        return SINGLE_ROW[label][view]
    # An empty add or change POST comes back with its errors; a confirmed delete redirects.
    return 302 if view == "delete POST" else 200


def user_for(role):
    if role == "anonymous":
        return None
    if role == "superuser":
        return UserFactory(username="matrix-root", is_superuser=True)
    if role == "non-staff":
        return UserFactory(username="matrix-reader", is_staff=False)
    return UserFactory(username=f"matrix-{role.lower()}", groups=[role])


def request(client, label, view, obj):
    app_label, model_name = label.split(".")
    kind, method = view.split()
    args = [] if kind in {"changelist", "add"} else [obj.pk]
    url = reverse(f"admin:{app_label}_{model_name}_{kind}", args=args)
    if method == "GET":
        return url, client.get(url)
    data = {"post": "yes"} if kind == "delete" else {}
    return url, client.post(url, data)


def test_every_registered_admin_has_a_row_in_the_matrix():
    """A new model admin must state who may use it before it ships."""
    assert sorted(POLICY) == registered()
    assert sorted(BUILDERS) == registered()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("label", registered())
def test_admin_views_answer_each_role_as_the_policy_says(client, label, role):
    """Changelist, add, change and delete, by GET and POST: each cell gets its status."""
    obj = BUILDERS[label]()
    user = user_for(role)
    if user is not None:
        client.force_login(user)
    model = type(obj)
    count_before = model._default_manager.count()
    got, want = {}, {}
    for view in VIEWS:
        url, response = request(client, label, view, obj)
        got[view] = response.status_code
        want[view] = expected_status(role, label, view)
        if want[view] == 302 and role in {"anonymous", "non-staff"}:
            assert response["Location"].startswith(reverse("admin:login")), url
    assert got == want
    gone = label not in SINGLE_ROW and (
        "d" in (POLICY[label].get(role, "") if role in STAFF_ROLES else "") or role == "superuser"
    )
    assert model._default_manager.filter(pk=obj.pk).exists() is not gone
    # An empty add POST never creates anything, whoever sends it.
    assert model._default_manager.count() == count_before - (1 if gone else 0)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Writer", "Editor"])
def test_a_story_that_was_ever_published_cannot_be_deleted_by_staff(client, role):
    """Writers and editors withdraw published stories; only a superuser may delete them."""
    story = StoryFactory()
    client.force_login(user_for(role))
    url = reverse("admin:stories_story_delete", args=[story.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert story.__class__.objects.filter(pk=story.pk).exists()
