class FiadoError(Exception):
    """An error the user can fix; str(error) is a clear Portuguese message."""


class InvalidInput(FiadoError):
    """A value typed by the user (amount, date, phone, document...) is not acceptable."""
