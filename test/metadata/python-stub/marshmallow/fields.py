"""A stub of `marshmallow.fields` (generated DTOs import it for custom field types; these use none)."""
from typing import List

__all__: List[str] = []
