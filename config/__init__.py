"""The project's settings package: settings (from the environment), URLs, WSGI, the health check,
the database router and the security middleware. It may import the apps' URL modules, nothing else of them."""
