"""The JSON Schemas of the documents the writers produce, shipped as package data (see render.schema)."""
