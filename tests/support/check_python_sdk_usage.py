"""
Checks Python snippets against the Logto Python SDK's source, without importing either.

The SDK (logto-python-sdk/logto) cannot be installed here, so both sides are read with `ast`: the SDK's
classes, methods (with their parameters, and whether they are `async def`), pydantic model fields, enum
members, Literal aliases and the names `logto` exports; then each snippet's use of them.

A snippet is refused when it imports a name the SDK does not export, constructs a class with a keyword
argument it does not take, calls a method that does not exist or with an unknown keyword argument or too
many positional ones, passes a string a Literal parameter does not allow, uses an enum member that does
not exist, calls an `async def` method without `await` (or awaits a plain one), or subclasses an abstract
SDK class without implementing its abstract methods.

Usage: python3 check_python_sdk_usage.py <path to the SDK's folder that holds logto/>
stdin:  JSON [{"group": str, "name": str, "code": str}, ...]; snippets of one group share their names
        (a later block may use the client an earlier one created), in the order given.
stdout: JSON [{"snippet": str, "line": int, "message": str}, ...]; empty when every snippet is fine.
"""

import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple, Union


@dataclass
class Method:
    name: str
    is_async: bool
    positional: List[str]  # without self/cls
    keyword_only: List[str]
    var_positional: bool
    var_keyword: bool
    abstract: bool
    # parameter name → allowed string values, when its annotation is a Literal (directly or by alias)
    literals: Dict[str, Set[str]] = field(default_factory=dict)


@dataclass
class SdkClass:
    module: str
    name: str
    base_names: List[str]
    methods: Dict[str, Method] = field(default_factory=dict)
    fields: Dict[str, Set[str]] = field(default_factory=dict)  # model field → allowed literals (or empty)
    members: Set[str] = field(default_factory=set)  # enum members and other class-level names
    attributes: Set[str] = field(default_factory=set)  # self.x assigned in __init__
    bases: List[Union["SdkClass", str]] = field(default_factory=list)

    def ancestry(self) -> List[Union["SdkClass", str]]:
        seen: List[Union[SdkClass, str]] = []
        for base in self.bases:
            seen.append(base)
            if isinstance(base, SdkClass):
                seen.extend(base.ancestry())
        return seen

    def mro(self) -> List["SdkClass"]:
        return [self] + [b for b in self.ancestry() if isinstance(b, SdkClass)]

    def is_external(self, name: str) -> bool:
        return any(isinstance(b, str) and b == name for b in self.ancestry())

    def method(self, name: str) -> Optional[Method]:
        for cls in self.mro():
            if name in cls.methods:
                return cls.methods[name]
        return None

    def all_fields(self) -> Dict[str, Set[str]]:
        merged: Dict[str, Set[str]] = {}
        for cls in reversed(self.mro()):
            merged.update(cls.fields)
        return merged

    def has_attribute(self, name: str) -> bool:
        return any(
            name in cls.methods or name in cls.fields or name in cls.members or name in cls.attributes
            for cls in self.mro()
        )


