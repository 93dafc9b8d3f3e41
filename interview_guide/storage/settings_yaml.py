"""The YAML loader for settings files (``deadlines.yaml``), imported only when there is such a file."""

from __future__ import annotations

import re

import yaml

from interview_guide.storage.bounded_reader import MAX_NUMBER_CHARS


class SettingsLoader(yaml.SafeLoader):
    """YAML's safe loader, except that ``17:00`` stays text (YAML 1.1 reads it as the number 1020).

    Aliases (``*name``) are refused: a settings file never needs them, and nested aliases make a few
    bytes expand into billions of values when the result is walked (the "billion laughs").
    """

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            line = self.peek_event().start_mark.line + 1  # type: ignore[no-untyped-call]  # PyYAML stubs
            raise yaml.YAMLError(f"aliases (*name) are not allowed (line {line})")
        return super().compose_node(parent, index)

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        # Python refuses more than 4,300 digits with a bare ValueError; no setting needs 20.
        digits = len(str(node.value))
        if digits > MAX_NUMBER_CHARS:
            raise yaml.YAMLError(f"a number of {digits} digits (line {node.start_mark.line + 1})")
        return super().construct_yaml_int(node)


SettingsLoader.add_constructor("tag:yaml.org,2002:int", SettingsLoader.construct_yaml_int)
_TIME_OF_DAY = re.compile(r"^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$")
SettingsLoader.yaml_implicit_resolvers = {
    first: ([("tag:yaml.org,2002:str", _TIME_OF_DAY)] if first.isdigit() else []) + list(resolvers)
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
