"""Sharing an account's rate limit: between the tasks of a process, and between replicas.

`limiter` holds the `RateLimiter` protocol and the in-process limiter (request slots and one
shared pause), `pacing` spreads requests over NP6's fixed window from the rate-limit headers it
sends, and `redis_limiter` makes the same decisions inside Redis for every replica on a key.
Nothing is re-exported: the public names come from `np6_client`.
"""
