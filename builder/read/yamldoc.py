"""YAML with line numbers, duplicate-key detection and declared record schemas.

PyYAML keeps the last of two equal keys silently; here every mapping remembers the line
of each key and a repeated key is a problem. Dates stay strings, so that an invalid one
is reported by the schema rather than raised by the parser.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import yaml

from ..escaping import shown


class Mapping(dict):  # type: ignore[type-arg]
    """A YAML mapping that knows the line of itself and of each key."""

    line: int = 0
    lines: dict[str, int]


class Sequence(list):  # type: ignore[type-arg]
    """A YAML list that knows the line of itself and of each item."""

    line: int = 0
    lines: list[int]


def line_of(items: Any, n: int, default: int = 0) -> int:
    """The line of item `n` of a parsed YAML list (`default` when unknown)."""
    lines = getattr(items, "lines", None)
    return lines[n] if isinstance(lines, list) and n < len(lines) else default


# libyaml's parser when PyYAML was built with it (the wheels are): the same documents,
# line marks and errors, several times faster on a registry of thousands of entries.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    problems: list[str]
    filename: str
    field: str | None = None
    """What is being read, for a message: "field 'title'", "a key"."""


# Keep ISO dates as text: `published: 2013-02-30` must be a schema error, not a crash.
_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class BadValue(yaml.YAMLError):
    """A tagged or implicit scalar its constructor refused (`!!bool maybe`, `!!int abc`,
    an integer longer than Python converts): one line with file, line and field."""


_REFUSED = (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError)
"""What PyYAML's scalar constructors raise on a value they cannot convert."""


def _construct_object(self: _Loader, node: yaml.Node, deep: bool = False) -> Any:
    """PyYAML's `construct_object`, with a scalar its constructor refuses reported as
    `BadValue` naming the file, the line and the field being read."""
    try:
        return _Base.construct_object(self, node, deep)
    except _REFUSED as exc:
        if not isinstance(node, yaml.ScalarNode):
            raise
        kind = node.tag.rsplit(":", 1)[-1]
        why = f" (more than {sys.get_int_max_str_digits()} digits)" if "digits" in str(exc) else ""
        field = f"{self.field}: " if self.field else ""
        raise BadValue(
            f"{self.filename}:{node.start_mark.line + 1}: {field}{shown(node.value)} is not a valid {kind}{why}"
        ) from None


_Loader.construct_object = _construct_object


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)
    # flatten_mapping puts the pairs merged in (`<<: *base`) first, the mapping's own after:
    # an own key overrides a merged one and merged keys override each other (both legal
    # YAML); only an own key written twice is a duplicate.
    merged = len(node.value) - own
    result = Mapping()
    result.line = node.start_mark.line + 1
    result.lines = {}
    field = loader.field
    for n, (key_node, value_node) in enumerate(node.value):
        loader.field = "a key"
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, (str, int, float, bool)) or key is None:
            loader.problems.append(f"{loader.filename}:{line}: a key must be plain text")
            continue
        key = str(key)
        if n >= merged and key in result and result.lines[key] > 0:
            loader.problems.append(
                f"{loader.filename}:{line}: duplicate key '{key}' "
                f"(first on line {result.lines[key]}); each key may appear once"
            )
            continue
        loader.field = f"field {shown(key)}"
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line if n >= merged else -line
    loader.field = field
    result.lines = {key: abs(line) for key, line in result.lines.items()}
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> Sequence:
    result = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(text: str, filename: str, problems: list[str]) -> Any:
    """Parse YAML text; append problems (with file and line) to `problems`."""
    loader = _Loader(text)
    loader.problems = problems
    loader.filename = filename
    try:
        deep = _too_deep(text)
        if deep:
            problems.append(f"{filename}:{deep}: malformed YAML: {_DEEP}")
            return None
        node = loader.get_single_node()
        if node is None:
            return None
        too_big = _measure(node)
        if too_big:
            problems.append(f"{filename}:{too_big[0]}: malformed YAML: {too_big[1]}")
            return None
        return loader.construct_document(node)
    except BadValue as exc:
        problems.append(str(exc))
    except yaml.MarkedYAMLError as exc:
        problems.append(_yaml_error(exc, filename) + _hidden_mark(text))
    except yaml.reader.ReaderError as exc:
        # PyYAML's own message spans two lines and gives a character position.
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        problems.append(f"{filename}:{line}: malformed YAML: the character {char} is not allowed in YAML ({exc.reason}); remove it")
    except yaml.YAMLError as exc:
        problems.append(f"{filename}: malformed YAML: {exc}")
    finally:
        loader.dispose()
    return None


