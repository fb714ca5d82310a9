"""Full-text search on PostgreSQL: stored, weighted tsvectors kept current by triggers.

SQLite has no tsvector: there the migration does nothing and stories/search/ falls back to
plain substring matching. The columns are not model fields, so the models stay the same on
both databases.

Weights: A for the headline and the question, B for the standfirst, the lede and the outlets'
titles and summaries, C for the bodies (HTML tags removed).
"""

from django.db import migrations

STORY_VECTOR = """
    setweight(to_tsvector('english', coalesce(NEW.headline, '')), 'A')
    || setweight(to_tsvector('english', coalesce(NEW.standfirst, '')), 'B')
    || setweight(to_tsvector('english', coalesce((
        SELECT string_agg(s.title || ' ' || s.summary, ' ')
        FROM stories_sourcesummary s WHERE s.story_id = NEW.id
    ), '')), 'B')
    || setweight(to_tsvector('english', regexp_replace(
        concat_ws(' ', NEW.what_happened, NEW.behind_headline, NEW.papers_say,
                  NEW.how_we_got_here),
        '<[^>]*>', ' ', 'g')), 'C')
"""

QUESTION_VECTOR = """
    setweight(to_tsvector('english', coalesce(NEW.text, '')), 'A')
    || setweight(to_tsvector('english', coalesce(NEW.lede, '')), 'B')
    || setweight(to_tsvector('english', regexp_replace(coalesce(NEW.answer, ''),
        '<[^>]*>', ' ', 'g')), 'C')
"""

STORY_COLUMNS = "headline, standfirst, what_happened, behind_headline, papers_say, how_we_got_here"

FORWARDS = [
    "ALTER TABLE stories_story ADD COLUMN search_vector tsvector",
    "ALTER TABLE stories_question ADD COLUMN search_vector tsvector",
    f"""
    CREATE FUNCTION stories_story_search_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := {STORY_VECTOR};
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    f"""
    CREATE TRIGGER stories_story_search_vector_trg
    BEFORE INSERT OR UPDATE OF {STORY_COLUMNS} ON stories_story
    FOR EACH ROW EXECUTE FUNCTION stories_story_search_vector()
    """,
    # Summaries are part of their story's vector: a statement-level trigger touches each
    # story once per statement, so a bulk insert of summaries costs one update per story.
    f"""
    CREATE FUNCTION stories_sourcesummary_touch_story() RETURNS trigger AS $$
    BEGIN
        UPDATE stories_story SET headline = headline
        WHERE id IN (SELECT DISTINCT story_id FROM changed);
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER stories_sourcesummary_insert_trg AFTER INSERT ON stories_sourcesummary
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stories_sourcesummary_touch_story()
    """,
    """
    CREATE TRIGGER stories_sourcesummary_update_trg AFTER UPDATE ON stories_sourcesummary
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stories_sourcesummary_touch_story()
    """,
    """
    CREATE TRIGGER stories_sourcesummary_delete_trg AFTER DELETE ON stories_sourcesummary
    REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stories_sourcesummary_touch_story()
    """,
    f"""
    CREATE FUNCTION stories_question_search_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := {QUESTION_VECTOR};
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER stories_question_search_vector_trg
    BEFORE INSERT OR UPDATE OF text, lede, answer ON stories_question
    FOR EACH ROW EXECUTE FUNCTION stories_question_search_vector()
    """,
    "UPDATE stories_story SET headline = headline",
    "UPDATE stories_question SET text = text",
    "CREATE INDEX stories_story_search_idx ON stories_story USING gin (search_vector)",
    "CREATE INDEX stories_question_search_idx ON stories_question USING gin (search_vector)",
]

BACKWARDS = [
    "DROP TRIGGER IF EXISTS stories_question_search_vector_trg ON stories_question",
    "DROP FUNCTION IF EXISTS stories_question_search_vector()",
    "DROP TRIGGER IF EXISTS stories_sourcesummary_delete_trg ON stories_sourcesummary",
    "DROP TRIGGER IF EXISTS stories_sourcesummary_update_trg ON stories_sourcesummary",
    "DROP TRIGGER IF EXISTS stories_sourcesummary_insert_trg ON stories_sourcesummary",
    "DROP FUNCTION IF EXISTS stories_sourcesummary_touch_story()",
    "DROP TRIGGER IF EXISTS stories_story_search_vector_trg ON stories_story",
    "DROP FUNCTION IF EXISTS stories_story_search_vector()",
    "ALTER TABLE stories_question DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE stories_story DROP COLUMN IF EXISTS search_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_question_text_hash_notify_consent"),
    ]

    operations = [
        migrations.RunPython(_run(FORWARDS), _run(BACKWARDS), elidable=False),
    ]
