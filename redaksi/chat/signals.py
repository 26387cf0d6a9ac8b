"""What the chat transport tells the desks.

Both are sent after the transaction that recorded them has committed.
"""

from django.dispatch import Signal

# A platform told us the reader cannot be reached any more: WhatsApp's "not a
# WhatsApp user" / "stopped receiving messages", Telegram's "bot was blocked".
# Arguments: sender (None), platform (str), recipient (str), reason (str).
recipient_gone = Signal()

# WhatsApp reported what became of a message we sent.
# Arguments: sender (None), outbound_id (int), idempotency_key (str),
#            status ("sent" | "delivered" | "read" | "failed").
delivery_status = Signal()
