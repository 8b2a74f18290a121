#!/usr/bin/env python3
"""Keeps translations/daicho_*.ts complete.

  ts_tool.py todo               list the unfinished Japanese entries as JSON {source: ""}
  ts_tool.py apply MAP.json     fill daicho_ja.ts from a {source: translation} map
  ts_tool.py english            mark daicho_en.ts entries finished (English is the source language)
  ts_tool.py check              exit 1 when daicho_ja.ts has unfinished or empty entries

Run `cmake --build build --target update_translations` first so the .ts files
list every tr() string of the sources.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JA = ROOT / "translations" / "daicho_ja.ts"
EN = ROOT / "translations" / "daicho_en.ts"


def load(path):
    return ET.parse(path)


def save(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def is_unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("unfinished", "vanished", "obsolete") and tr.get("type") == "unfinished":
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "todo":
        tree = load(JA)
        todo = {}
        for ctx, msg in messages(tree):
            if is_unfinished(msg):
                todo[msg.findtext("source")] = ""
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif cmd == "apply":
        mapping = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        tree = load(JA)
        missing = 0
        for ctx, msg in messages(tree):
            src = msg.findtext("source")
            if src in mapping and mapping[src]:
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                for k in list(tr.attrib):
                    del tr.attrib[k]
                if msg.get("numerus") == "yes":
                    for f in list(tr):
                        tr.remove(f)
                    tr.text = None
                    f = ET.SubElement(tr, "numerusform")
                    f.text = mapping[src]
                else:
                    tr.text = mapping[src]
            elif is_unfinished(msg):
                missing += 1
        save(tree, JA)
        print(f"{missing} still unfinished")
    elif cmd == "english":
        tree = load(EN)
        for ctx, msg in messages(tree):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") == "unfinished":
                del tr.attrib["type"]
                src = msg.findtext("source")
                if msg.get("numerus") == "yes":
                    for f in list(tr):
                        tr.remove(f)
                    tr.text = None
                    ET.SubElement(tr, "numerusform").text = src
                    ET.SubElement(tr, "numerusform").text = src
                else:
                    tr.text = src
        save(tree, EN)
    elif cmd == "check":
        tree = load(JA)
        bad = [msg.findtext("source") for _, msg in messages(tree) if is_unfinished(msg)]
        for b in bad:
            print("unfinished:", b)
        sys.exit(1 if bad else 0)
    else:
        print(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
