"""The one exception type the CLI turns into a one-line error and a non-zero exit."""


class PolkgError(Exception):
    """A problem with the user's input or environment, explained in one line."""


def internal(error: Exception) -> str:
    """How a bug (not the user's input) is told in one line: its type and message, and how to see more."""
    return f"internal error: {type(error).__name__}: {error} (POLKG_DEBUG=1 shows the traceback)"
