"""The contract every policy filter implements, and the registry that builds them from the policy."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from filters.model import Action, FilterInput, Verdict
from filters.textview import Prepared


class Filter(Protocol):
    """A policy check. ``check`` is synchronous and may be CPU-bound: the pipeline runs it off the loop.

    ``text`` holds the request's normalized views, computed once by the pipeline for all filters.
    """

    @property
    def name(self) -> str: ...

    def check(self, item: FilterInput, text: Prepared) -> Verdict: ...

    def message(self, code: str) -> str:
        """A sentence a crew member can act on for a reason code; it never quotes the request."""
        ...


class FilterOptions(BaseModel):
    """Base for each filter's own options: unknown keys are an error, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ActionOptions(FilterOptions):
    """Options of a filter that answers with one configurable action."""

    action: str = "block"

    @field_validator("action")
    @classmethod
    def _known_action(cls, value: str) -> str:
        Action.parse(value)
        return value


class SingleActionFilter:
    """The shared shape of filters that answer with one configurable action and one message."""

    MESSAGE = "The request was stopped by the production's GenAI policy."

    def __init__(self, name: str, options: ActionOptions) -> None:
        self._name = name
        self._action = Action.parse(options.action)

    @property
    def name(self) -> str:
        return self._name

    def message(self, code: str) -> str:
        return self.MESSAGE


class FilterConfigError(ValueError):
    """A filter's options are invalid; the message names the filter and the key."""


OptionsT = TypeVar("OptionsT", bound=FilterOptions)


def parse_options(filter_name: str, model: type[OptionsT], raw: Mapping[str, Any]) -> OptionsT:
    """Validate a filter's options, turning pydantic's report into one line per bad key."""
    try:
        return model.model_validate(dict(raw))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(options)'}: {err['msg']}" for err in exc.errors()
        )
        raise FilterConfigError(f"filter {filter_name!r} options: {problems}") from None


FilterFactory = Callable[[str, Mapping[str, Any]], Filter]
