"""Interview Guide: guides an IND hearing officer through an LGBTI or conversion hearing."""

import os

__version__ = "0.1.0"

# The app uses no pydantic plugin. Looking for them reads the metadata of every installed package
# (importlib.metadata, about 20 ms of every start-up); an explicit setting in the environment wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
