from .counting import forget_story


def forget_liveness(sender, article, **kwargs) -> None:
    """The beacon remembers whether a story is live; publishing changes the answer."""
    forget_story(article.pk)
