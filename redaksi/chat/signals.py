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

# WhatsApp reported what became of a message sent with a ``Reply.tag`` (by ``send_now``
# or ``send_now_many``), for the desk that tagged it: even when the sender died before
# it could write down the answer to the send.
# Arguments: sender (None), tag (str), provider_message_id (str),
#            status ("sent" | "delivered" | "read" | "failed"), recipient (str).
tagged_status = Signal()
