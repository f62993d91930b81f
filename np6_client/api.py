"""Generated endpoint functions, one module per NP6 menu group.

`from np6_client.api import contact` then `await contact.get_target.asyncio("id", client=np6)`.
"""

from ._generated.api import *  # noqa: F403
from ._generated.api import __all__ as __all__  # noqa: PLC0414
