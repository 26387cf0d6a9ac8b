"""What the direct index search (redaksi/search/candidates.py) needs from the database.

PostgreSQL: a slim copy of Wagtail's search index for stories (below).
SQLite: two covering indexes, so joining an FTS5 match to its index entry and page row
reads narrow index pages instead of the wide rows (a common word with a section filter
went from ~48 ms to ~15 ms at 100 000 stories).

See redaksi/search/candidates.py for why: matching a common word in Wagtail's own
index table reads thousands of wide rows and then looks up every story's page row
for the live/section/date filters. ``search_storyindex`` keeps, per index entry of a
page, the page's filter columns next to the entry's weighted vector, so the filters
become index conditions (GIN for the words, B-tree for the section's tree path and the
entry's age) combined before any row is read.

Triggers keep it current whoever writes: Wagtail's index updates (update_index, the
publish signals), page changes (publishing, moving, deleting) and TRUNCATE (flush). SQLite and other
databases do not use the table.
"""

from django.db import migrations

TABLE = "search_storyindex"

CREATE = f"""
CREATE TABLE {TABLE} (
    entry_id integer PRIMARY KEY,
    content_type_id integer NOT NULL,
    page_id integer NOT NULL,
    live boolean NOT NULL,
    published timestamp with time zone NULL,
    path varchar(255) NOT NULL,
    title tsvector NOT NULL,
    body tsvector NOT NULL
);
CREATE INDEX search_storyindex_body_gin ON {TABLE} USING gin (body);
CREATE INDEX search_storyindex_path ON {TABLE} (path varchar_pattern_ops);
CREATE INDEX search_storyindex_page ON {TABLE} (page_id);

-- One index entry: (re)copied with its page's filter columns, or dropped if it is not a page's.
CREATE FUNCTION search_storyindex_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM {TABLE} WHERE entry_id = OLD.id;
        RETURN NULL;
    END IF;
    DELETE FROM {TABLE} WHERE entry_id = NEW.id;
    IF NEW.object_id ~ '^[0-9]{{1,9}}$' THEN
        INSERT INTO {TABLE}
        SELECT NEW.id, NEW.content_type_id, p.id, p.live, p.first_published_at, p.path,
            NEW.title, NEW.body
        FROM wagtailcore_page AS p
        WHERE p.id = NEW.object_id::integer AND p.content_type_id = NEW.content_type_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER search_storyindex_entry
    AFTER INSERT OR DELETE OR UPDATE OF object_id, content_type_id, title, body
    ON wagtailsearch_indexentry FOR EACH ROW EXECUTE FUNCTION search_storyindex_entry();

-- A page published, withdrawn, moved or deleted: its copies follow.
CREATE FUNCTION search_storyindex_page() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM {TABLE} WHERE page_id = OLD.id;
    ELSE
        UPDATE {TABLE} SET live = NEW.live, published = NEW.first_published_at, path = NEW.path
        WHERE page_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER search_storyindex_page
    AFTER DELETE OR UPDATE OF live, first_published_at, path
    ON wagtailcore_page FOR EACH ROW EXECUTE FUNCTION search_storyindex_page();

-- TRUNCATE (Django's flush, emptying the index) fires no row trigger.
CREATE FUNCTION search_storyindex_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {TABLE};
    RETURN NULL;
END $$;
CREATE TRIGGER search_storyindex_truncate AFTER TRUNCATE ON wagtailsearch_indexentry
    FOR EACH STATEMENT EXECUTE FUNCTION search_storyindex_truncate();
CREATE TRIGGER search_storyindex_truncate AFTER TRUNCATE ON wagtailcore_page
    FOR EACH STATEMENT EXECUTE FUNCTION search_storyindex_truncate();

INSERT INTO {TABLE}
SELECT e.id, e.content_type_id, p.id, p.live, p.first_published_at, p.path, e.title, e.body
FROM wagtailsearch_indexentry AS e
JOIN wagtailcore_page AS p
    ON e.object_id ~ '^[0-9]{{1,9}}$' AND p.id = e.object_id::integer
    AND p.content_type_id = e.content_type_id;
ANALYZE {TABLE};
"""

SQLITE_CREATE = """
CREATE INDEX search_entry_object ON wagtailsearch_indexentry (id, content_type_id, object_id);
CREATE INDEX search_page_filters
    ON wagtailcore_page (id, live, path, depth, first_published_at);
"""

SQLITE_DROP = """
DROP INDEX IF EXISTS search_entry_object;
DROP INDEX IF EXISTS search_page_filters;
"""

DROP = f"""
DROP TRIGGER IF EXISTS search_storyindex_truncate ON wagtailcore_page;
DROP TRIGGER IF EXISTS search_storyindex_truncate ON wagtailsearch_indexentry;
DROP FUNCTION IF EXISTS search_storyindex_truncate();
DROP TRIGGER IF EXISTS search_storyindex_page ON wagtailcore_page;
DROP TRIGGER IF EXISTS search_storyindex_entry ON wagtailsearch_indexentry;
DROP FUNCTION IF EXISTS search_storyindex_page();
DROP FUNCTION IF EXISTS search_storyindex_entry();
DROP TABLE IF EXISTS {TABLE};
"""


def _run(schema_editor, script: str) -> None:
    # SQLite's cursor runs one statement at a time.
    for statement in script.split(";\n"):
        if statement.strip():
            schema_editor.execute(statement)


def create(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(CREATE)
    elif vendor == "sqlite":
        _run(schema_editor, SQLITE_CREATE)


def drop(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(DROP)
    elif vendor == "sqlite":
        _run(schema_editor, SQLITE_DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
