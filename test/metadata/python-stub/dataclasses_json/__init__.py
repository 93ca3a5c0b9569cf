"""A stub of `dataclasses_json`: the decorator and options generated DTOs use, doing nothing."""
from enum import Enum
from typing import Any, Callable, Dict, Optional, TypeVar

C = TypeVar('C')


class LetterCase(Enum):
    CAMEL = 'camelCase'
    SNAKE = 'snake_case'
    PASCAL = 'PascalCase'


class Undefined(Enum):
    INCLUDE = 'include'
    RAISE = 'raise'
    EXCLUDE = 'exclude'


def dataclass_json(letter_case: Optional[LetterCase] = None, undefined: Optional[Undefined] = None) -> Callable[[C], C]:
    return lambda cls: cls


def config(field_name: Optional[str] = None, **kwargs: Any) -> Dict[str, Any]:
    return {'dataclasses_json': {'letter_case': field_name, **kwargs}}
