"""Sending one call: the transport seam and what sits under it.

`NP6Transport` (`seam`) is the one place every request passes: it reads the `Call` the request
carries (`call`), checks the origin, adds the key, paces, retries by the rules of `retry`, reads the
answer in bounded memory (`body_reader`) and turns failures into typed errors. Under it, `network`
holds the connection pool, `caller_client` sends through a caller's own `httpx.AsyncClient`, and
`attempt` is what each try tells a tracing transport. Nothing is re-exported: import the module.
"""
