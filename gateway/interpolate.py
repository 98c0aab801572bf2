"""``${VAR}`` / ``${VAR:-default}`` / ``${VAR:?message}`` interpolation of configuration values.

Interpolation is applied to parsed YAML string values, not to the file text, so an environment value
can never change the structure of the configuration. ``$${`` escapes a literal ``${``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_REF = re.compile(r"\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|:\?)([^}]*))?\}")


class InterpolationError(ValueError):
    pass


def interpolate_string(value: str, env: Mapping[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(1):
            return match.group(0)[1:]
        name, op, arg = match.group(2), match.group(3), match.group(4)
        current = env.get(name, "")
        if current:
            return current
        if op == ":-":
            return arg or ""
        if op == ":?":
            raise InterpolationError(f"{where}: environment variable {name} is required ({arg or 'unset'})")
        return ""

    return _REF.sub(replace, value)


def interpolate(tree: Any, env: Mapping[str, str], where: str = "") -> Any:
    """Return a copy of a parsed YAML tree with every string value interpolated."""
    if isinstance(tree, str):
        return interpolate_string(tree, env, where or "(root)")
    if isinstance(tree, dict):
        return {
            key: interpolate(val, env, f"{where}.{key}" if where else str(key)) for key, val in tree.items()
        }
    if isinstance(tree, list):
        return [interpolate(val, env, f"{where}[{i}]") for i, val in enumerate(tree)]
    return tree
