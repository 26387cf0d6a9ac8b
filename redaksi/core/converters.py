"""URL converters shared by every desk.

``<rowid:...>`` matches a database id: digits that fit a 64-bit signed integer.
Django's ``<int:...>`` takes any number of digits, and an id above 2^63 - 1 then
breaks the database query (a 500 instead of "not found"). A value out of range
does not match, so the address answers 404 like any unknown one.
"""

ROWID_MAX = 2**63 - 1


class RowIdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > ROWID_MAX:
            raise ValueError("id out of range")  # Django treats this as "no match"
        return number

    def to_url(self, value: int) -> str:
        return str(int(value))
