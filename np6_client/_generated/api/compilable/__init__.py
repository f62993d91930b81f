"""Operations of the NP6 menu group "compilable"."""

from . import duplicate_compilable, execute_compilable, list_compilable_flaws

__all__ = ["duplicate_compilable", "execute_compilable", "list_compilable_flaws"]
