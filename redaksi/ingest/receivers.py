"""What the ingest desk does when the newsroom tells it something."""

from .duplicates import remember_article


def on_article_published(sender, article, **kwargs) -> None:
    """Keep the story's signature current, so later imports are compared with what readers see."""
    remember_article(article)
