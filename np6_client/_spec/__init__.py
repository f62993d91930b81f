"""What the bundled OpenAPI document says, read once and asked before and after each call.

`index` loads the document and finds operations by id or by path (one path grammar, one `$ref`
resolver, shared with the fake); `validation` checks a request before it is sent, with the
OpenAPI 3.0 validator of `schema_validator` and the misspelt members of `near_miss`;
`response_types` says what JSON type each answer must have; `deprecation` warns once per
deprecated operation. Nothing is re-exported: import the module.
"""
