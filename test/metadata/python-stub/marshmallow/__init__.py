"""A stub of `marshmallow`: generated DTOs star-import its fields module."""
