"""Build an instrumented copy of the reader: every call of a named module-level pattern and
every `if` test of the rule functions goes through _ra_rt, which records on which corpus file
it fired and can turn it off (pattern -> never matches, if -> test False).

    python instrument.py SRC_TREE DEST_DIR
"""

import ast
import json
import re
import shutil
import sys
from pathlib import Path

SRC = Path(sys.argv[1])
DEST = Path(sys.argv[2])
READER = "transferhub/protocols/reader"
MODULES = ["decisions", "votes", "tasks", "people", "times", "parse", "content"]
METHODS = {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def parse_ranges(src: str):
    """parse.py: only the agenda functions (by name ranges)."""
    return None


def module_patterns(tree) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            v = node.value
            if (
                v is not None
                and isinstance(v, ast.Call)
                and isinstance(v.func, ast.Attribute)
                and v.func.attr == "compile"
                and isinstance(v.func.value, ast.Name)
                and v.func.value.id == "re"
            ):
                for t in targets:
                    if isinstance(t, ast.Name):
                        names.add(t.id)
    return names


def imports(tree) -> tuple[dict, dict]:
    """name -> home module for `from .m import N`; alias -> module for `from . import m`."""
    names, mods = {}, {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module is None:
                for a in node.names:
                    mods[a.asname or a.name] = a.name
            else:
                for a in node.names:
                    names[a.asname or a.name] = node.module
    return names, mods


# parse.py functions counted as agenda parts
PARSE_AGENDA = re.compile(
    r"heading|agenda|run|cand|title|topic|bullet|entries|listed|_items|_part|caps_lines|"
    r"_bold_lines|_line_heads|_nested|_spaced|_expected|_labelled_paragraphs|_inline_agenda|"
    r"_header_label|_not_an_item|_same|_named_again|_with_details|_paragraph|_split_paragraph|"
    r"_under_a|_inside_a|_choose|_outcome_in|_postponed|_led_by|_drop_symbols|_roll_call_item|"
    r"_long_entries|_numbered|_grouped|_opened_at|_row_title|_table_row|md_lists|rst_|wiki_|"
    r"_plain_underlined|_next_sibling|_bullet_over|_caps"
)


def main():
    if DEST.exists():
        shutil.rmtree(DEST)
    shutil.copytree(SRC / "transferhub", DEST / "transferhub", symlinks=True)
    trees, pats, imps = {}, {}, {}
    for m in MODULES:
        src = (SRC / READER / f"{m}.py").read_text()
        trees[m] = ast.parse(src)
        pats[m] = module_patterns(trees[m])
        imps[m] = imports(trees[m])
    all_pats = {}  # key -> (module, name, line)
    for m in MODULES:
        for node in trees[m].body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Name) and t.id in pats[m]:
                        all_pats[f"P:{m}.{t.id}"] = dict(module=m, name=t.id, line=node.lineno)
    ifs = {}

    for m in MODULES:
        instrument_module(m, trees, pats, imps, all_pats, ifs)
    shutil.copy(Path(__file__).with_name("_ra_rt.py"), DEST / READER / "_ra_rt.py")
    (DEST / "units.json").write_text(json.dumps({"patterns": all_pats, "ifs": ifs}, indent=0))
    print(len(all_pats), "patterns,", len(ifs), "ifs")


def instrument_module(m, trees, pats, imps, all_pats, ifs):
    names, mods = imps[m]

    def home(node):
        if isinstance(node, ast.Name):
            if node.id in pats[m]:
                return m, node.id
            h = names.get(node.id)
            if h in pats and node.id in pats[h]:
                return h, node.id
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            h = mods.get(node.value.id) or (node.value.id if node.value.id in pats else None)
            if h == "votes" or node.value.id == "vote_forms":
                h = "votes"
            if h in pats and node.attr in pats[h]:
                return h, node.attr
        return None

    class T(ast.NodeTransformer):
        func = None

        def in_scope(self):
            if self.func is None:
                return False
            if m == "parse":
                return bool(PARSE_AGENDA.search(self.func))
            return True

        def visit_FunctionDef(self, node):
            outer = self.func
            if outer is None:
                self.func = node.name
            self.generic_visit(node)
            self.func = outer
            return node

        def visit_Call(self, node):
            self.generic_visit(node)
            if not self.in_scope():
                return node
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr in METHODS:
                h = home(f.value)
                if h:
                    key = f"P:{h[0]}.{h[1]}"
                    all_pats.setdefault(key, dict(module=h[0], name=h[1], line=0))
                    all_pats[key].setdefault("sites", []).append(f"{m}:{node.lineno}")
                    return ast.copy_location(
                        ast.Call(
                            func=ast.Attribute(
                                value=ast.Name("_ra_rt", ast.Load()), attr="pc", ctx=ast.Load()
                            ),
                            args=[ast.Constant(key), f.value, ast.Constant(f.attr), *node.args],
                            keywords=node.keywords,
                        ),
                        node,
                    )
            return node

        def visit_If(self, node):
            self.generic_visit(node)
            if not self.in_scope():
                return node
            key = f"I:{m}:{node.lineno}:{self.func}"
            ifs[key] = dict(
                module=m, line=node.lineno, func=self.func, test=ast.unparse(node.test)[:160]
            )
            node.test = ast.copy_location(
                ast.Call(
                    func=ast.Attribute(
                        value=ast.Name("_ra_rt", ast.Load()), attr="iff", ctx=ast.Load()
                    ),
                    args=[ast.Constant(key), node.test],
                    keywords=[],
                ),
                node.test,
            )
            return node

    tree = T().visit(trees[m])
    # the import after `from __future__`
    imp = ast.parse("from transferhub.protocols.reader import _ra_rt").body[0]
    at = 1 if isinstance(tree.body[0], ast.Expr) else 0
    while isinstance(tree.body[at], ast.ImportFrom) and tree.body[at].module == "__future__":
        at += 1
    tree.body.insert(at, imp)
    ast.fix_missing_locations(tree)
    (DEST / READER / f"{m}.py").write_text(ast.unparse(tree))


main()
