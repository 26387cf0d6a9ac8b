"""Which site answers a host: looked up once and kept, yet a changed site counts at once."""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_site(newsroom):
    root = Page.get_first_root_node()
    home_page = apps.get_model(settings.REDAKSI_HOME_PAGE_TYPE)
    home = root.add_child(instance=home_page(title="Kabar Timur", slug="kabar-timur"))
    return Site.objects.create(hostname="kabartimur.test", port=80, root_page=home)


def home_title(host: str) -> str:
    response = Client(HTTP_HOST=host).get("/")
    assert response.status_code == 200
    return response.context["page"].title


def test_each_host_gets_its_own_site(second_site):
    assert home_title("kabartimur.test") == "Kabar Timur"
    assert home_title("localhost") == "Redaksi"
    assert home_title("unknown.test") == "Redaksi", "an unknown host falls back to the default"


def test_a_known_host_is_not_looked_up_again(newsroom):
    # The first visit also creates the site's identity settings, which starts afresh.
    for _visit in range(2):
        assert Client().get("/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert Client().get("/").status_code == 200
    assert not [q for q in queries.captured_queries if "wagtailcore_site" in q["sql"]]


def test_a_site_moved_to_another_host_answers_there_at_once(second_site):
    assert home_title("kabartimur.test") == "Kabar Timur"
    second_site.hostname = "timur.test"
    second_site.save()
    assert home_title("kabartimur.test") == "Redaksi"
    assert home_title("timur.test") == "Kabar Timur"
    second_site.delete()
    assert home_title("timur.test") == "Redaksi"
