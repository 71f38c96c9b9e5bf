"""Reading a chart's inline data as Vega does."""

from __future__ import annotations

import csv
import io
from typing import Any


def inline_rows(layer: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a layer's inline data: objects as given, or CSV text read with the layer's
    `format.parse` (booleans and numbers typed as Vega types them; dates left as the text Vega
    parses, "2026-11-04T00:00:00")."""
    data = layer["data"]
    if not isinstance(data["values"], str):
        return list(data["values"])
    assert data["format"]["type"] == "csv"
    parse = data["format"].get("parse", {})
    rows = list(csv.DictReader(io.StringIO(data["values"])))
    for row in rows:
        for field, kind in parse.items():
            if kind == "boolean":
                assert row[field] in ("true", "false"), row[field]
                row[field] = row[field] == "true"
            elif kind == "number":
                row[field] = float(row[field]) if "." in row[field] else int(row[field])
    return rows