class Sdk:
    def __init__(self, root: Path) -> None:
        self.trees: Dict[str, ast.Module] = {}
        self.packages: Set[str] = set()  # modules read from an __init__.py
        for path in sorted((root / "logto").rglob("*.py")):
            if path.name.endswith("_test.py"):
                continue
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
                self.packages.add(".".join(parts))
            self.trees[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.classes: Dict[Tuple[str, str], SdkClass] = {}
        self.literal_aliases: Dict[Tuple[str, str], Set[str]] = {}
        self.imports: Dict[Tuple[str, str], Tuple[str, str]] = {}
        for module, tree in self.trees.items():
            self._read_module(module, tree)
        for cls in self.classes.values():
            cls.bases = [self._resolve_base(cls.module, name) for name in cls.base_names]
        for module, tree in self.trees.items():
            self._read_literals(module, tree)

    # --- reading the SDK -------------------------------------------------------------------------
    def _read_module(self, module: str, tree: ast.Module) -> None:
        package = module if module in self.packages else module.rsplit(".", 1)[0]
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                source = self._absolute(package, node.module, node.level)
                for alias in node.names:
                    self.imports[(module, alias.asname or alias.name)] = (source, alias.name)
            elif isinstance(node, ast.ClassDef):
                cls = SdkClass(module, node.name, [ast.unparse(b) for b in node.bases])
                self._read_class(cls, node)
                self.classes[(module, node.name)] = cls
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                values = literal_values(node.value)
                if values is not None:
                    self.literal_aliases[(module, node.targets[0].id)] = values

    @staticmethod
    def _absolute(package: str, name: Optional[str], level: int) -> str:
        if level == 0:
            return name or ""
        base = package.split(".")
        base = base[: len(base) - (level - 1)]
        return ".".join(base + ([name] if name else []))

    def _read_class(self, cls: SdkClass, node: ast.ClassDef) -> None:
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                decorators = {ast.unparse(d) for d in item.decorator_list}
                args = item.args
                positional = [a.arg for a in args.posonlyargs + args.args]
                if "staticmethod" not in decorators and positional:
                    positional = positional[1:]
                cls.methods[item.name] = Method(
                    name=item.name,
                    is_async=isinstance(item, ast.AsyncFunctionDef),
                    positional=positional,
                    keyword_only=[a.arg for a in args.kwonlyargs],
                    var_positional=args.vararg is not None,
                    var_keyword=args.kwarg is not None,
                    abstract="abstractmethod" in decorators,
                )
                if item.name == "__init__":
                    for sub in ast.walk(item):
                        if isinstance(sub, (ast.Assign, ast.AnnAssign)):
                            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
                            for target in targets:
                                if isinstance(target, ast.Attribute) and ast.unparse(target.value) == "self":
                                    cls.attributes.add(target.attr)
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                cls.fields[item.target.id] = set()
            elif isinstance(item, ast.Assign):
                for target in item.targets:
                    if isinstance(target, ast.Name):
                        cls.members.add(target.id)

    def _read_literals(self, module: str, tree: ast.Module) -> None:
        """Second pass, once aliases are known: Literal-typed parameters and fields."""
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            cls = self.classes[(module, node.name)]
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    method = cls.methods[item.name]
                    for arg in item.args.posonlyargs + item.args.args + item.args.kwonlyargs:
                        values = self._annotation_literals(module, arg.annotation)
                        if values:
                            method.literals[arg.arg] = values
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    cls.fields[item.target.id] = self._annotation_literals(module, item.annotation) or set()

    def _annotation_literals(self, module: str, annotation: Optional[ast.expr]) -> Optional[Set[str]]:
        if annotation is None:
            return None
        direct = literal_values(annotation)
        if direct is not None:
            return direct
        for sub in ast.walk(annotation):
            if isinstance(sub, ast.Subscript) and literal_values(sub) is not None:
                return literal_values(sub)
            if isinstance(sub, ast.Name):
                alias = self.resolve(module, sub.id)
                if isinstance(alias, set):
                    return alias
        return None

    def _resolve_base(self, module: str, name: str) -> Union[SdkClass, str]:
        found = self.resolve(module, name)
        return found if isinstance(found, SdkClass) else name

    # --- looking names up ------------------------------------------------------------------------
    def resolve(self, module: str, name: str, depth: int = 0) -> Union[SdkClass, Set[str], str, None]:
        """A class, a Literal alias's values, a module name (str), or None when the name is not there."""
        if depth > 10:
            return None
        if (module, name) in self.classes:
            return self.classes[(module, name)]
        if (module, name) in self.literal_aliases:
            return self.literal_aliases[(module, name)]
        if (module, name) in self.imports:
            source, original = self.imports[(module, name)]
            if source in self.trees:
                return self.resolve(source, original, depth + 1)
            return f"external:{source}.{original}"
        if f"{module}.{name}" in self.trees:
            return f"module:{module}.{name}"
        return None


def literal_values(node: ast.expr) -> Optional[Set[str]]:
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("Literal", "typing.Literal"):
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        values = {i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)}
        return values if len(values) == len(items) else None
    return None


