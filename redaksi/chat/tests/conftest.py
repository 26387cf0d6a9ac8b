import pytest

from redaksi.chat import api

from .fakes import fake_chat_api


@pytest.fixture
def chat_api(db):
    with fake_chat_api() as fake:
        yield fake


@pytest.fixture
def echo_handler():
    """A desk that answers every message with what it heard, as the tipline would."""
    heard = []

    def echo(message):
        heard.append(message)
        return [api.Reply(text=f"Anda menulis: {message.text or message.button_payload}")]

    api.register_handler("test.echo", echo, priority=1000)
    yield heard
    api.unregister_handler("test.echo")


@pytest.fixture
def deliver(django_capture_on_commit_callbacks):
    """Run what happens after commit (the send task) inside the test's transaction."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run
