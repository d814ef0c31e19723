"""The workshop file (CONTRACT §1): read and check it, build it, write it atomically."""

from workshop_app.domain.workshop_file.decode import MAX_FILE_BYTES, MAX_NESTING
from workshop_app.domain.workshop_file.reader import (
    FORMAT_NAME,
    FORMAT_VERSION,
    parse_workshop_document,
    read_workshop_file,
    workshop_from_document,
)
from workshop_app.domain.workshop_file.rules import check_rules
from workshop_app.domain.workshop_file.schema_check import (
    SchemaError,
    check_schema,
    find_schema_error,
)
from workshop_app.domain.workshop_file.writer import (
    document_to_json,
    workshop_to_document,
    write_workshop_file,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "MAX_NESTING",
    "SchemaError",
    "check_rules",
    "check_schema",
    "document_to_json",
    "find_schema_error",
    "parse_workshop_document",
    "read_workshop_file",
    "workshop_from_document",
    "workshop_to_document",
    "write_workshop_file",
]