# --- checking a snippet --------------------------------------------------------------------------
Binding = Tuple[str, Union[SdkClass, str]]  # ("class" | "instance" | "module" | "literal", target)


class SnippetChecker:
    def __init__(self, sdk: Sdk) -> None:
        self.sdk = sdk
        self.problems: List[dict] = []
        self.env: Dict[str, Binding] = {}
        self.snippet = ""

    def report(self, node: ast.AST, message: str) -> None:
        self.problems.append({"snippet": self.snippet, "line": getattr(node, "lineno", 0), "message": message})

    def check(self, name: str, code: str) -> None:
        self.snippet = name
        try:
            tree = ast.parse(code)
        except SyntaxError as error:
            self.report(error, f"does not parse: {error.msg}")  # type: ignore[arg-type]
            return
        parents: Dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self._bind_import(node)
            elif isinstance(node, ast.ClassDef):
                self._check_subclass(node)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                cls = self._class_of(node.value.func)
                if cls is not None:
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            self.env[target.id] = ("instance", cls)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                self._check_call(node, parents)
            elif isinstance(node, ast.Attribute) and getattr(parents.get(node), "func", None) is not node:
                self._check_attribute(node)

    def _bind_import(self, node: Union[ast.Import, ast.ImportFrom]) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "logto" or alias.name.startswith("logto."):
                    if alias.name not in self.sdk.trees:
                        self.report(node, f"the SDK has no module {alias.name}")
                    self.env[alias.asname or alias.name.split(".")[0]] = ("module", alias.name if alias.asname else "logto")
            return
        if not node.module or not (node.module == "logto" or node.module.startswith("logto.")):
            return
        if node.module not in self.sdk.trees:
            self.report(node, f"the SDK has no module {node.module}")
            return
        for alias in node.names:
            found = self.sdk.resolve(node.module, alias.name)
            local = alias.asname or alias.name
            if found is None:
                self.report(node, f"{node.module} has no name {alias.name}")
            elif isinstance(found, SdkClass):
                self.env[local] = ("class", found)
            elif isinstance(found, set):
                self.env[local] = ("literal", alias.name)
            elif found.startswith("module:"):
                self.env[local] = ("module", found[len("module:"):])

    def _class_of(self, func: ast.expr) -> Optional[SdkClass]:
        """The SDK class (or local subclass of one) that `func` names, if any."""
        if isinstance(func, ast.Name) and func.id in self.env and self.env[func.id][0] == "class":
            return self.env[func.id][1]  # type: ignore[return-value]
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            bound = self.env.get(func.value.id)
            if bound and bound[0] == "module":
                found = self.sdk.resolve(str(bound[1]), func.attr)
                if isinstance(found, SdkClass):
                    return found
                if found is None:
                    self.report(func, f"{bound[1]} has no name {func.attr}")
        return None

    def _check_subclass(self, node: ast.ClassDef) -> None:
        sdk_bases = [self._class_of(base) for base in node.bases]
        sdk_bases = [b for b in sdk_bases if b is not None]
        if not sdk_bases:
            return
        defined = {item.name for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))}
        for base in sdk_bases:
            for cls in base.mro():
                for method in cls.methods.values():
                    if method.abstract and method.name not in defined:
                        self.report(node, f"{node.name} does not implement {base.name}.{method.name}()")
        local = SdkClass(module="<snippet>", name=node.name, base_names=[], bases=list(sdk_bases))
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inherited = local.method(item.name)
                local.methods[item.name] = Method(
                    name=item.name,
                    is_async=isinstance(item, ast.AsyncFunctionDef),
                    positional=[a.arg for a in item.args.args][1:],
                    keyword_only=[a.arg for a in item.args.kwonlyargs],
                    var_positional=item.args.vararg is not None,
                    var_keyword=item.args.kwarg is not None,
                    abstract=False,
                )
                if inherited and inherited.is_async != local.methods[item.name].is_async:
                    kind = "async" if inherited.is_async else "plain"
                    self.report(item, f"{node.name}.{item.name} must be a {kind} method, like {base.name}.{item.name}")
        self.env[node.name] = ("class", local)

    def _check_arguments(self, node: ast.Call, label: str, method: Method) -> None:
        if len(node.args) > len(method.positional) and not method.var_positional:
            self.report(node, f"{label} takes at most {len(method.positional)} positional arguments, got {len(node.args)}")
        accepted = set(method.positional) | set(method.keyword_only)
        for keyword in node.keywords:
            if keyword.arg is None:
                continue
            if keyword.arg not in accepted and not method.var_keyword:
                self.report(keyword, f"{label} has no keyword argument {keyword.arg}")
            self._check_literal(keyword, label, keyword.arg, method.literals.get(keyword.arg))
        for index, arg in enumerate(node.args[: len(method.positional)]):
            name = method.positional[index]
            self._check_literal(arg, label, name, method.literals.get(name))

    def _check_literal(self, node: ast.AST, label: str, name: str, allowed: Optional[Set[str]]) -> None:
        value = node.value if isinstance(node, ast.keyword) else node
        if allowed and isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value not in allowed:
            choices = ", ".join(sorted(repr(v) for v in allowed))
            self.report(node, f"{label}: {name}={value.value!r} is not one of {choices}")

    def _check_call(self, node: ast.Call, parents: Dict[ast.AST, ast.AST]) -> None:
        cls = self._class_of(node.func)
        if cls is not None:
            if any(isinstance(b, str) and b == "BaseModel" for b in cls.ancestry()):
                fields = cls.all_fields()
                if node.args:
                    self.report(node, f"{cls.name}(...) is a pydantic model: it takes keyword arguments only")
                for keyword in node.keywords:
                    if keyword.arg is not None and keyword.arg not in fields:
                        self.report(keyword, f"{cls.name} has no field {keyword.arg}")
                    elif keyword.arg is not None:
                        self._check_literal(keyword, cls.name, keyword.arg, fields.get(keyword.arg))
            else:
                init = cls.method("__init__")
                if init is not None:
                    self._check_arguments(node, f"{cls.name}()", init)
            return
        if not (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)):
            return
        bound = self.env.get(node.func.value.id)
        if bound is None or bound[0] not in ("instance", "class"):
            return
        owner = bound[1]
        assert isinstance(owner, SdkClass)
        method = owner.method(node.func.attr)
        label = f"{owner.name}.{node.func.attr}()"
        if method is None:
            if not owner.has_attribute(node.func.attr):
                self.report(node, f"{owner.name} has no method {node.func.attr}")
            return
        self._check_arguments(node, label, method)
        awaited = isinstance(parents.get(node), ast.Await)
        if method.is_async and not awaited:
            self.report(node, f"{label} is a coroutine (async def): it must be awaited")
        if awaited and not method.is_async:
            self.report(node, f"{label} is a plain method: awaiting its result fails")

    def _check_attribute(self, node: ast.Attribute) -> None:
        if not isinstance(node.value, ast.Name):
            return
        bound = self.env.get(node.value.id)
        if bound is None or bound[0] not in ("instance", "class"):
            return
        owner = bound[1]
        assert isinstance(owner, SdkClass)
        if owner.is_external("Enum") or any(isinstance(b, SdkClass) and b.is_external("Enum") for b in owner.mro()):
            if node.attr not in {m for c in owner.mro() for m in c.members} and not owner.has_attribute(node.attr):
                self.report(node, f"{owner.name} has no member {node.attr}")
        elif not owner.has_attribute(node.attr):
            self.report(node, f"{owner.name} has no attribute {node.attr}")


def main() -> None:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sdk = Sdk(Path(sys.argv[1]))
    snippets = json.load(sys.stdin)
    problems: List[dict] = []
    checkers: Dict[str, SnippetChecker] = {}
    for snippet in snippets:
        checker = checkers.setdefault(snippet["group"], SnippetChecker(sdk))
        checker.check(snippet["name"], snippet["code"])
    for checker in checkers.values():
        problems.extend(checker.problems)
    json.dump(problems, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
