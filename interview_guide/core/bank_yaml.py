"""The YAML loader for question banks: safe, LibYAML's parser where there is one, no key given twice.

Kept apart from ``bank_loader.py`` so that PyYAML is imported only when a bank is read from its YAML
(a start-up reads the shipped banks from their compiled forms, see ``bank_compiled.py``).
"""

from __future__ import annotations

from typing import Any

import yaml

# LibYAML's parser when PyYAML was built with it (about ten times faster), else the pure-Python one.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]  # base chosen at run time
    """A safe loader that refuses a key given twice in one mapping (YAML would keep the last)."""


def _construct_mapping(loader: UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
