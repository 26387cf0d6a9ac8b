import pytest
from django.http import Http404
from django.test import RequestFactory

from redaksi.core.pagination import paginate


@pytest.mark.parametrize("raw", ["abc", "", "-3", "0", "1.5"])
def test_nonsense_page_numbers_show_the_first_page(raw):
    page = paginate(RequestFactory().get("/", {"page": raw}), list(range(45)), per_page=20)
    assert page.number == 1 and list(page) == list(range(20))


def test_a_page_past_the_end_is_not_found():
    with pytest.raises(Http404):
        paginate(RequestFactory().get("/", {"page": "4"}), list(range(45)), per_page=20)


def test_an_empty_listing_still_has_a_first_page():
    page = paginate(RequestFactory().get("/"), [], per_page=20)
    assert page.number == 1 and list(page) == []
