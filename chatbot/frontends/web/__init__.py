"""The web front end (`chatbot serve --http`): an HTTP API and one accessible page.

It needs the optional extra `pip install '.[web]'` (starlette and uvicorn);
the rest of the chatbot never imports this package.
"""
