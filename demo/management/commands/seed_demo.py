import random
import time
from datetime import date, timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from demo import content as demo_content
from newsdigest.core.invalidation import invalidate_pages
from stories.models import (
    Author,
    Outlet,
    Question,
    SourceSummary,
    Story,
    StoryAuthor,
    StoryTopic,
    StoryUpdate,
    TimelineEntry,
)
from topics.models import Topic

STATUS_FOR = {
    "published": Story.Status.PUBLISHED,
    "scheduled": Story.Status.PUBLISHED,
    "draft": Story.Status.DRAFT,
    "review": Story.Status.REVIEW,
    "withdrawn": Story.Status.WITHDRAWN,
}

PALETTES = [
    ((24, 52, 86), (196, 120, 64)),
    ((30, 70, 60), (210, 190, 120)),
    ((70, 40, 80), (220, 150, 110)),
    ((20, 60, 100), (120, 180, 200)),
    ((90, 50, 30), (230, 200, 150)),
    ((40, 40, 60), (170, 180, 210)),
]


def hero_image(seed):
    """An abstract illustration, so the demo has real images without shipping photos."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    top, bottom = rnd.choice(PALETTES)
    width, height = 1600, 900
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)),
        )
    for _ in range(7):
        x, y, r = rnd.randint(0, width), rnd.randint(0, height), rnd.randint(60, 320)
        shade = tuple(min(255, c + rnd.randint(10, 60)) for c in rnd.choice((top, bottom)))
        draw.ellipse([x - r, y - r, x + r, y + r], outline=shade, width=rnd.randint(3, 14))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


class Command(BaseCommand):
    help = (
        "Load the demo newsroom: authors, outlets, topics and explainers in every state. "
        "Safe to run again. --stories N adds N generated explainers for measuring at scale."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stories", type=int, default=0, help="Extra generated explainers to add."
        )
        parser.add_argument(
            "--no-images", action="store_true", help="Skip drawing hero images (faster)."
        )

    def handle(self, *args, stories=0, no_images=False, **options):
        started = time.monotonic()
        self.now = timezone.now()
        created = self.load_demo(images=not no_images)
        extra = self.generate(stories) if stories else 0
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready in {elapsed:.1f}s: {created} demo explainers added "
                f"({Story.objects.count()} in all, {Story.objects.published().count()} public), "
                f"{extra} generated, {Topic.objects.count()} topics, "
                f"{Outlet.objects.count()} outlets, {Question.objects.count()} questions."
            )
        )

    # --- the hand-written newsroom -------------------------------------------------------

    @transaction.atomic
    def load_demo(self, images=True):
        authors = {}
        for data in demo_content.AUTHORS:
            authors[data["slug"]], _ = Author.objects.get_or_create(
                slug=data["slug"], defaults={k: v for k, v in data.items() if k != "slug"}
            )
        outlets = {}
        for data in demo_content.OUTLETS:
            defaults = {k: v for k, v in data.items() if k != "slug"}
            defaults["lean_rated_on"] = date.fromisoformat(defaults["lean_rated_on"])
            outlets[data["slug"]], _ = Outlet.objects.get_or_create(
                slug=data["slug"], defaults=defaults
            )
        topics = {}
        for data in demo_content.TOPICS:
            defaults = {k: v for k, v in data.items() if k not in {"slug", "related"}}
            topics[data["slug"]], _ = Topic.objects.get_or_create(
                slug=data["slug"], defaults=defaults
            )
        for data in demo_content.TOPICS:
            topics[data["slug"]].related.add(*(topics[s] for s in data["related"]))

        created = 0
        total = len(demo_content.STORIES)
        for index, data in enumerate(demo_content.STORIES, start=1):
            if Story.objects.filter(slug=data["slug"]).exists():
                continue
            self.create_story(data, authors, outlets, topics, images=images)
            created += 1
            self.stdout.write(f"  [{index}/{total}] {data['headline']}")
        return created

    def create_story(self, data, authors, outlets, topics, images=True):
        hours = data.get("published_hours_ago")
        published_at = self.now - timedelta(hours=hours) if hours is not None else None
        story = Story(
            slug=data["slug"],
            headline=data["headline"],
            standfirst=data["standfirst"],
            label=data["label"],
            what_happened=data["what_happened"],
            behind_headline=data["behind_headline"],
            papers_say=data["papers_say"],
            how_we_got_here=data["how_we_got_here"],
            status=STATUS_FOR[data["status"]],
            published_at=published_at,
            featured=data.get("featured", False),
            hero_caption=data.get("hero_caption", ""),
            hero_credit=data.get("hero_credit", ""),
            hero_alt=data.get("hero_alt", "") or data.get("hero_caption", ""),
        )
        if data["status"] == "withdrawn":
            story.first_published_at = published_at
            story.withdrawn_at = self.now - timedelta(hours=max(1, (hours or 2) // 2))
        if images:
            story.hero_image.save(
                f"{data['slug']}.jpg", ContentFile(hero_image(data["slug"])), save=False
            )
        story.save()
        for position, slug in enumerate(data["authors"], start=1):
            StoryAuthor.objects.create(story=story, author=authors[slug], position=position)
        for position, slug in enumerate(data["topics"], start=1):
            StoryTopic.objects.create(story=story, topic=topics[slug], position=position)
        story.tags.add(*data["tags"])
        for entry in data.get("timeline", []):
            TimelineEntry.objects.create(
                story=story, date=date.fromisoformat(entry["date"]), text=entry["text"]
            )
        for position, source in enumerate(data["sources"], start=1):
            SourceSummary.objects.create(
                story=story,
                outlet=outlets[source["outlet"]],
                title=source["title"],
                url=source["url"],
                published_on=timezone.localdate(self.now - timedelta(hours=source["hours_ago"])),
                summary=source["summary"],
                position=position,
            )
        for position, q in enumerate(data["questions"], start=1):
            Question.objects.create(
                story=story,
                text=q["text"],
                slug=q["slug"],
                lede=q["lede"],
                answer=q["answer"],
                status=Question.Status.PUBLISHED,
                origin=Question.Origin.EDITORIAL,
                position=position,
                submitted_at=published_at or self.now,
            )
        for update in data.get("updates", []):
            StoryUpdate.objects.create(
                story=story,
                kind=update["kind"],
                note=update["note"],
                created_at=self.now - timedelta(hours=update["hours_ago"]),
            )
        return story

    # --- generated archive for scale ------------------------------------------------------

    WORDS = (
        "harbour council budget ferry grid reservoir tariff vaccine orbit quota census bridge "
        "tribunal wildfire pension rail drought festival archive summit levy strike merger "
        "coastline reactor satellite curriculum housing court"
    ).split()

    def generate(self, count, batch=2000):
        rnd = random.Random(20261125)
        outlets = list(Outlet.objects.all())
        topics = list(Topic.objects.all())
        authors = list(Author.objects.all())
        if not (outlets and topics and authors):
            self.stderr.write("Generated stories need the demo's outlets, topics and authors.")
            return 0
        start = Story.objects.filter(slug__startswith="archive-").count()
        started = time.monotonic()
        made = 0
        while made < count:
            size = min(batch, count - made)
            with transaction.atomic():
                self._generate_batch(rnd, start + made, size, outlets, topics, authors)
            made += size
            rate = made / max(time.monotonic() - started, 0.001)
            self.stdout.write(f"  generated {made}/{count} explainers ({rate:.0f}/s)")
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner keeps the plans it chose for an empty archive.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        # bulk_create sends no signals: pages cached before the seed must go.
        invalidate_pages()
        return made

    def _generate_batch(self, rnd, offset, size, outlets, topics, authors):
        stories = []
        for i in range(offset, offset + size):
            a, b, c = rnd.sample(self.WORDS, 3)
            headline = f"Why the {a} {b} matters for the {c} debate ({i})"
            paragraph = " ".join(
                f"The {rnd.choice(self.WORDS)} question turns on the {rnd.choice(self.WORDS)}."
                for _ in range(6)
            )
            published_at = self.now - timedelta(minutes=30 + i * 7)
            stories.append(
                Story(
                    slug=f"archive-{i}-{slugify(f'{a}-{b}-{c}')}",
                    headline=headline,
                    standfirst=f"What the {a} row means for the {b}.",
                    what_happened=f"<p>{paragraph}</p>",
                    behind_headline=f"<p>{paragraph}</p>",
                    how_we_got_here=f"<p>{paragraph}</p>",
                    status=Story.Status.PUBLISHED,
                    published_at=published_at,
                    first_published_at=published_at,
                )
            )
        Story.objects.bulk_create(stories, batch_size=500)
        # bulk_create returns primary keys on PostgreSQL and SQLite alike.
        links, tlinks, sources, questions = [], [], [], []
        for story in stories:
            links.append(StoryAuthor(story=story, author=rnd.choice(authors), position=1))
            for position, topic in enumerate(rnd.sample(topics, 3), start=1):
                tlinks.append(StoryTopic(story=story, topic=topic, position=position))
            for position, outlet in enumerate(rnd.sample(outlets, 3), start=1):
                sources.append(
                    SourceSummary(
                        story=story,
                        outlet=outlet,
                        title=f"{outlet.name} on the {story.headline[8:40]}",
                        url=f"{outlet.homepage.rstrip('/') or 'https://example.org'}/a/{story.pk}",
                        published_on=story.published_at.date(),
                        summary=f"{outlet.name} reports on the {rnd.choice(self.WORDS)} angle.",
                        position=position,
                    )
                )
            for position in (1, 2):
                word, other = rnd.choice(self.WORDS), rnd.choice(self.WORDS)
                questions.append(
                    Question(
                        story=story,
                        text=f"What does the {word} change mean ({story.pk}-{position})?",
                        slug=f"q-{story.pk}-{position}",
                        lede=f"A short answer about the {word}.",
                        answer=f"<p>The {word} matters because of the {other}.</p>",
                        status=Question.Status.PUBLISHED,
                        position=position,
                        submitted_at=story.published_at,
                    )
                )
        StoryAuthor.objects.bulk_create(links, batch_size=1000)
        StoryTopic.objects.bulk_create(tlinks, batch_size=1000)
        SourceSummary.objects.bulk_create(sources, batch_size=1000)
        Question.objects.bulk_create(questions, batch_size=1000)
