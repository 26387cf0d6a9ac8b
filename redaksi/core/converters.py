"""Limits of the values readers put in addresses.

Django's ``<int:...>`` takes any number of digits, and an id above 2^63 - 1 then
breaks the database query (a 500 instead of "not found"); views taking an id
from the address compare it with ROWID_MAX first and answer 404.
"""

ROWID_MAX = 2**63 - 1
"""The largest id a database row can have (a signed 64-bit integer)."""
