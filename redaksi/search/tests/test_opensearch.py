"""What OpenSearch is sent, checked without a server.

Wagtail's OpenSearch backends use the Elasticsearch base mapping and query
compiler unchanged (OpenSearch2Mapping and OpenSearch2SearchQueryCompiler add
nothing), so these build the same index mapping, documents and query bodies.
"""

import json

import pytest
from modelsearch.backends.elasticsearchbase import (
    ElasticsearchBaseMapping,
    ElasticsearchBaseSearchQueryCompiler,
)

from redaksi.newsroom.models import ArticlePage
from redaksi.newsroom.tests.fixtures import utc
from redaksi.search.query import backend_query, parse_terms

from .fixtures import story

pytestmark = pytest.mark.django_db


def test_stemmed_copies_are_boosted_text_fields_in_the_mapping():
    mapping = ElasticsearchBaseMapping(ArticlePage)
    properties = mapping.get_mapping()["properties"]

    fields = {name: properties[mapping.get_field_column_name(field)] for name, field in (
        (field.field_name, field) for field in ArticlePage.get_search_fields()
    ) if name.endswith("_stems")}  # fmt: skip

    assert set(fields) == {"headline_stems", "lede_stems", "body_stems"}
    # Plain text fields: the standard analyzer splits and lowercases, it does not stem again.
    assert all(field["type"] == "text" and "analyzer" not in field for field in fields.values())
    # Boosts reach OpenSearch as copies into boosted catch-all fields.
    assert "_all_text_boost_2_0" in fields["headline_stems"]["copy_to"]
    assert "_all_text_boost_1_5" in fields["lede_stems"]["copy_to"]
    assert fields["body_stems"]["copy_to"] == "_all_text"


def test_documents_carry_the_stemmed_text(newsroom):
    article = story(newsroom, "Warga memilih kepala desa", "Perekonomian desa membaik.")
    mapping = ElasticsearchBaseMapping(ArticlePage)

    document = mapping.get_document(article)
    stems = {
        name.rsplit("__", 1)[-1]: value for name, value in document.items() if "_stems" in name
    }

    assert stems["headline_stems"] == "warga pilih kepala desa"
    assert "ekonomi desa baik" in stems["body_stems"]


def test_query_body_asks_for_each_word_or_its_stem_within_the_filters(newsroom):
    stories = (
        ArticlePage.objects.live()
        .descendant_of(newsroom["sections"]["news"])
        .filter(first_published_at__gte=utc(2024, 8, 1))
        .only("id", "first_published_at")
    )
    compiler = ElasticsearchBaseSearchQueryCompiler(
        stories, backend_query(parse_terms("pemilihan jakarta"))
    )

    body = json.dumps(compiler.get_query(), default=str)

    assert '"pemilihan"' in body and '"pilih"' in body and '"jakarta"' in body
    assert '"first_published_at_filter": {"gte": "2024-08-01' in body
    assert '"live_filter": true' in body
    assert newsroom["sections"]["news"].path in body
