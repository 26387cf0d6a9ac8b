"""What the most-read desk tells the rest of Redaksi.

The delivery desk listens to purge pages tagged ``surrogate.MOST_READ`` (or to
let them expire on their own schedule): a Populer ranking only moves when
buffered reads reach the database.
"""

from django.dispatch import Signal

# Buffered reads were written to the database; Populer rankings may have changed.
# Arguments: sender (the HourlyReads class), reads (int: how many reads were written),
#            article_ids (frozenset[int]: the stories that got them).
# Sent after the write has committed.
reads_flushed = Signal()
