"""What other desks may ask the search desk.

The newsroom indexes stemmed copies of a story's text with :func:`stem_text`;
portal templates link to the results page by its URL name ``search:search``.
"""

from redaksi.core.stemming import stem_text

__all__ = ["stem_text"]
