import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from redaksi.chat.tests.fakes import fake_chat_api
from redaksi.factcheck import api as factcheck
from redaksi.factcheck.index import bump_generation
from redaksi.factcheck.matching.semantic import ready_encoder
from redaksi.newsroom import api as newsroom
from redaksi.newsroom.models import SectionPage
from redaksi.newsroom.tests.fixtures import build_site


@pytest.fixture
def desk(db, django_capture_on_commit_callbacks):
    """A site with a Cek Fakta section, an author and an editor; ``publish`` makes fact-checks."""
    site = build_site()
    section = site["home"].add_child(
        instance=SectionPage(title="Cek Fakta", slug="cek-fakta", show_in_menus=True)
    )
    factcheck.grant_desk_permissions()
    editor = get_user_model().objects.create_user("edi", password="rahasia-uji-123")
    editor.groups.add(Group.objects.get(name=newsroom.EDITOR))
    bump_generation()

    def publish(headline: str, claim: str, verdict: str = "hoaks", **extra):
        with django_capture_on_commit_callbacks(execute=True):
            draft = factcheck.create_fact_check_draft(
                section,
                headline=headline,
                lede=extra.pop("lede", "Ringkasan cek fakta."),
                claim=claim,
                verdict=factcheck.verdict(verdict),
                conclusion=extra.pop("conclusion", "Klaim itu tidak benar."),
                authors=[site["authors"][0]],
                findings=[{"title": "", "blocks": [("paragraph", "<p>Kami menelusuri.</p>")]}],
                actor=editor,
                **extra,
            )
            return newsroom.publish_article(draft, actor=editor)

    return {**site, "section": section, "editor": editor, "publish": publish}


@pytest.fixture
def encoder():
    """The sentence encoder, loaded before the test (the app loads it in the background)."""
    loaded = ready_encoder(wait=True)
    assert loaded is not None
    return loaded


@pytest.fixture
def chat_api(db):
    with fake_chat_api() as fake:
        yield fake


@pytest.fixture
def deliver(django_capture_on_commit_callbacks):
    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run
