"""Endpoint functions and models generated from openapi/ by `make generate`. Do not edit by hand."""
