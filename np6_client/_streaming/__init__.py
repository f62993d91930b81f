"""Large JSON arrays read while they arrive, in flat memory, each item delivered once.

`stream` is `EventStream`, the async iterator over an answer's items; `array_split` cuts the body
into runs of elements msgspec decodes at once, `json_scan` judges exactly where an array ends or
breaks when the fast guess cannot, `resume_point` is where a sorted stream picks up again after a
cut, and `whole_body` builds whole-body array answers the same way. Nothing is re-exported.
"""
