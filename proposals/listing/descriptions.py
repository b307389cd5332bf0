"""English descriptions of values that lists filter on and records show (the OpenAPI schema's help)."""

from __future__ import annotations

from delegates.models import Level, Role
from proposals.models import ProposalKind


def choices_help(text: str, choices) -> str:
    values = "; ".join(f"`{value}` = {label}" for value, label in choices.choices)
    return f"{text} Values: {values}."


ROLE_HELP = choices_help("Role (身份): deputy to a people's congress or member of a political consultative conference.", Role)
LEVEL_HELP = choices_help("Level (层级) of the congress or conference.", Level)
KIND_HELP = choices_help("Kind (类型) of proposal.", ProposalKind)
