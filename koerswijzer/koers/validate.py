"""Turn the YAML node tree of a koers file into plain data, collecting every problem.

Working on PyYAML's composed nodes (not on loaded Python objects) gives a line number for
every value and lets us see duplicate keys and anchors, which a plain load hides.
"""

from __future__ import annotations

import re

import difflib
from typing import Any

import yaml

from koerswijzer.errors import KoersIssue
from koerswijzer.koers.schema import KIND_NAMES, MAX_ISSUES, SCHEMAS

_STR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
}
MAX_DEPTH = 8  # levels of 'onderdelen' under a top-level element (docs/koersbestand.md)
_INT_TAG = "tag:yaml.org,2002:int"
_NULL_TAG = "tag:yaml.org,2002:null"

LINE = "__line__"


class TooManyIssues(Exception):
    pass


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "een blok met velden"
    if isinstance(node, yaml.SequenceNode):
        return "een lijst"
    if node.tag == _NULL_TAG:
        return "niets (een leeg veld)"
    return f"'{_short(node.value)}'"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class NodeValidator:
    """Walks a composed YAML tree against ``SCHEMAS``."""

    def __init__(self) -> None:
        self.issues: list[KoersIssue] = []
        self._seen_nodes: set[int] = set()

    def issue(self, message: str, node: yaml.Node | None, path: str) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.issues.append(KoersIssue(message, line, path))
        if len(self.issues) >= MAX_ISSUES:
            raise TooManyIssues

    def object(self, node: yaml.Node, schema_name: str, path: str) -> dict[str, Any] | None:
        if not isinstance(node, yaml.MappingNode):
            self.issue(
                f"hier hoort een blok met velden, maar er staat {_describe(node)}.", node, path
            )
            return None
        if not self._first_visit(node, path):
            return None
        schema = SCHEMAS[schema_name]
        result: dict[str, Any] = {LINE: node.start_mark.line + 1}
        seen_keys: dict[str, int] = {}
        # The id goes into the path of every nested message, so read it first.
        own_path = path
        for key_node, value_node in node.value:
            if key_node.value == "id" and isinstance(value_node, yaml.ScalarNode):
                own_path = f"{path} ({_short(value_node.value)})" if path else path
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                self.issue("een veldnaam moet een gewoon woord zijn.", key_node, own_path)
                continue
            if key in seen_keys:
                self.issue(
                    f"het veld '{key}' staat twee keer in hetzelfde blok "
                    f"(eerst op regel {seen_keys[key]}).",
                    key_node,
                    own_path,
                )
                continue
            seen_keys[key] = key_node.start_mark.line + 1
            if key not in schema:
                hint = difflib.get_close_matches(key, list(schema), n=1)
                suggestion = f" Bedoelt u '{hint[0]}'?" if hint else ""
                allowed = ", ".join(schema)
                self.issue(
                    f"onbekend veld '{_short(key)}'.{suggestion} Toegestaan: {allowed}.",
                    key_node,
                    own_path,
                )
                continue
            kind, _required = schema[key]
            value = self.value(value_node, kind, self._join(own_path, key))
            if value is not None:
                result[key] = value
        for key, (kind, required) in schema.items():
            if required and key not in seen_keys:
                self.issue(f"het verplichte veld '{key}' ontbreekt.", node, own_path)
        return result

    def value(self, node: yaml.Node, kind: str, path: str) -> Any:
        if kind.startswith("["):
            return self.list_of(node, kind[1:-1], path)
        if kind in SCHEMAS:
            return self.object(node, kind, path)
        if kind == "str":
            return self.text(node, path)
        if kind == "int":
            return self.integer(node, path)
        if kind == "ints":
            if not isinstance(node, yaml.SequenceNode):
                self.issue(f"hier hoort {KIND_NAMES['ints']}.", node, path)
                return None
            values = [self.integer(item, f"{path}[{i}]") for i, item in enumerate(node.value)]
            return [v for v in values if v is not None]
        if kind == "strs":
            if not isinstance(node, yaml.SequenceNode):
                self.issue(f"hier hoort {KIND_NAMES['strs']}.", node, path)
                return None
            texts = [self.text(item, f"{path}[{i}]") for i, item in enumerate(node.value)]
            return [x for x in texts if x is not None]
        if kind == "map":
            return self.text_map(node, path)
        raise AssertionError(kind)

    def list_of(self, node: yaml.Node, schema_name: str, path: str) -> list[dict[str, Any]] | None:
        if path.count("onderdelen") >= MAX_DEPTH:
            self.issue(f"de elementen zijn te diep genest: hoogstens {MAX_DEPTH} niveaus 'onderdelen'.",
                       node, path.rsplit(" > ", 1)[0])
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.issue(
                f"hier hoort een lijst (regels die beginnen met '- '), maar er staat "
                f"{_describe(node)}.",
                node,
                path,
            )
            return None
        if not self._first_visit(node, path):
            return None
        items = []
        for i, item in enumerate(node.value):
            obj = self.object(item, schema_name, f"{path}[{i}]")
            if obj is not None:
                items.append(obj)
        return items

    def text(self, node: yaml.Node, path: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in _STR_TAGS:
            self.issue(f"hier hoort {KIND_NAMES['str']}, maar er staat {_describe(node)}.", node, path)
            return None
        text = node.value.strip()
        if not text:
            self.issue("dit veld is leeg.", node, path)
            return None
        return text

    def integer(self, node: yaml.Node, path: str) -> int | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _INT_TAG:
            self.issue(f"hier hoort {KIND_NAMES['int']}, maar er staat {_describe(node)}.", node, path)
            return None
        value = node.value.strip().replace("_", "") if isinstance(node.value, str) else ""
        # YAML 1.1 also reads 0x1, 0b1, 0o7, 1:30 and 1_000 as numbers; a koers means plain ones.
        if not re.fullmatch(r"[-+]?[0-9]{1,9}", value):
            self.issue(f"hier hoort een gewoon geheel getal (zoals 40), maar er staat '{_short(node.value)}'.",
                       node, path)
            return None
        return int(value)

    def text_map(self, node: yaml.Node, path: str) -> dict[str, str] | None:
        if not isinstance(node, yaml.MappingNode):
            self.issue(f"hier hoort {KIND_NAMES['map']}.", node, path)
            return None
        result = {}
        for key_node, value_node in node.value:
            value = self.text(value_node, self._join(path, str(key_node.value)))
            if value is not None:
                result[str(key_node.value)] = value
        return result

    def _first_visit(self, node: yaml.Node, path: str) -> bool:
        # An alias (*naam) makes PyYAML reuse a node; following it could multiply the tree
        # ("billion laughs"), so anchors are refused outright.
        if id(node) in self._seen_nodes:
            self.issue(
                "verwijzingen met & en * (ankers) worden niet ondersteund; schrijf de tekst uit.",
                node,
                path,
            )
            return False
        self._seen_nodes.add(id(node))
        return True

    @staticmethod
    def _join(path: str, key: str) -> str:
        return f"{path} > {key}" if path else key