def _hidden_mark(text: str) -> str:
    """A note naming a byte-order mark (U+FEFF) after the start of `text`, the usual
    cause of a syntax error on a line that looks right: two files saved with marks and
    joined. Empty when there is none."""
    at = text.find("\ufeff", 1)
    if at < 0:
        return ""
    return f"; line {text.count(chr(10), 0, at) + 1} holds an invisible byte-order mark (U+FEFF): remove it"


_CONTEXT = re.compile(r"while (?:parsing|scanning) (an? [\w ]+)")


def _yaml_error(exc: yaml.MarkedYAMLError, filename: str) -> str:
    """One line for a YAML syntax error. PyYAML marks where it noticed the problem
    (`problem_mark`, often the end of the file for an unclosed bracket or quote) and
    where the construct it was reading began (`context_mark`): a flow collection or a
    quoted scalar still open is named at the line it opened ("opened here, not closed
    by line N"); any other construct's first line is added in brackets."""
    problem, context = exc.problem_mark, exc.context_mark
    what = exc.problem or exc.context or "malformed YAML"
    thing = _CONTEXT.fullmatch(exc.context or "")
    if problem and context and thing and context.line < problem.line:
        if "flow" in thing.group(1) or "quoted" in thing.group(1):
            return (
                f"{filename}:{context.line + 1}: malformed YAML: {thing.group(1)} opened here "
                f"is not closed by line {problem.line + 1} ({what})"
            )
        return f"{filename}:{problem.line + 1}: malformed YAML: {what} (in {thing.group(1)} from line {context.line + 1})"
    mark = problem or context
    line = f":{mark.line + 1}" if mark else ""
    return f"{filename}{line}: malformed YAML: {what}"


MAX_DEPTH = 50
"""Nesting a dossier's YAML may have (an entity's alias is at depth 4)."""
MAX_EXPANSION = 200_000
"""Values that aliases (`*name`) may add beyond the document's own: a few hundred bytes
of nested aliases ("billion laughs") would otherwise expand to billions of values."""


_DEEP = f"nested more than {MAX_DEPTH} levels deep; expected a flat list of records"
_OPEN = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSE = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _too_deep(text: str) -> int | None:
    """The line where `text` first nests deeper than `MAX_DEPTH`, or None. Reads the
    parser's events (libyaml's parser keeps its own stack, so this cannot overflow)
    before anything is composed: libyaml's composer recurses in C once per level and
    overflows the C stack near 25,000 levels, killing the process with no message.
    Syntax errors are left to the composer, which reports them with their lines."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Base):
            if isinstance(event, _OPEN):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line + 1
            elif isinstance(event, _CLOSE):
                depth -= 1
    except yaml.YAMLError:
        return None
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _measure(root: yaml.Node) -> tuple[int, str] | None:
    """(line, problem) when a composed document nests deeper than `MAX_DEPTH`, refers to
    itself, or its aliases expand it beyond `MAX_EXPANSION` values; else None. Walks the
    node graph once, without recursion and without expanding the aliases."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    # (node, None) to visit; (node, its children) once they are measured.
    stack: list[tuple[yaml.Node, list[yaml.Node] | None]] = [(root, None)]
    while stack:
        node, kids = stack.pop()
        key = id(node)
        if kids is not None:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in kids)
            depth[key] = 1 + max((depth[id(c)] for c in kids), default=0)
            if depth[key] > MAX_DEPTH:
                return node.start_mark.line + 1, _DEEP
            continue
        if key in size:
            continue
        on_path.add(key)
        kids = _children(node)
        stack.append((node, kids))
        if len(on_path) > MAX_DEPTH:
            return node.start_mark.line + 1, _DEEP
        # A scalar child within the depth allowed is measured here (one value, one level),
        # not pushed and popped twice: most of a document's nodes are scalars.
        shallow = len(on_path) < MAX_DEPTH
        for child in kids:
            at = id(child)
            if at in on_path:
                return child.start_mark.line + 1, "an alias refers to a value that contains it"
            if at not in size:
                if shallow and isinstance(child, yaml.ScalarNode):
                    size[at] = depth[at] = 1
                else:
                    stack.append((child, None))
    distinct = len(size)
    if size[id(root)] > distinct + MAX_EXPANSION:
        return 1, f"aliases expand the document to {size[id(root)]:,} values (at most {MAX_EXPANSION:,} more than written)"
    return None
