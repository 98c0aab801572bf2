"""Policy filters: protocol-free checks over a normalized request.

Nothing in this package imports ``gateway``: filters see a :class:`FilterInput` and return a
:class:`Verdict`, and never hold or return raw prompt text outside the input they were given.
"""

from filters.model import (
    Action,
    Attachment,
    FilterInput,
    Reason,
    RouteKind,
    Segment,
    Span,
    Verdict,
)

__all__ = [
    "Action",
    "Attachment",
    "FilterInput",
    "Reason",
    "RouteKind",
    "Segment",
    "Span",
    "Verdict",
]
