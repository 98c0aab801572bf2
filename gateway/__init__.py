"""The prompt gateway: an aiohttp proxy that applies the studio's GenAI policy to every request."""
