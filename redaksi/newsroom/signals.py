"""What the newsroom tells the rest of Redaksi.

Portal caches, feeds, channels and the Cek Fakta desk listen here instead of
reaching into Wagtail's page signals, so they hear only about stories and get
the facts they need already worked out. Both are sent after the publishing
transaction has committed.
"""

from django.dispatch import Signal

# A story went live, or a changed version of it did.
# Arguments: sender (the ArticlePage class), article (the live ArticlePage),
#            first_publication (bool: it was never live before),
#            updated (bool: a re-publish that changed what readers see).
article_published = Signal()

# A story was taken off the site.
# Arguments: sender (the ArticlePage class), article (the ArticlePage, no longer live).
article_unpublished = Signal()
